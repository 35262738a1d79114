package org.reciprocity.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeFilter;
import org.reciprocity.security.Role;
import org.reciprocity.security.SystemAccess;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * A few reports in different states, so that HR's queue and the status page have something to show. The first
 * one's receipt code is {@value #DEMO_CODE}, for trying the status page; the others' codes are random and shown
 * to nobody. Only with {@code reciprocity.demo-data}, and only when there are no reports yet.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("reciprocity.demo-data")
class DemoReports implements ApplicationRunner {

    static final String DEMO_CODE = "DEM0-C0DE-2026-0001";

    private record Demo(@Nullable String code, ReportKind kind, String location, Duration ago, String who,
                        String what, @Nullable String email, boolean publicConsent, boolean byAnna,
                        List<ReportStatus> statuses, List<String> conversation) {
    }

    private static final List<Demo> DEMOS = List.of(
            new Demo(DEMO_CODE, ReportKind.PRAISE, "kyiv-podil", Duration.ofDays(3).plusHours(2),
                    "The young man at the fitting rooms, badge \"Bohdan\"",
                    "I could not find my size and was about to leave. He checked the store room and two other shops, "
                            + "found the jacket in Lviv and had it sent to me. He even called when it arrived.",
                    null, true, false, List.of(ReportStatus.ACKNOWLEDGED),
                    List.of("Thank you for telling us! We have passed your words on to Bohdan and his manager.")),
            new Demo(null, ReportKind.STAFF_MISTREATED, "lviv-rynok", Duration.ofDays(4).plusHours(5),
                    "The cashier at till 2",
                    "A customer shouted at the cashier for several minutes because a discount had ended, and called "
                            + "her names. She stayed calm and polite and called the manager.",
                    null, false, false, List.of(), List.of()),
            new Demo(null, ReportKind.CUSTOMER_MISTREATED, "odesa-arcadia", Duration.ofDays(6),
                    "Security guard at the entrance, tall, grey uniform",
                    "My elderly father was told to leave his bag at the entrance in a rude tone, and when he asked "
                            + "why, the guard laughed at him in front of other customers.",
                    "son.of.customer@example.com", false, false,
                    List.of(ReportStatus.ACKNOWLEDGED, ReportStatus.IN_REVIEW),
                    List.of("We are sorry this happened. Could you tell us roughly what time it was?",
                            "> Around 11 in the morning, on Saturday.")),
            new Demo(null, ReportKind.STAFF_MISTREATED, "kyiv-podil", Duration.ofDays(1).plusHours(3),
                    "Me", "A customer threatened to \"have me fired\" when I asked for the receipt for a return. "
                            + "Max was there and helped.",
                    null, false, true, List.of(), List.of()),
            new Demo(null, ReportKind.PRAISE, "kyiv-office", Duration.ofDays(15),
                    "The lady at the reception",
                    "She solved my delivery problem in one phone call and followed up the next day by herself.",
                    null, true, false, List.of(ReportStatus.ACKNOWLEDGED, ReportStatus.RESOLVED),
                    List.of("Thank you! We shared your story with the whole team.")),
            new Demo(null, ReportKind.PRAISE, "odesa-arcadia", Duration.ofHours(3),
                    "Barista with the green scarf",
                    "Remembered my usual order and my name after one visit. Felt like coming home.",
                    null, false, false, List.of(), List.of()));

    private final ReportRepository reports;
    private final ReportStatusRepository statuses;
    private final ReportMessageRepository messages;
    private final ReceiptCodes codes;
    private final Directory directory;
    private final Clock clock;

    DemoReports(ReportRepository reports, ReportStatusRepository statuses, ReportMessageRepository messages,
                ReceiptCodes codes, Directory directory, Clock clock) {
        this.reports = reports;
        this.statuses = statuses;
        this.messages = messages;
        this.codes = codes;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (reports.count() > 0) {
            return;
        }
        SystemAccess.runAs(this::create, Role.HR);
    }

    private void create() {
        var anna = directory.search(new EmployeeFilter("Anna Kovalenko", null, null), PageRequest.of(0, 1)).stream()
                .findFirst().map(e -> e.id()).orElse(null);
        var now = clock.instant();
        for (var demo : DEMOS) {
            var location = directory.locationByCode(demo.location());
            if (location.isEmpty() || (demo.byAnna() && anna == null)) {
                continue;
            }
            var code = demo.code() != null ? demo.code() : codes.generate();
            var hash = codes.storedHash(code);
            var filedAt = now.minus(demo.ago());
            var report = reports.save(new Report(hash, demo.kind(), location.get().id(), filedAt.minus(Duration.ofHours(1)),
                    demo.who(), demo.what(), demo.email(), demo.publicConsent(), demo.byAnna() ? anna : null, filedAt));
            statuses.save(new ReportStatusEntry(report.getId(), ReportStatus.NEW, filedAt));
            var at = filedAt;
            for (var status : demo.statuses()) {
                at = at.plus(Duration.ofHours(20));
                report.changeStatus(status, at);
                statuses.save(new ReportStatusEntry(report.getId(), status, at));
            }
            for (var line : demo.conversation()) {
                at = at.plus(Duration.ofHours(2));
                var fromReporter = line.startsWith("> ");
                messages.save(new ReportMessageEntry(report.getId(), fromReporter ? ReportAuthor.REPORTER
                        : ReportAuthor.COMPANY, fromReporter ? line.substring(2) : line, min(at, now)));
                if (fromReporter) {
                    report.reporterWrote(min(at, now));
                } else {
                    report.companyReplied(min(at, now));
                }
            }
            reports.save(report);
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
