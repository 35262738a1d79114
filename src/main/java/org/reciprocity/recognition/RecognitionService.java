package org.reciprocity.recognition;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.reciprocity.culture.ServiceValue;
import org.reciprocity.culture.VisionService;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeDetails;
import org.reciprocity.people.EmployeeRef;
import org.reciprocity.security.CurrentUser;
import org.reciprocity.shared.CompanySettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Recognition: employees recognise colleagues; everyone signed in reads the board. Who sees a private entry
 * (the giver, the recipients and the recipients' managers, nobody else) is decided here, in every query.
 */
@Service
@Validated
public class RecognitionService {

    /** The most entries one call returns. */
    public static final int MAX_PAGE = 100;

    private final RecognitionRepository recognitions;
    private final ApplauseRepository applause;
    private final RecognitionQueries queries;
    private final RecognitionCards cards;
    private final Directory directory;
    private final VisionService vision;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;
    private final RecognitionSettings settings;

    RecognitionService(RecognitionRepository recognitions, ApplauseRepository applause, RecognitionQueries queries,
                       RecognitionCards cards, Directory directory, VisionService vision, CurrentUser currentUser,
                       ApplicationEventPublisher events, Clock clock, CompanySettings company,
                       RecognitionSettings settings) {
        this.recognitions = recognitions;
        this.applause = applause;
        this.queries = queries;
        this.cards = cards;
        this.directory = directory;
        this.vision = vision;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.zone = company.timeZone();
        this.settings = settings;
    }

    /**
     * The signed-in employee recognises colleagues. Over today's soft limit the giver is asked first: the
     * service refuses with {@link DailyLimitReached} unless the command confirms it.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public RecognitionCard give(@Valid GiveRecognition command) {
        var giver = me().orElseThrow(() -> new RecognitionException("recipientIds", "recognition.give.notEmployee"));
        if (command.recipientIds().contains(giver)) {
            throw new RecognitionException("recipientIds", "recognition.give.self");
        }
        var active = vision.activeValues().stream().map(ServiceValue::id).collect(Collectors.toSet());
        if (!active.containsAll(command.valueIds())) {
            throw new RecognitionException("valueIds", "recognition.give.values.unknown");
        }
        var people = directory.findAll(command.recipientIds());
        if (people.size() != command.recipientIds().size()) {
            throw new RecognitionException("recipientIds", "recognition.give.recipients.unknown");
        }
        var today = givenToday(giver);
        if (today >= settings.dailyLimit() && !command.overLimitConfirmed()) {
            throw new DailyLimitReached(settings.dailyLimit(), today);
        }
        var saved = recognitions.save(new Recognition(giver, Source.COLLEAGUE, command.visibility(),
                command.story(), clock.instant(), recipients(people), command.valueIds(), null));
        events.publishEvent(RecognitionGiven.of(saved));
        return cards.load(List.of(saved.getId()), viewer()).getFirst();
    }

    /** How many recognitions the signed-in person has given today (in the company's time zone). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int givenToday() {
        return me().map(this::givenToday).orElse(0);
    }

    @PreAuthorize("isAuthenticated()")
    public int dailyLimit() {
        return settings.dailyLimit();
    }

    /** The board: public entries, newest first, after the cursor (null for the first page). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RecognitionCard> board(BoardFilter filter, @Nullable BoardCursor after, int limit) {
        var viewer = viewer();
        var ids = queries.pageIds(RecognitionQueries.Scope.board(filter), viewer, after, pageSize(limit));
        return cards.load(ids, viewer);
    }

    /** One entry, if the signed-in person may see it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<RecognitionCard> find(long id) {
        var viewer = viewer();
        return recognitions.findById(id)
                .filter(r -> r.getVisibility() == Visibility.PUBLIC || mayReadPrivate(r, viewer))
                .map(r -> cards.load(List.of(id), viewer).getFirst());
    }

    /** What an employee received: public entries, and private ones where the reader is allowed. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RecognitionCard> receivedBy(long employeeId, @Nullable BoardCursor after, int limit) {
        var viewer = viewer();
        var scope = new RecognitionQueries.Scope(BoardFilter.ALL, false, employeeId, null, List.of());
        return cards.load(queries.pageIds(scope, viewer, after, pageSize(limit)), viewer);
    }

    /** What the signed-in person gave, public and private. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RecognitionCard> givenByMe(@Nullable BoardCursor after, int limit) {
        var viewer = viewer();
        if (viewer.employeeId() == null) {
            return List.of();
        }
        var scope = new RecognitionQueries.Scope(BoardFilter.ALL, false, null, viewer.employeeId(), List.of());
        return cards.load(queries.pageIds(scope, viewer, after, pageSize(limit)), viewer);
    }

    /** What the signed-in manager's direct reports received, private ones included. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RecognitionCard> receivedByMyTeam(@Nullable BoardCursor after, int limit) {
        var me = me();
        if (me.isEmpty()) {
            return List.of();
        }
        var team = directory.team(me.get()).stream().map(EmployeeRef::id).toList();
        if (team.isEmpty()) {
            return List.of();
        }
        var viewer = new RecognitionQueries.Viewer(me.get(), circle(me.get(), team));
        var scope = new RecognitionQueries.Scope(BoardFilter.ALL, false, null, null, team);
        return cards.load(queries.pageIds(scope, viewer, after, pageSize(limit)), viewer);
    }

    /** How often each active value was named in what the employee received (as far as the reader may see). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ValueCount> valuesProfile(long employeeId) {
        var counts = queries.valueCounts(employeeId, viewer());
        var result = new ArrayList<ValueCount>();
        var shown = new HashSet<Long>();
        for (var value : vision.activeValues()) {
            result.add(new ValueCount(value, counts.getOrDefault(value.id(), 0L)));
            shown.add(value.id());
        }
        var retired = counts.keySet().stream().filter(id -> !shown.contains(id)).toList();
        if (!retired.isEmpty()) {
            vision.values(retired).forEach(v -> result.add(new ValueCount(v, counts.get(v.id()))));
        }
        return result;
    }

    /** The signed-in employee applauds an entry they can see; applauding twice changes nothing. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ApplauseState applaud(long recognitionId) {
        var me = me().orElseThrow(() -> new RecognitionException("applause", "recognition.applause.notEmployee"));
        visibleOrThrow(recognitionId);
        var key = new Applause.Key(recognitionId, me);
        if (!applause.existsById(key)) {
            applause.save(new Applause(recognitionId, me, clock.instant()));
            recognitions.addApplause(recognitionId, 1);
        }
        return new ApplauseState(recognitions.applauseCount(recognitionId), true);
    }

    /** The signed-in employee takes their applause back. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ApplauseState takeBackApplause(long recognitionId) {
        var me = me().orElseThrow(() -> new RecognitionException("applause", "recognition.applause.notEmployee"));
        visibleOrThrow(recognitionId);
        var key = new Applause.Key(recognitionId, me);
        if (applause.existsById(key)) {
            applause.deleteById(key);
            recognitions.addApplause(recognitionId, -1);
        }
        return new ApplauseState(recognitions.applauseCount(recognitionId), false);
    }

    private static List<Recipient> recipients(List<EmployeeDetails> people) {
        return people.stream().map(Recipient::of).toList();
    }

    private void visibleOrThrow(long recognitionId) {
        var entry = recognitions.findById(recognitionId)
                .orElseThrow(() -> new RecognitionException("applause", "recognition.notFound"));
        if (entry.getVisibility() != Visibility.PUBLIC && !mayReadPrivate(entry, viewer())) {
            throw new RecognitionException("applause", "recognition.notFound");
        }
    }

    private static boolean mayReadPrivate(Recognition entry, RecognitionQueries.Viewer viewer) {
        if (viewer.employeeId() == null) {
            return false;
        }
        return viewer.employeeId().equals(entry.getGiverId())
                || entry.getRecipients().stream().anyMatch(r -> viewer.meAndTeam().contains(r.employeeId()));
    }

    private int givenToday(long giver) {
        var today = LocalDate.ofInstant(clock.instant(), zone);
        return (int) recognitions.countGiven(giver, today.atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private Optional<Long> me() {
        return currentUser.get().map(u -> u.employeeId());
    }

    private RecognitionQueries.Viewer viewer() {
        var me = me();
        if (me.isEmpty()) {
            return RecognitionQueries.Viewer.NOBODY;
        }
        var team = directory.team(me.get()).stream().map(EmployeeRef::id).toList();
        return new RecognitionQueries.Viewer(me.get(), circle(me.get(), team));
    }

    private static List<Long> circle(long me, List<Long> team) {
        var circle = new ArrayList<Long>(team.size() + 1);
        circle.add(me);
        circle.addAll(team);
        return circle;
    }

    private static int pageSize(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE));
    }
}
