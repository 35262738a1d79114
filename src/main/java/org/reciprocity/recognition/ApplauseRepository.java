package org.reciprocity.recognition;

import java.util.Collection;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApplauseRepository extends JpaRepository<Applause, Applause.Key> {

    @Query("select a.key.recognitionId from Applause a where a.key.employeeId = :employeeId and a.key.recognitionId in :ids")
    Set<Long> applaudedBy(long employeeId, Collection<Long> ids);

    @Modifying(flushAutomatically = true)
    @Query("delete from Applause a where a.key.recognitionId = :recognitionId")
    int deleteByRecognition(long recognitionId);
}
