package org.reciprocity.review;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    List<CheckIn> findByManagerEmployeeId(long managerEmployeeId, Pageable pageable);

    long countByManagerEmployeeId(long managerEmployeeId);

    long countByManagerEmployeeIdAndDoneAtIsNull(long managerEmployeeId);
}
