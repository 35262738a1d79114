package org.reciprocity.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reciprocity.MutableClock;
import org.reciprocity.people.Directory;
import org.reciprocity.security.CurrentUser;
import org.reciprocity.shared.CompanySettings;
import org.reciprocity.shared.ui.Violations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@RecordApplicationEvents
class ReportServiceTest {

    static final String CODE_PATTERN = "[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}";

    @Autowired
    ReportService reports;
    @Autowired
    ReportInbox inbox;
    @Autowired
    ReceiptCodes codes;
    @Autowired
    Directory directory;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    CompanySettings company;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Each test its own client, so that the rate limits of one test do not refuse another. */
    static String client() {
        return "test-" + UUID.randomUUID();
    }

    long podil() {
        return directory.locationByCode("kyiv-podil").orElseThrow().id();
    }

    LocalDateTime hoursAgo(int hours) {
        return LocalDateTime.ofInstant(clock.instant(), company.timeZone()).minusHours(hours).withSecond(0).withNano(0);
    }

    FileReport praise(String what) {
        return FileReport.anonymous(ReportKind.PRAISE, podil(), hoursAgo(2), "The tall cashier, badge Andrii", what);
    }

    static String unique(String text) {
        return text + " " + UUID.randomUUID();
    }

    long lastFiledId() {
        return events.stream(ReportFiled.class).reduce((a, b) -> b).orElseThrow().reportId();
    }

    long reportCount() {
        return jdbc.queryForObject("select count(*) from report", Long.class);
    }

    static Map<String, String> violations(Throwable e) {
        return ((ConstraintViolationException) e).getConstraintViolations().stream().collect(Collectors.toMap(
                ReportServiceTest::field, Violations::key, (a, b) -> a));
    }

    static String field(ConstraintViolation<?> v) {
        String last = "";
        for (var node : v.getPropertyPath()) {
            last = node.getName();
        }
        return last;
    }

    // ------------------------------------------------------------------ filing and the receipt

    @Test
    @WithAnonymousUser
    void aVisitorFilesPraiseAndGetsAReceiptCodeToFollowIt() {
        var what = unique("She found the size I needed in the store room and carried it to the till.");
        var receipt = reports.file(praise(what), client());

        assertThat(receipt.code()).matches(CODE_PATTERN);
        assertThat(receipt.named()).isFalse();
        assertThat(receipt.deadlines()).isEqualTo(new ReportDeadlines(Duration.ofDays(2), Duration.ofDays(30)));
        var followUp = reports.lookup(receipt.code(), client()).orElseThrow();
        assertThat(followUp.what()).isEqualTo(what);
        assertThat(followUp.kind()).isEqualTo(ReportKind.PRAISE);
        assertThat(followUp.status()).isEqualTo(ReportStatus.RECEIVED);
        assertThat(followUp.locationName()).isEqualTo("Kyiv — Podil store");
        assertThat(followUp.history()).extracting(StatusChange::status).containsExactly(ReportStatus.RECEIVED);
        assertThat(followUp.messages()).isEmpty();
    }

    @Test
    @WithAnonymousUser
    void everyNewReportPublishesReportFiledWithNothingAboutTheReporter() {
        var occurred = hoursAgo(3);
        reports.file(FileReport.anonymous(ReportKind.STAFF_MISTREATED, podil(), occurred, "Cashier at till 2",
                unique("A customer shouted at the cashier for a long time.")), client());
        var filed = events.stream(ReportFiled.class).toList();
        assertThat(filed).hasSize(1);
        var event = filed.getFirst();
        assertThat(event.kind()).isEqualTo(ReportKind.STAFF_MISTREATED);
        assertThat(event.locationId()).isEqualTo(podil());
        assertThat(event.occurredAt()).isEqualTo(occurred.atZone(company.timeZone()).toInstant());
        assertThat(ReportFiled.class.getRecordComponents()).extracting(c -> c.getName())
                .containsExactly("reportId", "kind", "locationId", "occurredAt", "filedAt");
    }

    @Test
    @WithAnonymousUser
    void onlyASlowHashOfTheCodeIsStoredNeverTheCodeItself() {
        var receipt = reports.file(praise(unique("He explained the warranty honestly and plainly.")), client());
        var id = lastFiledId();
        var row = jdbc.queryForMap("select * from report where id = ?", id);
        var canonical = receipt.code().replace("-", "");
        assertThat(row.values()).noneMatch(v -> v != null && (v.toString().contains(canonical)
                || v.toString().contains(receipt.code())));
        assertThat(row.get("CODE_HASH")).isEqualTo(ReceiptCodes.hex(codes.hash(canonical)));
        assertThat((String) row.get("CODE_HASH")).hasSize(64);
    }

    @Test
    void codesHave80BitsFromTheWholeCrockfordAlphabetWithoutLookAlikes() {
        var seen = new HashSet<String>();
        var characters = new HashSet<Character>();
        for (int i = 0; i < 2000; i++) {
            var code = codes.generate();
            assertThat(code).matches(CODE_PATTERN);
            seen.add(code);
            code.replace("-", "").chars().forEach(c -> characters.add((char) c));
        }
        assertThat(seen).as("no repeats").hasSize(2000);
        assertThat(characters).as("all 32 symbols appear, 5 bits each, 16 of them = 80 bits").hasSize(32)
                .doesNotContain('I', 'L', 'O', 'U');
        assertThat(ReceiptCodes.ALPHABET).hasSize(32);
    }

    @Test
    void typedCodesAreNormalisedForgivingCaseSpacesAndLookAlikes() {
        assertThat(ReceiptCodes.normalise("7k2m q9xd-4tnb-h3fr")).contains("7K2MQ9XD4TNBH3FR");
        assertThat(ReceiptCodes.normalise("OOIL-0011-AAAA-BBBB")).contains("0011001" + "1AAAABBBB");
        assertThat(ReceiptCodes.normalise("7K2M-Q9XD-4TNB")).as("too short").isEmpty();
        assertThat(ReceiptCodes.normalise("7K2M-Q9XD-4TNB-H3FU")).as("U is never in a code").isEmpty();
        assertThat(ReceiptCodes.normalise("<script>alert(1)</script>")).isEmpty();
        assertThat(ReceiptCodes.normalise("x".repeat(10_000))).isEmpty();
    }

    @Test
    @WithAnonymousUser
    void theReporterFindsTheReportWhateverWayTheyTypeTheCode() {
        var receipt = reports.file(praise(unique("Solved my problem in one step, with a smile.")), client());
        var typed = " " + receipt.code().toLowerCase().replace("-", " ").replace('0', 'o').replace('1', 'l') + " ";
        assertThat(reports.lookup(typed, client())).isPresent();
        assertThat(reports.lookup(receipt.code().replace("-", ""), client())).isPresent();
    }

    @Test
    @WithAnonymousUser
    void aMistypedAndAnUnknownCodeGetTheSameAnswer() {
        var receipt = reports.file(praise(unique("Kind words and a quick refund.")), client());
        var chars = receipt.code().toCharArray();
        chars[0] = chars[0] == 'A' ? 'B' : 'A';
        var unknown = new String(chars);
        var key = client();
        assertThat(reports.lookup(unknown, key)).isEmpty();
        assertThat(reports.lookup("not a code", key)).isEmpty();
        assertThat(reports.lookup("", key)).isEmpty();
        assertThat(reports.addReporterMessage(unknown, "Hello?", key)).isEmpty();
        assertThat(reports.addReporterMessage("not a code", "Hello?", key)).isEmpty();
    }

    /** Prints the figures; a wall-clock assertion would be flaky on a shared machine. */
    @Test
    @WithAnonymousUser
    void aMistypedAndAnUnknownCodeTakeAboutTheSameTime() {
        var key = client();
        var malformed = new long[9];
        var unknown = new long[9];
        for (int i = 0; i < 9; i++) {
            var start = System.nanoTime();
            assertThat(reports.lookup("hello " + i, key)).isEmpty();
            malformed[i] = System.nanoTime() - start;
            start = System.nanoTime();
            assertThat(reports.lookup("ZZZZ-ZZZZ-ZZZZ-ZZZ" + i, key)).isEmpty();
            unknown[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(malformed);
        java.util.Arrays.sort(unknown);
        System.out.printf("Receipt lookup, median of 9: malformed %.1f ms, unknown %.1f ms%n",
                malformed[4] / 1e6, unknown[4] / 1e6);
    }

    // ------------------------------------------------------------------ validation

    @Test
    @WithAnonymousUser
    void everyRequiredFieldIsNamedWhenMissing() {
        var empty = new FileReport(null, null, null, "", "", null, false, false, false, null);
        assertThatThrownBy(() -> reports.file(empty, client())).satisfies(e -> assertThat(violations(e))
                .containsEntry("kind", "reporting.kind.required")
                .containsEntry("locationId", "reporting.location.required")
                .containsEntry("occurredAt", "reporting.occurredAt.required")
                .containsEntry("who", "reporting.who.required")
                .containsKey("what"));
    }

    @Test
    @WithAnonymousUser
    void whoAndWhatHaveTheirLimits() {
        var tooLongWho = new FileReport(ReportKind.PRAISE, podil(), hoursAgo(1), "x".repeat(201),
                "Long enough text about what happened.", null, false, false, false, null);
        assertThatThrownBy(() -> reports.file(tooLongWho, client()))
                .satisfies(e -> assertThat(violations(e)).containsExactly(Map.entry("who", "reporting.who.length")));
        assertThatThrownBy(() -> reports.file(praise("Too short."), client()))
                .satisfies(e -> assertThat(violations(e)).containsExactly(Map.entry("what", "reporting.what.length")));
        assertThatThrownBy(() -> reports.file(praise("x".repeat(4001)), client()))
                .as("giant input is refused").satisfies(e -> assertThat(violations(e))
                        .containsExactly(Map.entry("what", "reporting.what.length")));
        var before = reportCount();
        reports.file(praise("x".repeat(20)), client());
        reports.file(FileReport.anonymous(ReportKind.PRAISE, podil(), hoursAgo(1), "y".repeat(200), "z".repeat(4000)),
                client());
        assertThat(reportCount()).as("the limits themselves are fine").isEqualTo(before + 2);
    }

    @Test
    @WithAnonymousUser
    void anEmailMustBeValidAndComeWithConsentToBeContacted() {
        var invalid = new FileReport(ReportKind.CUSTOMER_MISTREATED, podil(), hoursAgo(1), "Security guard",
                "He pushed me out of the queue without a word.", "not-an-address", true, false, false, null);
        assertThatThrownBy(() -> reports.file(invalid, client()))
                .satisfies(e -> assertThat(violations(e)).containsEntry("email", "reporting.email.invalid"));
        var tooLong = new FileReport(ReportKind.CUSTOMER_MISTREATED, podil(), hoursAgo(1), "Security guard",
                "He pushed me out of the queue without a word.", "a".repeat(250) + "@x.ua", true, false, false, null);
        assertThatThrownBy(() -> reports.file(tooLong, client()))
                .satisfies(e -> assertThat(violations(e)).containsEntry("email", "reporting.email.invalid"));
        var withoutConsent = new FileReport(ReportKind.CUSTOMER_MISTREATED, podil(), hoursAgo(1), "Security guard",
                "He pushed me out of the queue without a word.", "me@example.com", false, false, false, null);
        assertThatThrownBy(() -> reports.file(withoutConsent, client())).isInstanceOf(ReportingException.class)
                .satisfies(e -> {
                    assertThat(((ReportingException) e).field()).isEqualTo("contactConsent");
                    assertThat(((ReportingException) e).messageKey()).isEqualTo("reporting.contactConsent.required");
                });
    }

    @Test
    @WithAnonymousUser
    void whenItHappenedCannotBeInTheFutureNorMoreThanAYearAgo() {
        var future = FileReport.anonymous(ReportKind.PRAISE, podil(), hoursAgo(-2), "Anyone",
                "This has not happened yet, obviously.");
        assertThatThrownBy(() -> reports.file(future, client())).isInstanceOf(ReportingException.class)
                .hasMessage("reporting.occurredAt.future")
                .satisfies(e -> assertThat(((ReportingException) e).field()).isEqualTo("occurredAt"));
        var old = FileReport.anonymous(ReportKind.PRAISE, podil(), hoursAgo(24 * 400), "Anyone",
                "This happened a very long time ago indeed.");
        assertThatThrownBy(() -> reports.file(old, client())).isInstanceOf(ReportingException.class)
                .hasMessage("reporting.occurredAt.tooOld");
    }

    @Test
    @WithAnonymousUser
    void theLocationMustExist() {
        var nowhere = FileReport.anonymous(ReportKind.PRAISE, 987_654L, hoursAgo(1), "Anyone",
                "Somewhere that does not exist at all.");
        assertThatThrownBy(() -> reports.file(nowhere, client())).isInstanceOf(ReportingException.class)
                .hasMessage("reporting.location.unknown")
                .satisfies(e -> assertThat(((ReportingException) e).field()).isEqualTo("locationId"));
    }

    @Test
    @WithUserDetails("olena")
    void theContactAddressIsKeptOnlyWithConsentAndPublicConsentOnlyForPraise() {
        reports.file(new FileReport(ReportKind.CUSTOMER_MISTREATED, podil(), hoursAgo(1), "Security guard",
                unique("He pushed me out of the queue without a word."), "me@example.com", true, true, false, null),
                client());
        var mistreated = inbox.find(lastFiledId()).orElseThrow();
        assertThat(mistreated.contactEmail()).isEqualTo("me@example.com");
        assertThat(mistreated.publicConsent()).as("only praise goes on the board").isFalse();
        assertThat(mistreated.reporterEmployeeId()).as("filed anonymously, though HR was signed in").isNull();

        reports.file(new FileReport(ReportKind.PRAISE, podil(), hoursAgo(1), "Barista",
                unique("Remembered my name and my usual coffee."), "", false, true, false, null), client());
        var praise = inbox.find(lastFiledId()).orElseThrow();
        assertThat(praise.contactEmail()).isNull();
        assertThat(praise.publicConsent()).isTrue();
    }

    @Test
    @WithAnonymousUser
    void htmlIsStoredAsTyped() {
        var what = unique("<script>alert('x')</script> <b>bold</b> & more text here");
        var receipt = reports.file(FileReport.anonymous(ReportKind.PRAISE, podil(), hoursAgo(1), "<i>Ira</i>", what),
                client());
        var followUp = reports.lookup(receipt.code(), client()).orElseThrow();
        assertThat(followUp.what()).isEqualTo(what);
        assertThat(followUp.who()).isEqualTo("<i>Ira</i>");
    }

    // ------------------------------------------------------------------ anti-automation

    @Test
    @WithAnonymousUser
    void aClientFilingMoreThanTenReportsAnHourIsRefusedAndNothingIsStored() {
        var key = client();
        for (int i = 0; i < 10; i++) {
            reports.file(praise(unique("Report number " + i + " of a busy witness.")), key);
        }
        var before = reportCount();
        assertThatThrownBy(() -> reports.file(praise(unique("One too many for this hour.")), key))
                .isInstanceOf(ReportingException.class).hasMessage("reporting.tooMany.reports")
                .satisfies(e -> assertThat(((ReportingException) e).field()).isNull());
        assertThat(reportCount()).isEqualTo(before);
        assertThat(reports.file(praise(unique("Another client is not affected.")), client()).code()).matches(CODE_PATTERN);

        clock.advance(Duration.ofMinutes(61));
        assertThat(reports.file(praise(unique("An hour later it works again.")), key).code()).matches(CODE_PATTERN);
    }

    @Test
    @WithAnonymousUser
    void aClientTryingMoreThanTwentyCodesAnHourIsRefused() {
        var receipt = reports.file(praise(unique("Polite and patient with my grandmother.")), client());
        var key = client();
        for (int i = 0; i < 19; i++) {
            assertThat(reports.lookup("AAAA-BBBB-CCCC-" + String.format("%04d", i), key)).isEmpty();
        }
        assertThat(reports.lookup(receipt.code(), key)).as("the 20th").isPresent();
        assertThatThrownBy(() -> reports.lookup(receipt.code(), key)).isInstanceOf(ReportingException.class)
                .hasMessage("reporting.tooMany.lookups");
        assertThatThrownBy(() -> reports.addReporterMessage(receipt.code(), "Me again", key))
                .isInstanceOf(ReportingException.class).hasMessage("reporting.tooMany.lookups");
        clock.advance(Duration.ofMinutes(61));
        assertThat(reports.lookup(receipt.code(), key)).isPresent();
    }

    @Test
    @WithAnonymousUser
    void aRobotFillingTheHoneypotGetsAReceiptButNothingIsStored() {
        var before = reportCount();
        var trapped = new FileReport(ReportKind.PRAISE, podil(), hoursAgo(1), "Bot",
                "Buy cheap watches at example dot com now!", null, false, false, false, "http://spam.example");
        var receipt = reports.file(trapped, client());
        assertThat(receipt.code()).matches(CODE_PATTERN);
        assertThat(reportCount()).isEqualTo(before);
        assertThat(events.stream(ReportFiled.class)).isEmpty();
        assertThat(reports.lookup(receipt.code(), client())).isEmpty();
    }

    // ------------------------------------------------------------------ anonymity

    @Test
    @WithUserDetails("anna")
    @ExtendWith(OutputCaptureExtension.class)
    void nothingIdentifiesAnAnonymousReporterInTheDatabaseOrTheLog(CapturedOutput output) {
        var address = "198.51.100.23";
        var me = currentUser.require();
        var receipt = reports.file(FileReport.anonymous(ReportKind.STAFF_MISTREATED, podil(), hoursAgo(1),
                "Colleague at the till", unique("A customer threatened my colleague over a return.")), address);
        var id = lastFiledId();
        reports.lookup(receipt.code(), address);
        reports.addReporterMessage(receipt.code(), "I can tell you more if you need.", address);

        var row = jdbc.queryForMap("select * from report where id = ?", id);
        assertThat(row.get("REPORTER_EMPLOYEE_ID")).isNull();
        assertThat(row.keySet()).as("no column could hold an address, agent or account")
                .noneMatch(c -> c.contains("IP") || c.contains("AGENT") || c.contains("ACCOUNT") || c.contains("USER"));
        assertThat(row.values()).noneMatch(v -> v != null && (v.toString().contains(address)
                || v.toString().contains(me.username())));
        assertThat(output.getAll()).contains("Report " + id + " filed")
                .doesNotContain(address).doesNotContain(me.username()).doesNotContain(me.displayName())
                .doesNotContain(receipt.code()).doesNotContain("Mozilla");
    }

    // ------------------------------------------------------------------ named reports

    @Test
    @WithUserDetails("anna")
    void anEmployeeReportsUnderTheirNameAndFollowsItUnderMyReports() {
        var me = currentUser.require().employeeId();
        var before = reports.countMine();
        var receipt = reports.file(new FileReport(ReportKind.STAFF_MISTREATED, podil(), hoursAgo(1), "Me",
                unique("A customer insulted me when I asked for the receipt."), null, false, false, true, null), client());
        var id = lastFiledId();
        assertThat(receipt.named()).isTrue();
        assertThat(jdbc.queryForObject("select reporter_employee_id from report where id = ?", Long.class, id))
                .isEqualTo(me);
        assertThat(reports.countMine()).isEqualTo(before + 1);
        assertThat(reports.mine(PageRequest.of(0, 50))).extracting(MyReport::id).contains(id);
        reports.addMyMessage(id, "It happened again today.").orElseThrow();
        assertThat(reports.myReport(id).orElseThrow().messages()).extracting(ReportMessage::text)
                .containsExactly("It happened again today.");
    }

    @Test
    @WithUserDetails("max")
    void nobodyElseSeesAnEmployeesReportUnderMyReports() {
        var annasReport = jdbc.queryForList(
                "select r.id from report r join employee e on e.id = r.reporter_employee_id where e.email like 'anna%'",
                Long.class);
        for (var id : annasReport) {
            assertThat(reports.myReport(id)).isEmpty();
            assertThat(reports.addMyMessage(id, "Not mine")).isEmpty();
        }
        assertThat(reports.mine(PageRequest.of(0, 100))).extracting(MyReport::id).doesNotContainAnyElementsOf(annasReport);
    }

    @Test
    @WithAnonymousUser
    void aVisitorWithoutAnAccountCannotFileNamed() {
        var named = new FileReport(ReportKind.PRAISE, podil(), hoursAgo(1), "Anyone",
                "Trying to file under a name I do not have.", null, false, false, true, null);
        assertThatThrownBy(() -> reports.file(named, client())).isInstanceOf(ReportingException.class)
                .hasMessage("reporting.named.notEmployee");
    }

    @Test
    @WithUserDetails("admin")
    void anAccountWithoutAnEmployeeRecordCannotFileNamed() {
        var named = new FileReport(ReportKind.PRAISE, podil(), hoursAgo(1), "Anyone",
                "The admin has no employee record to name.", null, false, false, true, null);
        assertThatThrownBy(() -> reports.file(named, client())).isInstanceOf(ReportingException.class)
                .hasMessage("reporting.named.notEmployee");
        assertThat(reports.mine(PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    @WithAnonymousUser
    void theDeadlinesComeFromTheSettings() {
        assertThat(reports.deadlines()).isEqualTo(new ReportDeadlines(Duration.ofDays(2), Duration.ofDays(30)));
        assertThat(reports.deadlines().acknowledgeDays()).isEqualTo(2);
        assertThat(reports.deadlines().answerDays()).isEqualTo(30);
    }

}
