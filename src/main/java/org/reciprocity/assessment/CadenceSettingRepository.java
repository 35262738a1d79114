package org.reciprocity.assessment;

import org.springframework.data.jpa.repository.JpaRepository;

interface CadenceSettingRepository extends JpaRepository<CadenceSetting, Integer> {
}
