package org.reciprocity.culture;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VisionVersionRepository extends JpaRepository<VisionVersion, Long> {

    Optional<VisionVersion> findFirstByOrderByNumberDesc();
}
