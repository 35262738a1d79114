package org.reciprocity.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reciprocity.RunAs;
import org.reciprocity.people.Directory;
import org.reciprocity.reporting.FileReport;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.reporting.InboxStep;
import org.reciprocity.reporting.ReportInbox;
import org.reciprocity.reporting.ReportService;
import org.reciprocity.reporting.ReportStatus;
import org.reciprocity.shared.CompanySettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;

@SpringBootTest
class ReportStatusViewTest extends SpringBrowserlessTest {

    @Autowired
    ReportService reports;
    @Autowired
    Directory directory;
    @Autowired
    CompanySettings company;
    @Autowired
    ReportInbox inbox;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    private String fileAnonymously(String what) {
        var location = directory.locationByCode("odesa-arcadia").orElseThrow().id();
        return reports.file(FileReport.anonymous(ReportKind.CUSTOMER_MISTREATED, location,
                LocalDateTime.now(company.timeZone()).minusDays(1), "The security guard", what),
                "status-view-test-" + UUID.randomUUID()).code();
    }

    private long idOf(String what) {
        return jdbc.queryForObject("select id from report where what = ?", Long.class, what);
    }

    @Test
    @WithAnonymousUser
    void aMistypedAndAnUnknownCodeGetTheSameAnswer() {
        var view = navigate(ReportStatusView.class);
        test(view.codeField).setValue("hello");
        test(view.show).click();
        var malformed = view.codeField.getErrorMessage();
        assertThat(view.codeField.isInvalid()).isTrue();

        test(view.codeField).setValue("AAAA-BBBB-CCCC-DDDD");
        test(view.show).click();
        assertThat(view.codeField.isInvalid()).isTrue();
        assertThat(view.codeField.getErrorMessage()).isEqualTo(malformed)
                .isEqualTo("No report matches this code. Check it for typos.");
        assertThat(view.panel).isNull();
    }

    @Test
    @WithAnonymousUser
    void showingTheSameReportAgainBringsItsNewsAndKeepsTheMessageBeingTyped() {
        var what = "The cashier shouted at my mother at till 4 " + UUID.randomUUID();
        var code = fileAnonymously(what);
        var view = navigate(ReportStatusView.class);
        test(view.codeField).setValue(code);
        test(view.show).click();
        var panel = view.panel;
        assertThat(panel).isNotNull();
        test(panel.message).setValue("She is still upset, please call");
        runAs.user("olena", () -> inbox.record(InboxStep.status(idOf(what), ReportStatus.ACKNOWLEDGED)));

        test(view.show).click();
        assertThat(view.panel).as("the same box, not one drawn anew").isSameAs(panel);
        assertThat(panel.message.getValue()).isEqualTo("She is still upset, please call");
        assertThat(find(com.vaadin.flow.component.html.Span.class).withText("Acknowledged").exists())
                .as("with the news").isTrue();
    }

    @Test
    @WithAnonymousUser
    void theReporterSeesEachStatusWithItsDateAndTheCompanysReplyAndAnswersBack() {
        var what = "He called me names when I asked for help " + UUID.randomUUID();
        var code = fileAnonymously(what);
        var id = idOf(what);
        runAs.user("olena", () -> {
            inbox.record(InboxStep.status(id, ReportStatus.ACKNOWLEDGED));
            inbox.record(InboxStep.reply(id, "We are sorry. <i>Could you tell us the time?</i>"));
        });

        var view = navigate(ReportStatusView.class);
        test(view.codeField).setValue(code.replace("-", " "));
        test(view.show).click();
        assertThat(view.panel).isNotNull();
        assertThat(find(Span.class).withText("Acknowledged").exists()).isTrue();
        assertThat(find(Span.class).withText("Received").exists()).as("the history").isTrue();
        assertThat(find(Span.class).withText("The company").exists()).isTrue();
        assertThat(find(Paragraph.class).withText("We are sorry. <i>Could you tell us the time?</i>").exists()).isTrue();

        test(view.panel.message).setValue("Around 3 pm, at the entrance.");
        test(view.panel.sendButton).click();
        assertThat(find(Span.class).withText("You").exists()).isTrue();
        assertThat(find(Paragraph.class).withText("Around 3 pm, at the entrance.").exists()).isTrue();
        assertThat(runAs.user("olena", () -> inbox.find(id).orElseThrow().messages())).hasSize(2);
    }

    @Test
    @WithAnonymousUser
    void anEmptyMessageIsRefusedNextToTheBox() {
        var code = fileAnonymously("Rude answer at the service desk " + UUID.randomUUID());
        var view = navigate(ReportStatusView.class);
        test(view.codeField).setValue(code);
        test(view.show).click();
        test(view.panel.sendButton).click();
        assertThat(view.panel.message.isInvalid()).isTrue();
        assertThat(view.panel.message.getErrorMessage()).isEqualTo("Write your message.");
    }
}
