package org.reciprocity.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByEmployeeId(Long employeeId);

    Optional<Account> findByEmployeeId(Long employeeId);

    @Query("select a from Account a where lower(a.username) like concat('%', lower(:text), '%')")
    Page<Account> search(String text, Pageable pageable);

    /** Accounts whose username contains the text or that belong to one of the given employees. */
    @Query(value = """
            select a from Account a
            where lower(a.username) like concat('%', lower(:text), '%') or a.employeeId in :employeeIds""",
            countQuery = """
            select count(a) from Account a
            where lower(a.username) like concat('%', lower(:text), '%') or a.employeeId in :employeeIds""")
    Page<Account> search(String text, Collection<Long> employeeIds, Pageable pageable);

    @Query("""
            select count(a) from Account a
            where lower(a.username) like concat('%', lower(:text), '%') or a.employeeId in :employeeIds""")
    long count(String text, Collection<Long> employeeIds);

    @Query("select a.employeeId from Account a where a.employeeId in :employeeIds")
    List<Long> employeeIdsWithAccount(Collection<Long> employeeIds);

    List<Account> findByEmployeeIdIn(Collection<Long> employeeIds);

    @Query("select a.username from Account a where a.username in :usernames")
    List<String> existingUsernames(Collection<String> usernames);

    @Query("select a.employeeId from Account a join a.roles r where r = :role and a.enabled = true and a.employeeId is not null")
    List<Long> employeeIdsWithRole(Role role);

    @Query("select a.employeeId, a.language from Account a where a.enabled = true and a.employeeId in :employeeIds")
    List<Object[]> languagesOf(Collection<Long> employeeIds);
}
