package org.reciprocity.assessment;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeDetails;
import org.reciprocity.people.EmployeeRef;
import org.reciprocity.security.AccountService;
import org.reciprocity.security.CurrentUser;
import org.reciprocity.security.Role;
import org.reciprocity.shared.CompanySettings;
import org.reciprocity.shared.TeamEvidence;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The managers' self-assessment. Every read of answers is keyed on the signed-in manager: there is no way to ask
 * for someone else's — not for HR, an admin, another manager or the manager's own manager. HR gets
 * participation and department averages only where at least {@code minGroup} managers answered.
 */
@Service
@Validated
public class AssessmentService {

    /** How far back the trend reaches: the current period and the twelve before it (a year, when monthly). */
    static final int HISTORY_PERIODS = 13;

    private final AssessmentRepository assessments;
    private final CadenceSettingRepository settings;
    private final AccountService accounts;
    private final Directory directory;
    private final CurrentUser currentUser;
    private final List<TeamEvidence> evidence;
    private final Clock clock;
    private final ZoneId zone;
    private final AssessmentSettings defaults;

    AssessmentService(AssessmentRepository assessments, CadenceSettingRepository settings, AccountService accounts,
                      Directory directory, CurrentUser currentUser, List<TeamEvidence> evidence, Clock clock,
                      CompanySettings company, AssessmentSettings defaults) {
        this.assessments = assessments;
        this.settings = settings;
        this.accounts = accounts;
        this.directory = directory;
        this.currentUser = currentUser;
        this.evidence = List.copyOf(evidence);
        this.clock = clock;
        this.zone = company.timeZone();
        this.defaults = defaults;
    }

    /** The period that runs now, by HR's cadence, in the company's time zone. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Period currentPeriod() {
        return Period.containing(cadence().periodKind(), clock.instant(), zone);
    }

    /** The signed-in manager's assessment of the current period (empty answers when not started). */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public MyAssessment current() {
        var managerId = me();
        var period = currentPeriod();
        return view(managerId, period, find(managerId, period).orElse(null));
    }

    /** True while the signed-in manager has not submitted for the current period. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public boolean isDue() {
        var period = currentPeriod();
        return find(me(), period).map(a -> !a.isSubmitted()).orElse(true);
    }

    /** Keeps what the manager wrote without submitting it. Scores and texts may be incomplete. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public MyAssessment saveDraft(@Valid SaveAssessment command) {
        var managerId = me();
        var period = running(command);
        var assessment = load(managerId, period, command.version());
        if (assessment.isSubmitted()) {
            throw new AssessmentException("status", "assessment.error.alreadySubmitted");
        }
        write(managerId, period, assessment, command);
        return view(managerId, period, store(assessment));
    }

    /**
     * Submits the current period's assessment, or updates a submitted one while its period runs. Every question
     * needs a score, the period a commitment, and last period's commitment (when there was one) a review.
     */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public MyAssessment submit(@Valid SaveAssessment command) {
        var managerId = me();
        var period = running(command);
        for (var i = 0; i < 3; i++) {
            if (command.answers().get(i).score() == null) {
                throw new AssessmentException("score" + (i + 1), "assessment.score.required");
            }
        }
        if (command.commitment().isBlank()) {
            throw new AssessmentException("commitment", "assessment.commitment.required");
        }
        if (previousCommitment(managerId, period) != null && command.kept() == null) {
            throw new AssessmentException("kept", "assessment.review.required");
        }
        var assessment = load(managerId, period, command.version());
        write(managerId, period, assessment, command);
        assessment.submit(clock.instant());
        return view(managerId, period, store(assessment));
    }

    /**
     * The signed-in manager's trend over the last periods of the current cadence, with the evidence of their
     * team for the same periods.
     */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public History history() {
        var managerId = me();
        var current = currentPeriod();
        var periods = new ArrayList<Period>();
        for (var p = current; periods.size() < HISTORY_PERIODS; p = p.previous()) {
            periods.addFirst(p);
        }
        var submitted = assessments.findByManagerIdAndStatusAndPeriodStartGreaterThanEqualOrderByPeriodStartAsc(
                        managerId, Assessment.Status.SUBMITTED, periods.getFirst().start()).stream()
                .filter(a -> a.period().kind() == current.kind() && !a.period().start().isAfter(current.start()))
                .map(a -> new PeriodScores(a.period(), a.scores(),
                        a.answers().stream().map(Answer::reflection).toList(), a.getCommitment(), a.getReviewKept(),
                        a.getReviewNote()))
                .toList();
        var team = directory.team(managerId).stream().map(EmployeeRef::id).toList();
        return new History(List.copyOf(periods), submitted, Evidence.assemble(evidence, team, periods, zone));
    }

    /** For HR: the cadence, who has submitted for the current period, and k-anonymous department averages. */
    @PreAuthorize("hasRole('HR')")
    @Transactional(readOnly = true)
    public Overview overview() {
        return overview(currentPeriod());
    }

    /** For HR: participation and k-anonymous department averages of a period. */
    @PreAuthorize("hasRole('HR')")
    @Transactional(readOnly = true)
    public Overview overview(Period period) {
        var managerIds = accounts.employeesWithRole(Role.MANAGER);
        var people = directory.findAll(managerIds);
        var submitted = managerIds.isEmpty() ? java.util.Set.<Long>of()
                : assessments.submittedBy(period.kind(), period.start(), managerIds);
        var participation = people.stream()
                .map(e -> new ManagerParticipation(e.id(), e.fullName(), e.department().name(),
                        submitted.contains(e.id())))
                .sorted(Comparator.comparing(ManagerParticipation::name))
                .toList();
        var scores = managerIds.isEmpty() ? List.<AssessmentRepository.Scores>of()
                : assessments.submittedScores(period.kind(), period.start(), managerIds);
        var setting = settings.findById(CadenceSetting.ID);
        return new Overview(period, cadence(), setting.map(CadenceSetting::getVersion).orElse(-1L),
                minGroup(), participation, departmentAverages(people, scores));
    }

    /** HR sets the cadence. {@code basedOnVersion} is the overview's settingVersion. */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public Overview changeCadence(Cadence cadence, long basedOnVersion) {
        var setting = settings.findById(CadenceSetting.ID);
        var actual = setting.map(CadenceSetting::getVersion).orElse(-1L);
        if (actual != basedOnVersion) {
            throw new OptimisticLockingFailureException("The cadence was changed meanwhile");
        }
        setting.ifPresentOrElse(s -> s.change(cadence, clock.instant()),
                () -> settings.save(new CadenceSetting(cadence, clock.instant())));
        settings.flush();
        return overview();
    }

    private List<DepartmentScores> departmentAverages(List<EmployeeDetails> managers,
                                                      List<AssessmentRepository.Scores> scores) {
        var departmentOf = new HashMap<Long, EmployeeDetails>();
        managers.forEach(m -> departmentOf.put(m.id(), m));
        var byDepartment = new HashMap<Long, List<AssessmentRepository.Scores>>();
        for (var s : scores) {
            var manager = departmentOf.get(s.managerId());
            if (manager != null) {
                byDepartment.computeIfAbsent(manager.department().id(), k -> new ArrayList<>()).add(s);
            }
        }
        var departments = managers.stream().map(EmployeeDetails::department).distinct()
                .sorted(Comparator.comparing(d -> d.name())).toList();
        var result = new ArrayList<DepartmentScores>();
        for (var d : departments) {
            var answered = byDepartment.getOrDefault(d.id(), List.of());
            var averages = answered.size() < minGroup() ? List.<Double>of() : List.of(
                    average(answered.stream().map(AssessmentRepository.Scores::score1).toList()),
                    average(answered.stream().map(AssessmentRepository.Scores::score2).toList()),
                    average(answered.stream().map(AssessmentRepository.Scores::score3).toList()));
            result.add(new DepartmentScores(d.id(), d.name(), answered.size(), averages));
        }
        return result;
    }

    private static double average(List<@Nullable Integer> values) {
        return Math.round(values.stream().filter(Objects::nonNull).mapToInt(Integer::intValue).average().orElse(0)
                * 10) / 10.0;
    }

    private int minGroup() {
        return Math.max(1, defaults.minGroup());
    }

    private Cadence cadence() {
        return settings.findById(CadenceSetting.ID).map(CadenceSetting::getCadence).orElse(defaults.cadence());
    }

    /** Two first saves of one period at once (two tabs) meet the unique constraint: the later one is stale. */
    private Assessment store(Assessment assessment) {
        try {
            return assessments.saveAndFlush(assessment);
        } catch (DataIntegrityViolationException e) {
            throw new OptimisticLockingFailureException("The period's assessment was started meanwhile", e);
        }
    }

    /** The command's period, if it still runs: after it ends its assessment is read-only. */
    private Period running(SaveAssessment command) {
        if (!command.period().equals(currentPeriod())) {
            throw new AssessmentException("period", "assessment.error.periodEnded");
        }
        return command.period();
    }

    private long me() {
        var user = currentUser.require();
        if (user.employeeId() == null) {
            throw new AccessDeniedException("Only a manager in the directory has a self-assessment");
        }
        return user.employeeId();
    }

    private java.util.Optional<Assessment> find(long managerId, Period period) {
        return assessments.findByManagerIdAndPeriodKindAndPeriodStart(managerId, period.kind(), period.start());
    }

    private Assessment load(long managerId, Period period, @Nullable Long expectedVersion) {
        var existing = find(managerId, period);
        if (existing.isPresent()) {
            if (expectedVersion == null || existing.get().getVersion() != expectedVersion) {
                throw new OptimisticLockingFailureException("The assessment was saved meanwhile");
            }
            return existing.get();
        }
        if (expectedVersion != null) {
            throw new OptimisticLockingFailureException("The assessment is gone or belongs to another period");
        }
        return new Assessment(managerId, period, clock.instant());
    }

    private void write(long managerId, Period period, Assessment assessment, SaveAssessment command) {
        var hasPrevious = previousCommitment(managerId, period) != null;
        assessment.write(command.answers(), command.commitment(), hasPrevious ? command.kept() : null,
                hasPrevious ? command.reviewNote() : "", clock.instant());
    }

    private @Nullable PreviousCommitment previousCommitment(long managerId, Period period) {
        return assessments.findFirstByManagerIdAndStatusAndPeriodStartBeforeOrderByPeriodStartDesc(managerId,
                        Assessment.Status.SUBMITTED, period.start())
                .filter(a -> !a.getCommitment().isBlank())
                .map(a -> new PreviousCommitment(a.period(), a.getCommitment()))
                .orElse(null);
    }

    private MyAssessment view(long managerId, Period period, @Nullable Assessment a) {
        var previous = previousCommitment(managerId, period);
        var editable = period.contains(clock.instant(), zone);
        if (a == null) {
            return new MyAssessment(period, AssessmentStatus.NOT_STARTED, null,
                    List.of(Answer.empty(), Answer.empty(), Answer.empty()), "", null, "", previous, editable, null);
        }
        return new MyAssessment(period, a.isSubmitted() ? AssessmentStatus.SUBMITTED : AssessmentStatus.DRAFT,
                a.getVersion(), a.answers(), a.getCommitment(), a.getReviewKept(), a.getReviewNote(), previous,
                editable, a.getSubmittedAt());
    }
}
