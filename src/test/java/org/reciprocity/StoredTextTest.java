package org.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reciprocity.assessment.Answer;
import org.reciprocity.assessment.AssessmentService;
import org.reciprocity.assessment.SaveAssessment;
import org.reciprocity.culture.CultureException;
import org.reciprocity.culture.PublishVision;
import org.reciprocity.culture.ValueDraft;
import org.reciprocity.culture.VisionService;
import org.reciprocity.people.DepartmentForm;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeForm;
import org.reciprocity.people.LocationForm;
import org.reciprocity.recognition.GiveRecognition;
import org.reciprocity.recognition.RecognitionService;
import org.reciprocity.recognition.Visibility;
import org.reciprocity.reporting.FileReport;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.reporting.ReportService;
import org.reciprocity.review.AuditAction;
import org.reciprocity.review.CaseStatus;
import org.reciprocity.review.CaseWorkflow;
import org.reciprocity.review.ReviewException;
import org.reciprocity.security.AccountService;
import org.reciprocity.security.NewAccount;
import org.reciprocity.security.Role;
import org.reciprocity.shared.CompanySettings;
import org.reciprocity.shared.ViolationKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every feature judges the text it stores after normalising it, and stores it as normalised ({@code shared.Text}):
 * a padded text is stored without its padding, an invisible one counts as empty, an unstorable character is
 * refused with the message next to its field. The public channel has its own, much larger suite
 * ({@code HostileInputTest}).
 */
@SpringBootTest
class StoredTextTest {

    private static final String EM = "\u2003";
    private static final String NBSP = "\u00a0";
    private static final String ZWSP = "\u200b";

    @Autowired
    RunAs runAs;
    @Autowired
    ReportService reports;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    RecognitionService recognitions;
    @Autowired
    VisionService visions;
    @Autowired
    AssessmentService assessments;
    @Autowired
    Directory directory;
    @Autowired
    AccountService accounts;
    @Autowired
    CompanySettings company;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    /** Each violation's path inside the command (or the parameter's name) with its translation key. */
    private static Map<String, String> refusal(Runnable call) {
        try {
            call.run();
        } catch (ConstraintViolationException e) {
            return e.getConstraintViolations().stream().collect(Collectors.toMap(StoredTextTest::field, ViolationKeys::of));
        }
        throw new AssertionError("not refused");
    }

    private static String field(ConstraintViolation<?> violation) {
        var path = new StringBuilder();
        String last = "";
        for (var node : violation.getPropertyPath()) {
            last = node.getName();
            if (node.getKind() == ElementKind.PROPERTY) {
                path.append(node.isInIterable() ? "[" + node.getIndex() + "]" : "").append(path.isEmpty() ? "" : ".")
                        .append(node.getName());
            }
        }
        return path.isEmpty() ? last : path.toString();
    }

    private long podil() {
        return directory.locationByCode("kyiv-podil").orElseThrow().id();
    }

    private LocalDateTime anHourAgo() {
        return LocalDateTime.ofInstant(clock.instant(), company.timeZone()).minusHours(1).withNano(0);
    }

    private FileReport report(String who, String what, String email) {
        return new FileReport(ReportKind.STAFF_MISTREATED, podil(), anHourAgo(), who, what, email, true, false, false,
                null);
    }

    @Test
    void theTellUsFormJudgesWhatItWouldStore() {
        var story = "A customer shouted at the cashier for ten minutes.";
        assertThat(refusal(() -> runAs.anonymous(() -> reports.file(
                report("Ira", "a" + EM.repeat(30), ""), "stored-" + UUID.randomUUID()))))
                .as("a letter and thirty em spaces").containsExactly(Map.entry("what", "reporting.what.length"));
        assertThat(refusal(() -> runAs.anonymous(() -> reports.file(
                report(NBSP.repeat(4) + ZWSP, story, "x@[127.0.0.1]"), "stored-" + UUID.randomUUID()))))
                .containsOnly(Map.entry("who", "reporting.who.required"), Map.entry("email", "reporting.email.invalid"));
        assertThat(refusal(() -> runAs.anonymous(() -> reports.file(
                report("Ira\u0000", story + "\u202e", "\"quoted\"@example.com"), "stored-" + UUID.randomUUID()))))
                .containsOnly(Map.entry("who", "text.unstorable"), Map.entry("what", "text.unstorable"),
                        Map.entry("email", "reporting.email.invalid"));

        var receipt = runAs.anonymous(() -> reports.file(report(NBSP + " Ira" + EM + EM + "at till 2 ",
                "\r\n  " + story + "\r\nShe kept calm.  " + ZWSP, " Witness@Example.com" + NBSP), "stored-" + UUID.randomUUID()));
        var told = runAs.anonymous(() -> reports.lookup(receipt.code(), "stored-" + UUID.randomUUID())).orElseThrow();
        assertThat(told.who()).isEqualTo("Ira at till 2");
        assertThat(told.what()).isEqualTo(story + "\nShe kept calm.");
        assertThat(jdbc.queryForObject("select contact_email from report where what = ?", String.class, told.what()))
                .isEqualTo("Witness@Example.com");

        assertThat(refusal(() -> runAs.anonymous(() -> reports.addReporterMessage(receipt.code(), "Hi \ud800",
                "stored-" + UUID.randomUUID())))).containsExactly(Map.entry("text", "text.unstorable"));
        assertThat(refusal(() -> runAs.anonymous(() -> reports.addReporterMessage(receipt.code(), ZWSP + NBSP,
                "stored-" + UUID.randomUUID())))).containsExactly(Map.entry("text", "reporting.message.required"));
        var after = runAs.anonymous(() -> reports.addReporterMessage(receipt.code(), "  Thanks!\r\n\r\n\r\n\r\nBye " + EM,
                "stored-" + UUID.randomUUID())).orElseThrow();
        assertThat(after.messages().getLast().text()).isEqualTo("Thanks!\n\nBye");
    }

    @Test
    void hrNotesRepliesAndReasonsAreStoredAsNormalised() {
        var receipt = runAs.anonymous(() -> reports.file(report("The guard", "Someone pushed the guard at the door.", ""),
                "stored-" + UUID.randomUUID()));
        var id = jdbc.queryForObject("select id from report where who = 'The guard' order by id desc limit 1", Long.class);
        runAs.user("olena", () -> {
            assertThat(refusal(() -> workflow.note(id, "bidi \u2066hidden\u2069")))
                    .containsExactly(Map.entry("text", "text.unstorable"));
            assertThat(refusal(() -> workflow.reply(id, NBSP.repeat(3)))).containsExactly(Map.entry("text", "review.reply.required"));
            var noted = workflow.note(id, "  Called the store.\t\r\n");
            assertThat(noted.trail().getLast()).matches(line -> line.action() == AuditAction.NOTE
                    && "Called the store.".equals(line.after()), "the note as normalised");
            workflow.reply(id, EM + "We are on it." + EM);
            var c = workflow.open(id).orElseThrow();
            assertThatThrownBy(() -> workflow.move(id, c.version(), CaseStatus.DISMISSED, ZWSP + NBSP))
                    .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("review.reason.required"));
        });
        var followUp = runAs.anonymous(() -> reports.lookup(receipt.code(), "stored-" + UUID.randomUUID())).orElseThrow();
        assertThat(followUp.messages().getLast().text()).isEqualTo("We are on it.");
    }

    @Test
    void recognitionVisionAndAssessmentJudgeTheNormalisedText() {
        runAs.user("anna", () -> {
            var bohdan = directory.pick("Bohdan Tkachenko", PageRequest.of(0, 1)).getFirst().id();
            var values = Set.of(visions.activeValues().getFirst().id());
            assertThat(refusal(() -> recognitions.give(new GiveRecognition(Set.of(bohdan), values,
                    "Thanks" + EM.repeat(40), Visibility.PRIVATE, true))))
                    .containsExactly(Map.entry("story", "recognition.give.story.length"));
            var story = "Bohdan found the sale in the till history and swapped the kettle on the spot. " + UUID.randomUUID();
            var card = recognitions.give(new GiveRecognition(Set.of(bohdan), values, NBSP + story + "\n\n\n" + EM,
                    Visibility.PRIVATE, true));
            assertThat(card.story()).isEqualTo(story);
        });
        runAs.user("olena", () -> {
            var vision = visions.current().orElseThrow();
            assertThat(refusal(() -> visions.publish(PublishVision.of(vision.version(), vision.statements(),
                    List.of(ValueDraft.of(null, "Shown", "Fine"), ValueDraft.of(null, "Fine", "\u0007"))))))
                    .containsOnly(Map.entry("values[1].wordings[0].description", "text.unstorable"));
            assertThatThrownBy(() -> visions.publish(PublishVision.of(vision.version(), vision.statements(),
                    List.of(ValueDraft.of(null, ZWSP + NBSP, "Shown")))))
                    .as("a name of invisible characters is no name").isInstanceOf(CultureException.class)
                    .hasMessage("vision.value.name.required");
        });
        runAs.user("max", () -> assertThat(refusal(() -> assessments.saveDraft(new SaveAssessment(
                assessments.currentPeriod(), assessments.current().version(), List.of(new Answer(4, "Fine"),
                new Answer(null, "nul\u0000"), Answer.empty()), "", null, ""))))
                .containsExactly(Map.entry("answers[1].reflection", "text.unstorable")));
    }

    @Test
    void theDirectoryAndAccountsStoreNamesAsNormalised() {
        var n = UUID.randomUUID().toString().substring(0, 8);
        runAs.user("admin", () -> {
            var department = directory.departments().getFirst().id();
            assertThat(refusal(() -> directory.save(new EmployeeForm(null, 0, NBSP.repeat(5), "Cashier",
                    "x@[127.0.0.1]", department, podil(), null))))
                    .containsOnly(Map.entry("fullName", "people.fullName.required"), Map.entry("email", "people.email.invalid"));
            var saved = directory.save(new EmployeeForm(null, 0, " Marta" + EM + "Lys ", "Barista" + ZWSP,
                    "Marta." + n + "@Test.Example ", department, podil(), null));
            assertThat(saved.fullName()).isEqualTo("Marta Lys");
            assertThat(saved.jobTitle()).isEqualTo("Barista");
            assertThat(saved.email()).isEqualTo("marta." + n + "@test.example");
            assertThat(directory.save(new DepartmentForm(null, 0, "\t Night" + NBSP + NBSP + "shift " + n)).name())
                    .isEqualTo("Night shift " + n);
            assertThat(refusal(() -> directory.save(new LocationForm(null, 0, "loc-" + n, "Kyiv\u202e", " " + NBSP))))
                    .containsExactly(Map.entry("name", "text.unstorable"));
            var account = accounts.open(new NewAccount(" Marta." + n + NBSP, "a long enough password",
                    Set.of(Role.EMPLOYEE), saved.id()));
            assertThat(account.username()).isEqualTo("marta." + n);
        });
    }
}
