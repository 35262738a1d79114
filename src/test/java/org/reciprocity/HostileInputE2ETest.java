package org.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.reciprocity.HostilePayloads.Payload;
import org.reciprocity.people.Directory;
import org.reciprocity.reporting.FileReport;
import org.reciprocity.reporting.ReportDetails;
import org.reciprocity.reporting.ReportFollowUp;
import org.reciprocity.reporting.ReportInbox;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.reporting.ReportReceipt;
import org.reciprocity.reporting.ReportService;
import org.reciprocity.reporting.ReportingException;
import org.reciprocity.shared.CompanySettings;
import org.reciprocity.shared.Text;
import org.reciprocity.shared.ViolationKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hostile-input suite, service and HTTP half: every payload of {@link HostilePayloads} through every public text
 * field, through the services the pages call — who, what (alone and inside a story), e-mail, the reporter's message,
 * the receipt-code lookup. Each is either refused with a translated message or stored exactly as normalised;
 * nothing fails on the server. {@code HostileRequestsE2ETest} sends them over HTTP (login form, QR link) and
 * {@code HostilePagesE2ETest} through the browser.
 */
class HostileInputE2ETest extends EndToEndTest {

    private static final Set<String> WHO = Set.of("reporting.who.required", "reporting.who.length", "text.unstorable");
    private static final Set<String> WHAT = Set.of("reporting.what.required", "reporting.what.length", "text.unstorable");
    private static final Set<String> EMAIL = Set.of("reporting.email.invalid", "reporting.contactConsent.required");
    private static final Set<String> MESSAGE = Set.of("reporting.message.required", "reporting.message.length",
            "text.unstorable");

    /** The English, Ukrainian and Russian texts: a refusal's message must exist in each. */
    private static final List<Properties> BUNDLES = Stream.of("", "_uk", "_ru").map(suffix -> {
        var properties = new Properties();
        try (var in = HostileInputE2ETest.class.getResourceAsStream("/vaadin-i18n/translations" + suffix + ".properties")) {
            properties.load(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }).toList();

    @Autowired
    ReportService reports;
    @Autowired
    ReportInbox inbox;
    @Autowired
    Directory directory;
    @Autowired
    CompanySettings company;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RunAs runAs;

    private final AtomicLong clients = new AtomicLong();
    private final Map<String, Integer> refused = new HashMap<>();
    private final Map<String, Integer> stored = new HashMap<>();
    private final List<String> failures = new ArrayList<>();

    /** A client the rate limits have not seen: the limits have tests of their own. */
    private String client() {
        return "hostile-" + clients.incrementAndGet();
    }

    @Test
    void everyPublicFieldRefusesWithAMessageOrStoresAsNormalisedAndNothingFailsOnTheServer() {
        var payloads = HostilePayloads.all();
        var started = System.nanoTime();
        try (var errors = ServerErrors.watch()) {
            var base = file(FileReport.anonymous(ReportKind.STAFF_MISTREATED, podil(), anHourAgo(), "The night guard",
                    "A regular customer kept insulting the night guard at the door."));
            var code = base.code();
            for (var payload : payloads) {
                whoAndStory(payload);
                whatAndEmail(payload);
                message(payload, code);
                lookup(payload);
            }
            var attempts = total(refused) + total(stored);
            System.out.printf("HostileInputE2ETest: %d payloads through the public fields (services): %d attempts, "
                    + "%d refused with a message, %d stored exactly as normalised, %d server errors (%d logged) "
                    + "in %d s%n  refused by field %s%n  stored by field %s%n", payloads.size(), attempts,
                    total(refused), total(stored), failures.size(), errors.errors().size(),
                    (System.nanoTime() - started) / 1_000_000_000, refused, stored);
            assertThat(payloads).hasSizeGreaterThanOrEqualTo(200);
            assertThat(failures).as("payloads the services answered wrongly").isEmpty();
            assertThat(errors.errors()).as("errors the server logged").isEmpty();
        }
    }

    // ------------------------------------------------------------------ the fields

    /** Who, and what told as a story with the payload inside: each refused, or stored as normalised. */
    private void whoAndStory(Payload payload) {
        var story = story(payload.text());
        var outcome = attempt(payload, () -> file(FileReport.anonymous(ReportKind.STAFF_MISTREATED, podil(),
                anHourAgo(), payload.text(), story)));
        if (outcome == null) {
            return;
        }
        if (outcome.stored()) {
            var details = lastReport();
            check("who", payload, details.who(), Text.line(payload.text()));
            check("story", payload, details.what(), Text.lines(story));
            return;
        }
        var whoRefused = refused(outcome, "who", "who", WHO, payload);
        var storyRefused = refused(outcome, "what", "story", WHAT, payload);
        if (whoRefused == storyRefused) {
            expectRefused(whoRefused, outcome, payload);
        } else if (whoRefused) {
            alone("story", "what", WHAT, payload, "The cashier", story, null);
        } else {
            alone("who", "who", WHO, payload, payload.text(), "A story long enough to be told, with the payload in who.",
                    null);
        }
    }

    /** What alone, and the e-mail for an answer: each refused, or stored as normalised. */
    private void whatAndEmail(Payload payload) {
        var outcome = attempt(payload, () -> file(new FileReport(ReportKind.PRAISE, podil(), anHourAgo(),
                "The cashier", payload.text(), payload.text(), true, false, false, null)));
        if (outcome == null) {
            return;
        }
        if (outcome.stored()) {
            var details = lastReport();
            check("what", payload, details.what(), Text.lines(payload.text()));
            check("email", payload, details.contactEmail(), Text.lineOrNull(payload.text()));
            return;
        }
        var whatRefused = refused(outcome, "what", "what", WHAT, payload);
        var emailRefused = refused(outcome, "email", "email", EMAIL, payload);
        if (whatRefused == emailRefused) {
            expectRefused(whatRefused, outcome, payload);
        } else if (emailRefused) {
            alone("what", "what", WHAT, payload, "The cashier", payload.text(), null);
        } else {
            alone("email", "email", EMAIL, payload, "The cashier", "A story long enough to be told, with an address.",
                    payload.text());
        }
    }

    /** Files the payload in one field only, the others plain, when the first filing was refused for another field. */
    private void alone(String field, String property, Set<String> allowed, Payload payload, String who, String what,
                       @Nullable String email) {
        var outcome = attempt(payload, () -> file(new FileReport(ReportKind.PRAISE, podil(), anHourAgo(), who, what,
                email, email != null, false, false, null)));
        if (outcome == null) {
            return;
        }
        if (outcome.stored()) {
            var details = lastReport();
            switch (field) {
                case "who" -> check(field, payload, details.who(), Text.line(who));
                case "email" -> check(field, payload, details.contactEmail(), Text.lineOrNull(email));
                default -> check(field, payload, details.what(), Text.lines(what));
            }
        } else {
            expectRefused(refused(outcome, property, field, allowed, payload), outcome, payload);
        }
    }

    private void message(Payload payload, String code) {
        var outcome = attempt(payload, () -> runAs.anonymous(
                () -> reports.addReporterMessage(code, payload.text(), client())).orElseThrow());
        if (outcome == null) {
            return;
        }
        if (outcome.stored()) {
            var messages = ((ReportFollowUp) Objects.requireNonNull(outcome.result())).messages();
            check("message", payload, messages.getLast().text(), Text.lines(payload.text()));
        } else {
            expectRefused(refused(outcome, "text", "message", MESSAGE, payload), outcome, payload);
        }
    }

    /** A payload is no receipt code: answered as a wrong code is ("no report matches"), never found, never failed. */
    private void lookup(Payload payload) {
        var outcome = attempt(payload, () -> runAs.anonymous(() -> reports.lookup(payload.text(), client())));
        if (outcome != null) {
            if (!outcome.stored() || ((Optional<?>) Objects.requireNonNull(outcome.result())).isPresent()) {
                failures.add("code: " + outcome.keys() + " " + payload);
            }
            count(refused, "code");
        }
    }

    // ------------------------------------------------------------------ attempts and checks

    /** What one call did: returned (stored), or was refused with these keys by property; null when it failed. */
    record Outcome(@Nullable Object result, Map<String, String> keys) {

        boolean stored() {
            return keys.isEmpty();
        }
    }

    private @Nullable Outcome attempt(Payload payload, Supplier<?> call) {
        try {
            return new Outcome(call.get(), Map.of());
        } catch (ConstraintViolationException e) {
            var keys = new HashMap<String, String>();
            e.getConstraintViolations().forEach(v -> {
                String last = null;
                for (var node : v.getPropertyPath()) {
                    last = node.getName();
                }
                keys.put(String.valueOf(last), ViolationKeys.of(v));
            });
            return new Outcome(null, keys);
        } catch (ReportingException e) {
            return new Outcome(null, Map.of(e.field() == null ? "form" : e.field(), e.messageKey()));
        } catch (RuntimeException e) {
            failures.add(e.getClass().getSimpleName() + " " + e.getMessage() + " — " + payload);
            return null;
        }
    }

    /** Whether {@code property} was refused, with one of its own translated messages (a failure otherwise). */
    private boolean refused(Outcome outcome, String property, String field, Set<String> allowed, Payload payload) {
        var key = outcome.keys().get(property);
        if (key == null) {
            return false;
        }
        if (!allowed.contains(key) || !translated(key)) {
            failures.add(field + ": refused with " + key + ", not one of its messages: " + payload);
        }
        count(refused, field);
        return true;
    }

    private void expectRefused(boolean refusedForTheField, Outcome outcome, Payload payload) {
        if (!refusedForTheField) {
            failures.add("refused for no field of the payload: " + outcome.keys() + " " + payload);
        }
    }

    /** Stored exactly as normalised, and nothing unstorable or invisible at its ends. */
    private void check(String field, Payload payload, @Nullable String actual, @Nullable String expected) {
        count(stored, field);
        if (actual == null ? expected != null : !actual.equals(expected)
                || !Text.storable(actual, true) || !actual.equals(Text.lines(actual))) {
            failures.add(field + ": stored " + (actual == null ? "null" : new Payload("as", actual)) + " for " + payload);
        }
    }

    private void count(Map<String, Integer> tally, String field) {
        tally.merge(field, 1, Integer::sum);
    }

    private static int total(Map<String, Integer> tally) {
        return tally.values().stream().mapToInt(Integer::intValue).sum();
    }

    private boolean translated(String key) {
        return BUNDLES.stream().allMatch(bundle -> !bundle.getProperty(key, "").isBlank());
    }

    // ------------------------------------------------------------------ helpers

    private ReportReceipt file(FileReport report) {
        return runAs.anonymous(() -> reports.file(report, client()));
    }

    private ReportDetails lastReport() {
        var id = jdbc.queryForObject("select max(id) from report", Long.class);
        return runAs.user("olena", () -> inbox.find(id).orElseThrow());
    }

    private static String story(String payload) {
        return "At the till this morning the customer wrote: " + payload + " — and then left.";
    }

    private long podil() {
        return runAs.anonymous(() -> directory.locationByCode("kyiv-podil").orElseThrow().id());
    }

    private LocalDateTime anHourAgo() {
        return LocalDateTime.ofInstant(clock.instant(), company.timeZone()).minusHours(1).withNano(0);
    }
}
