package org.reciprocity.reporting;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reciprocity.people.Directory;
import org.reciprocity.security.CurrentUser;
import org.reciprocity.shared.BucketStores;
import org.reciprocity.shared.CompanySettings;
import org.reciprocity.shared.PlainText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * "Tell us": anyone files a report and follows it with the receipt code; a signed-in employee may file under
 * their name and follow it under "My reports". HR's side of the conversation is {@link ReportInbox}.
 * <p>
 * Nothing identifying an anonymous reporter is stored or logged. The {@code clientKey} the public methods take
 * (the client's address) only feeds the rate limits, which keep a keyed hash of it, shared by every server node on
 * PostgreSQL ({@link RateLimit}).
 */
@Service
@Validated
public class ReportService {

    /** How long ago something may have happened and still be reported. */
    static final Duration OLDEST = Duration.ofDays(366);
    /** Clocks differ a little: "now" on the reporter's phone may be a few minutes ahead of ours. */
    static final Duration FUTURE_GRACE = Duration.ofMinutes(5);
    /** How long a message may be, from either side. */
    public static final int MESSAGE_MAX = 4000;
    /** The table of the rate limits' buckets on PostgreSQL (migration V12). */
    static final String LIMITS_TABLE = "public_channel_bucket";
    /** Two buckets per client at most (reports, lookups): this many clients of the last hour are remembered. */
    static final int LIMITS_CAPACITY = 20_000;

    private static final Logger log = LoggerFactory.getLogger(ReportService.class);

    private final ReportRepository reports;
    private final ReportHistory history;
    private final ReceiptCodes codes;
    private final Directory directory;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;
    private final ReportDeadlines deadlines;
    private final RateLimit reportLimit;
    private final RateLimit lookupLimit;

    ReportService(ReportRepository reports, ReportHistory history,
                  ReceiptCodes codes, ReportingSettings settings, Directory directory, CurrentUser currentUser,
                  ApplicationEventPublisher events, Clock clock, CompanySettings company, BucketStores buckets) {
        this.reports = reports;
        this.history = history;
        this.codes = codes;
        this.directory = directory;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.zone = company.timeZone();
        this.deadlines = new ReportDeadlines(settings.acknowledgeWithin(), settings.answerWithin());
        var limits = buckets.open(LIMITS_TABLE, LIMITS_CAPACITY);
        this.reportLimit = new RateLimit(limits, "reports", settings.reportsPerHour(), Duration.ofHours(1),
                settings.codePepper());
        this.lookupLimit = new RateLimit(limits, "lookups", settings.lookupsPerHour(), Duration.ofHours(1),
                settings.codePepper());
    }

    /** The acknowledgement and answer deadlines the company promises every reporter. */
    @PreAuthorize("permitAll()")
    public ReportDeadlines deadlines() {
        return deadlines;
    }

    // ---------------------------------------------------------------- reporter side (public)

    /**
     * Files a report and returns its receipt code, which is never stored and cannot be recovered. Too many
     * reports from one client: refused ({@link ReportingException} without field), nothing stored. The honeypot
     * filled in: a receipt that looks real, nothing stored.
     *
     * @param clientKey the client's address, for the rate limit only (never stored or logged: a keyed hash counts)
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public ReportReceipt file(@Valid FileReport report, String clientKey) {
        if (!reportLimit.tryAcquire(clientKey)) {
            throw new ReportingException(null, "reporting.tooMany.reports");
        }
        var code = codes.generate();
        var hash = codes.storedHash(code);
        if (report.trap() != null && !report.trap().isEmpty()) {
            log.info("A report with the honeypot filled in was ignored");
            return new ReportReceipt(code, report.named(), deadlines);
        }
        var now = clock.instant();
        var occurredAt = Objects.requireNonNull(report.occurredAt()).atZone(zone).toInstant();
        if (occurredAt.isAfter(now.plus(FUTURE_GRACE))) {
            throw new ReportingException("occurredAt", "reporting.occurredAt.future");
        }
        if (occurredAt.isBefore(now.minus(OLDEST))) {
            throw new ReportingException("occurredAt", "reporting.occurredAt.tooOld");
        }
        var locationId = Objects.requireNonNull(report.locationId());
        if (directory.locations().stream().noneMatch(l -> l.id() == locationId)) {
            throw new ReportingException("locationId", "reporting.location.unknown");
        }
        var email = report.email();
        if (email != null && !report.contactConsent()) {
            throw new ReportingException("contactConsent", "reporting.contactConsent.required");
        }
        Long reporter = null;
        if (report.named()) {
            reporter = currentUser.get().map(u -> u.employeeId())
                    .orElseThrow(() -> new ReportingException("named", "reporting.named.notEmployee"));
        }
        var kind = Objects.requireNonNull(report.kind());
        var saved = reports.save(new Report(hash, kind, locationId, occurredAt,
                report.who(), report.what(), email,
                kind == ReportKind.PRAISE && report.publicConsent(), reporter, now, report.language()));
        history.received(saved);
        events.publishEvent(new ReportFiled(saved.getId(), kind, locationId, occurredAt, now));
        log.info("Report {} filed: {}", saved.getId(), kind);
        return new ReportReceipt(code, reporter != null, deadlines);
    }

    /**
     * The report a receipt code belongs to. A malformed code and an unknown one get the same answer (empty)
     * after the same work. Too many lookups from one client: refused ({@link ReportingException}).
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<ReportFollowUp> lookup(String code, String clientKey) {
        if (!lookupLimit.tryAcquire(clientKey)) {
            throw new ReportingException(null, "reporting.tooMany.lookups");
        }
        return byCode(code).map(this::followUp);
    }

    /**
     * The reporter adds a message to their report, with its receipt code. Empty if the code matches no report
     * (as for {@link #lookup}); counts as a lookup for the rate limit.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<ReportFollowUp> addReporterMessage(String code,
            @PlainText(max = MESSAGE_MAX, multiline = true, required = "{reporting.message.required}",
                    message = "{reporting.message.length}") String text,
            String clientKey) {
        if (!lookupLimit.tryAcquire(clientKey)) {
            throw new ReportingException(null, "reporting.tooMany.lookups");
        }
        return byCode(code).map(report -> reporterWrites(report, text));
    }

    /** A malformed code is hashed and looked up too (it matches nothing), so it costs what an unknown one does. */
    private Optional<Report> byCode(String code) {
        return reports.findByCodeHash(codes.storedHash(code));
    }

    /** Adds the reporter's message and tells review (HR hears of it); returns the report as they now see it. */
    private ReportFollowUp reporterWrites(Report report, String text) {
        var now = clock.instant();
        history.write(report.getId(), ReportAuthor.REPORTER, text, now);
        events.publishEvent(new ReporterWrote(report.getId(), now));
        return followUp(report);
    }

    // ---------------------------------------------------------------- named reporter ("My reports")

    /** The reports the signed-in employee filed under their name, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MyReport> mine(Pageable pageable) {
        var me = currentUser.require().employeeId();
        if (me == null) {
            return List.of();
        }
        var names = history.locationNames();
        return reports.findByReporterEmployeeId(me, withDefaultSort(pageable)).stream()
                .map(r -> new MyReport(r.getId(), r.getKind(), r.getStatus(), names.getOrDefault(r.getLocationId(), ""),
                        r.getFiledAt(), r.getStatusChangedAt()))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countMine() {
        var me = currentUser.require().employeeId();
        return me == null ? 0 : reports.countByReporterEmployeeId(me);
    }

    /** One of the signed-in employee's named reports; empty for any other report. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ReportFollowUp> myReport(long id) {
        return mineById(id).map(this::followUp);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Optional<ReportFollowUp> addMyMessage(long id,
            @PlainText(max = MESSAGE_MAX, multiline = true, required = "{reporting.message.required}",
                    message = "{reporting.message.length}") String text) {
        return mineById(id).map(report -> reporterWrites(report, text));
    }

    private Optional<Report> mineById(long id) {
        var me = currentUser.require().employeeId();
        return me == null ? Optional.empty()
                : reports.findById(id).filter(r -> me.equals(r.getReporterEmployeeId()));
    }

    // ---------------------------------------------------------------- helpers

    private ReportFollowUp followUp(Report r) {
        return new ReportFollowUp(r.getKind(), r.getStatus(), history.locationNames().getOrDefault(r.getLocationId(), ""),
                r.getOccurredAt(), r.getFiledAt(), r.getWho(), r.getWhat(), history.historyOf(r.getId()),
                history.messagesOf(r.getId()));
    }

    private static Pageable withDefaultSort(Pageable pageable) {
        return pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("filedAt"), Sort.Order.desc("id")));
    }
}
