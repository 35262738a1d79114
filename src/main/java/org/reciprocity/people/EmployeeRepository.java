package org.reciprocity.people;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EmployeeRepository extends JpaRepository<Employee, Long> {

    /**
     * The text as typed (lower case) against the name and e-mail, and its {@link PersonSearchKey} against the stored
     * key of the name, so that a name is found in either script and in any usual spelling.
     */
    String MATCHES = """
            (:text = '' or lower(e.fullName) like concat('%', :text, '%') or lower(e.email) like concat('%', :text, '%')
                or (:key <> '' and e.searchKey like concat('%', :key, '%')))
            and (:departmentId is null or e.department.id = :departmentId)
            and (:locationId is null or e.location.id = :locationId)
            """;

    @Query("""
            select new org.reciprocity.people.EmployeeSummary(e.id, e.fullName, e.jobTitle, e.email, d.name, l.name, m.fullName)
            from Employee e join e.department d join e.location l left join e.manager m
            where""" + MATCHES)
    List<EmployeeSummary> search(String text, String key, @Nullable Long departmentId, @Nullable Long locationId, Pageable pageable);

    @Query("select count(e) from Employee e where " + MATCHES)
    long count(String text, String key, @Nullable Long departmentId, @Nullable Long locationId);

    /** The employees a person's typed text finds (in any script), with the filters; see {@link #MATCHES}. */
    default List<EmployeeSummary> matching(String typed, @Nullable Long departmentId, @Nullable Long locationId,
                                           Pageable pageable) {
        return search(lowerCase(typed), PersonSearchKey.of(typed), departmentId, locationId, pageable);
    }

    default long countMatching(String typed, @Nullable Long departmentId, @Nullable Long locationId) {
        return count(lowerCase(typed), PersonSearchKey.of(typed), departmentId, locationId);
    }

    private static String lowerCase(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT);
    }

    @Query("select e from Employee e join fetch e.department join fetch e.location left join fetch e.manager where e.id = :id")
    Optional<Employee> findWithRelations(long id);

    @Query("""
            select new org.reciprocity.people.EmployeeSummary(e.id, e.fullName, e.jobTitle, e.email, d.name, l.name, m.fullName)
            from Employee e join e.department d join e.location l left join e.manager m
            where e.id not in :excluded""")
    List<EmployeeSummary> searchExcluding(Collection<Long> excluded, Pageable pageable);

    @Query("select count(e) from Employee e where e.id not in :excluded")
    long countExcluding(Collection<Long> excluded);

    Optional<Employee> findByEmail(String email);

    boolean existsByEmailAndIdNot(String email, Long id);

    boolean existsByEmail(String email);

    @Query("select e from Employee e left join fetch e.manager where e.email in :emails")
    List<Employee> findByEmailIn(Collection<String> emails);

    @Query("select e.id, e.fullName from Employee e where e.id in :ids")
    List<Object[]> namesOf(Collection<Long> ids);

    @Query("select e.id, e.department.id, e.location.id from Employee e where e.id in :ids")
    List<Object[]> workplacesOf(Collection<Long> ids);

    @Query("select e.id, e.fullName, e.email, m.id from Employee e left join e.manager m where e.id in :ids")
    List<Object[]> addresseesOf(Collection<Long> ids);

    @Query("select e.id from Employee e where e.manager.id = :managerId order by e.id")
    List<Long> idsReportingTo(long managerId);

    @Query("select e from Employee e join fetch e.department join fetch e.location left join fetch e.manager where e.id in :ids")
    List<Employee> findAllWithRelations(Collection<Long> ids);

    List<Employee> findByManagerIdOrderByFullNameAsc(long managerId);
}
