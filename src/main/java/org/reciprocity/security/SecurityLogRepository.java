package org.reciprocity.security;

import java.time.Instant;
import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append and read only: no update, no delete (a plain {@link Repository}, not a JpaRepository). */
interface SecurityLogRepository extends Repository<SecurityLogEntry, Long> {

    SecurityLogEntry save(SecurityLogEntry entry);

    /** Newest first; {@code account} matches as a part of the username, empty for any. */
    @Query(value = """
            select e from SecurityLogEntry e
            where e.kind in :kinds and (:account = '' or e.account like concat('%', :account, '%'))
            order by e.happenedAt desc, e.id desc""",
            countQuery = """
            select count(e) from SecurityLogEntry e
            where e.kind in :kinds and (:account = '' or e.account like concat('%', :account, '%'))""")
    Page<SecurityLogEntry> find(Collection<SecurityEventKind> kinds, String account, Pageable pageable);

    boolean existsByKindAndActorAndDetailAndHappenedAtAfter(SecurityEventKind kind, String actor, String detail,
                                                            Instant after);
}
