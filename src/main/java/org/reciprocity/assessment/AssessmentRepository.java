package org.reciprocity.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    Optional<Assessment> findByManagerIdAndPeriodKindAndPeriodStart(long managerId, Period.Kind periodKind,
                                                                      LocalDate periodStart);

    /** The latest submitted assessment that began before a day, for "did I keep my commitment?". */
    Optional<Assessment> findFirstByManagerIdAndStatusAndPeriodStartBeforeOrderByPeriodStartDesc(
            long managerId, Assessment.Status status, LocalDate before);

    /** The manager's submitted assessments from a day on, oldest first. */
    List<Assessment> findByManagerIdAndStatusAndPeriodStartGreaterThanEqualOrderByPeriodStartAsc(
            long managerId, Assessment.Status status, LocalDate from);

    List<Assessment> findByManagerIdAndStatusOrderByPeriodStartDesc(long managerId, Assessment.Status status,
                                                                     Pageable pageable);

    @Query("""
            select a.managerId from Assessment a
            where a.periodKind = :kind and a.periodStart = :start and a.status = 'SUBMITTED'
              and a.managerId in :managers""")
    Set<Long> submittedBy(Period.Kind kind, LocalDate start, Collection<Long> managers);

    /** Scores only — never the reflections — of the submitted assessments of these managers in a period. */
    @Query("""
            select new org.reciprocity.assessment.AssessmentRepository$Scores(a.managerId, a.score1, a.score2, a.score3)
            from Assessment a
            where a.periodKind = :kind and a.periodStart = :start and a.status = 'SUBMITTED'
              and a.managerId in :managers""")
    List<Scores> submittedScores(Period.Kind kind, LocalDate start, Collection<Long> managers);

    long countByManagerId(long managerId);

    record Scores(long managerId, Integer score1, Integer score2, Integer score3) {
    }

    /** The managers already reminded of a period at a stage (assessment_reminder, V14). */
    @Query(nativeQuery = true, value = """
            select manager_id from assessment_reminder
            where period_kind = :kind and period_start = :start and stage = :stage""")
    Set<Long> remindedOf(String kind, LocalDate start, String stage);

    /** Fails on the primary key if announced already: the run's transaction then sends nothing. */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into assessment_reminder (manager_id, period_start, period_kind, stage, sent_at)
            values (:managerId, :start, :kind, :stage, :sentAt)""")
    void remembered(long managerId, LocalDate start, String kind, String stage, Instant sentAt);
}
