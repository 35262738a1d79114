package org.reciprocity.culture;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ValueDefinitionRepository extends JpaRepository<ValueDefinition, Long> {

    List<ValueDefinition> findByActiveTrueOrderByPositionAsc();
}
