package org.reciprocity.culture;

import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AcknowledgementRepository extends JpaRepository<Acknowledgement, Acknowledgement.Key> {

    @Query("select a.key.employeeId from Acknowledgement a where a.key.versionNumber = :versionNumber")
    Set<Long> employeesWhoAcknowledged(int versionNumber);

    long countByKeyVersionNumber(int versionNumber);
}
