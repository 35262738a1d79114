package org.reciprocity.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.reciprocity.reporting.FileReport;
import org.reciprocity.reporting.KnownReceiptCode;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.reporting.ReportService;
import org.reciprocity.security.SignIn;
import org.reciprocity.shared.CompanySettings;
import org.reciprocity.shared.StoryClock;
import org.springframework.stereotype.Component;

/**
 * Step five: six people tell the company what they saw, through "Tell us", days ago — customers without signing
 * in, Anna under her name. The first report's receipt code is {@value #DEMO_CODE}, for trying the status page;
 * the others' codes are random, and only the reporter who writes back later keeps theirs.
 */
@Component
class DemoReports {

    static final String DEMO_CODE = "DEM0-C0DE-2026-0001";

    /** A report as its reporter told it, {@code ago} before the start. */
    record Told(String key, ReportKind kind, String location, Duration ago, String who, String what,
                @Nullable String email, boolean publicConsent, boolean byAnna) {
    }

    static final String BOHDAN = "bohdan", LVIV = "lviv", GUARD = "guard", ANNA = "anna", RECEPTION = "reception",
            BARISTA = "barista";

    static final List<Told> TOLD = List.of(
            new Told(BOHDAN, ReportKind.PRAISE, "kyiv-podil", Duration.ofDays(3).plusHours(2),
                    "The young man at the fitting rooms, badge \"Bohdan\"",
                    "I could not find my size and was about to leave. He checked the store room and two other shops, "
                            + "found the jacket in Lviv and had it sent to me. He even called when it arrived.",
                    null, true, false),
            new Told(LVIV, ReportKind.STAFF_MISTREATED, "lviv-rynok", Duration.ofDays(4).plusHours(5),
                    "The cashier at till 2",
                    "A customer shouted at the cashier for several minutes because a discount had ended, and called "
                            + "her names. She stayed calm and polite and called the manager.",
                    null, false, false),
            new Told(GUARD, ReportKind.CUSTOMER_MISTREATED, "odesa-arcadia", Duration.ofDays(6),
                    "Security guard at the entrance, tall, grey uniform",
                    "My elderly father was told to leave his bag at the entrance in a rude tone, and when he asked "
                            + "why, the guard laughed at him in front of other customers.",
                    "son.of.customer@example.com", false, false),
            new Told(ANNA, ReportKind.STAFF_MISTREATED, "kyiv-podil", Duration.ofDays(1).plusHours(3),
                    "Me", "A customer threatened to \"have me fired\" when I asked for the receipt for a return. "
                            + "Max was there and helped.",
                    null, false, true),
            new Told(RECEPTION, ReportKind.PRAISE, "kyiv-office", Duration.ofDays(15),
                    "The lady at the reception",
                    "She solved my delivery problem in one phone call and followed up the next day by herself.",
                    null, true, false),
            new Told(BARISTA, ReportKind.PRAISE, "odesa-arcadia", Duration.ofHours(3),
                    "Barista with the green scarf",
                    "Remembered my usual order and my name after one visit. Felt like coming home.",
                    null, false, false));

    /** What the reporters keep: when each report was filed and its receipt code, by key. */
    record Filed(Map<String, Instant> at, Map<String, String> codes) {

        Instant at(String key) {
            return at.get(key);
        }

        String code(String key) {
            return codes.get(key);
        }
    }

    private final ReportService reports;
    private final StoryClock clock;
    private final ZoneId zone;

    DemoReports(ReportService reports, StoryClock clock, CompanySettings company) {
        this.reports = reports;
        this.clock = clock;
        this.zone = company.timeZone();
    }

    Filed file(SignIn signIn, Company company, Instant now) {
        var at = new LinkedHashMap<String, Instant>();
        var codes = new LinkedHashMap<String, String>();
        try (var cast = new Cast(signIn)) {
            for (var told : TOLD) {
                var filedAt = now.minus(told.ago());
                var report = new FileReport(told.kind(), company.location(told.location()),
                        LocalDateTime.ofInstant(filedAt.minus(Duration.ofHours(1)), zone), told.who(), told.what(),
                        told.email(), told.email() != null, told.publicConsent(), told.byAnna(), null);
                var code = clock.call(filedAt, () -> told.byAnna()
                        ? cast.call(DemoPeople.ANNA, () -> file(told, report))
                        : file(told, report));
                at.put(told.key(), filedAt);
                codes.put(told.key(), code);
            }
        }
        return new Filed(at, codes);
    }

    /** Each reporter on their own device: the rate limit counts them apart. */
    private String file(Told told, FileReport report) {
        if (told.key().equals(BOHDAN)) {
            return KnownReceiptCode.during(DEMO_CODE, () -> reports.file(report, "demo-" + told.key())).code();
        }
        return reports.file(report, "demo-" + told.key()).code();
    }
}
