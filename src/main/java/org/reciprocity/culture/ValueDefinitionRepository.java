package org.reciprocity.culture;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Values come with their wordings in the same statement, so that a page of cards needs one for all its values. */
interface ValueDefinitionRepository extends JpaRepository<ValueDefinition, Long> {

    @Query("select v from ValueDefinition v left join fetch v.texts where v.active = true order by v.position")
    List<ValueDefinition> findActiveWithTexts();

    @Query("select v from ValueDefinition v left join fetch v.texts where v.id in :ids")
    List<ValueDefinition> findWithTexts(Collection<Long> ids);
}
