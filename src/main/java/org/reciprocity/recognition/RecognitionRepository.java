package org.reciprocity.recognition;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecognitionRepository extends JpaRepository<Recognition, Long> {

    boolean existsBySourceAndOriginRef(Source source, long originRef);

    Optional<Recognition> findBySourceAndOriginRef(Source source, long originRef);

    @Query("select count(r) from Recognition r where r.giverId = :giverId and r.createdAt >= :from and r.createdAt < :to")
    long countGiven(long giverId, Instant from, Instant to);

    /** Entries with their recipients and values in one statement (a page's worth of ids). */
    @Query("select distinct r from Recognition r left join fetch r.recipients left join fetch r.valueIds where r.id in :ids")
    List<Recognition> findAllWithDetails(Collection<Long> ids);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Recognition r set r.applauseCount = r.applauseCount + :delta where r.id = :id")
    int addApplause(long id, int delta);

    @Query("select r.applauseCount from Recognition r where r.id = :id")
    int applauseCount(long id);

    /** The newest entry naming each of these employees, any visibility (for {@link LastRecognised}). */
    @Query("""
            select new org.reciprocity.recognition.RecognitionRepository$LastSeen(p.employeeId, max(r.createdAt))
            from Recognition r join r.recipients p
            where p.employeeId in :employeeIds
            group by p.employeeId""")
    List<LastSeen> lastRecognised(Collection<Long> employeeIds);

    record LastSeen(long employeeId, Instant at) {
    }
}
