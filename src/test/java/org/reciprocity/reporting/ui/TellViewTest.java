package org.reciprocity.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.reporting.ReportService;
import org.reciprocity.shared.ui.BrowserCalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
class TellViewTest extends SpringBrowserlessTest {

    static final String CODE_PATTERN = "[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}";

    @Autowired
    ReportService reports;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private void fillIn(TellView view, ReportKind kind, String what) {
        view.kind.setValue(kind);
        test(view.location).selectItem("Kyiv — Podil store");
        test(view.who).setValue("The barista with the green scarf");
        test(view.what).setValue(what);
    }

    private String receiptCode() {
        return find(Span.class).withId("receipt-code").single().getText();
    }

    @Test
    @WithAnonymousUser
    void aVisitorFilesPraiseGetsACodeOnceAndFindsTheReportWithIt() {
        var view = navigate(TellView.class);
        assertThat(view.named.isVisible()).as("only a signed-in employee can file under a name").isFalse();
        var what = "<b>She</b> <script>alert('hi')</script> remembered my order " + UUID.randomUUID();
        fillIn(view, ReportKind.PRAISE, what);
        assertThat(view.publicConsent.isVisible()).as("praise may go on the board").isTrue();
        test(view.publicConsent).click();
        test(view.send).click();

        assertThat(receiptCode()).matches(CODE_PATTERN);
        var code = receiptCode();
        assertThat(find(Paragraph.class).withText("We acknowledge your report within 2 days.").exists()).isTrue();
        assertThat(find(Paragraph.class).withText("We answer within 30 days.").exists()).isTrue();
        assertThat(find(Paragraph.class).withTextContaining("shown only once").exists()).isTrue();
        assertThat(view.who.getValue()).as("the form is emptied for the next story").isEmpty();

        test(find(Button.class).withText("Check a report").single()).click();
        var status = (ReportStatusView) getCurrentView();
        test(status.codeField).setValue(code.toLowerCase());
        test(status.show).click();
        assertThat(status.panel).isNotNull();
        assertThat(find(Paragraph.class).withText(what).exists()).as("HTML appears as typed, as text").isTrue();
        assertThat(find(Span.class).withText("Received").exists()).isTrue();
    }

    @Test
    @WithAnonymousUser
    void aSecondStoryFromTheSamePlaceIsFiledOnceWithItsOwnCode() {
        var view = navigate(TellView.class);
        fillIn(view, ReportKind.PRAISE, "First story: quick and friendly help " + UUID.randomUUID());
        test(view.send).click();
        var first = receiptCode();
        test(find(Button.class).withText("Tell us something else").single()).click();
        assertThat(view.location.getValue()).as("the place stays").isNotNull();
        assertThat(view.kind.getValue()).isNull();
        fillIn(view, ReportKind.PRAISE, "Second story: the same cashier again " + UUID.randomUUID());
        var before = countFiled();
        test(view.send).click();
        assertThat(countFiled()).as("one click, one report").isEqualTo(before + 1);
        assertThat(receiptCode()).isNotEqualTo(first);
    }

    private long countFiled() {
        return jdbc.queryForObject("select count(*) from report", Long.class);
    }

    @Test
    @WithAnonymousUser
    void mistakesAreShownNextToTheirFieldsAndNothingIsFiled() {
        var view = navigate(TellView.class);
        test(view.what).setValue("Too short");
        test(view.send).click();

        assertThat(view.kind.isInvalid()).isTrue();
        assertThat(view.kind.getErrorMessage()).isEqualTo("Choose what you want to tell us.");
        assertThat(view.location.getErrorMessage()).isEqualTo("Choose where it happened.");
        assertThat(view.who.getErrorMessage()).isEqualTo("Tell us who it was: a name, a badge or a description.");
        assertThat(view.what.getErrorMessage()).isEqualTo("Use 20 to 4,000 characters.");
        assertThat(find(Span.class).withId("receipt-code").exists()).isFalse();

        fillIn(view, ReportKind.CUSTOMER_MISTREATED, "The guard pushed me out of the queue without a word.");
        test(view.email).setValue("me@example.com");
        test(view.send).click();
        assertThat(view.contactConsent.isInvalid()).isTrue();
        assertThat(view.contactConsent.getErrorMessage()).startsWith("Tick this box");
        assertThat(view.kind.isInvalid()).as("fixed fields are no longer marked").isFalse();
        assertThat(find(Span.class).withId("receipt-code").exists()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void textThatCannotBeStoredOrOnlyLooksLongEnoughIsRefusedNextToItsField() {
        var view = navigate(TellView.class);
        fillIn(view, ReportKind.PRAISE, "a" + "\u2003".repeat(30));
        test(view.who).setValue("Andrii\u0000");
        test(view.email).setValue("me@[127.0.0.1]");
        assertThat(view.what.getHelperText()).as("what counts is what a reader sees").endsWith("Now: 1.");
        test(view.send).click();

        assertThat(view.who.getErrorMessage()).isEqualTo(
                "Contains characters that cannot be saved (invisible control or text-direction characters). "
                        + "Please type it again.");
        assertThat(view.what.getErrorMessage()).isEqualTo("Use 20 to 4,000 characters.");
        assertThat(view.email.getErrorMessage()).isEqualTo("Enter a valid e-mail address, such as name@example.com.");
        assertThat(find(Span.class).withId("receipt-code").exists()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void theQrCodeOfALocationPreselectsIt() {
        UI.getCurrent().navigate(TellView.class, QueryParameters.of("location", "lviv-rynok"));
        var view = (TellView) getCurrentView();
        assertThat(view.location.getValue()).isNotNull();
        assertThat(view.location.getValue().name()).isEqualTo("Lviv — Rynok Square store");
        assertThat(view.location.getListDataView().getItems()).as("one of the list's items").contains(view.location.getValue());
        navigate(ReportStatusView.class);
        UI.getCurrent().navigate(TellView.class, QueryParameters.of("location", "nowhere"));
        assertThat(((TellView) getCurrentView()).location.getValue()).isNull();
    }

    @Test
    @WithAnonymousUser
    void theHoneypotIsHiddenFromPeopleAndAssistiveTechnology() {
        var view = navigate(TellView.class);
        assertThat(view.trap.getLabel()).isEqualTo("Leave this field empty");
        assertThat(view.trap.getTabIndex()).isEqualTo(-1);
        assertThat(view.trap.getElement().getAttribute("autocomplete")).isEqualTo("off");
        var holder = view.trap.getParent().orElseThrow();
        assertThat(holder.getElement().getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(holder.getElement().getAttribute("class")).isEqualTo("reporting-trap");
    }

    @Test
    @WithUserDetails("anna")
    void anEmployeeFilesUnderTheirNameAndFollowsItUnderMyReports() {
        var before = reports.countMine();
        var view = navigate(TellView.class);
        assertThat(view.named.isVisible()).isTrue();
        assertThat(view.named.getValue()).as("anonymous unless they choose").isFalse();
        fillIn(view, ReportKind.STAFF_MISTREATED, "A customer shouted at me at the till " + UUID.randomUUID());
        view.named.setValue(true);
        test(view.send).click();
        assertThat(receiptCode()).matches(CODE_PATTERN);
        assertThat(find(Anchor.class).withText("You can also follow it under \"My reports\".").exists()).isTrue();
        assertThat(reports.countMine()).isEqualTo(before + 1);

        var mine = navigate(MyReportsView.class);
        var rows = test(mine.grid);
        assertThat(rows.size()).isEqualTo((int) before + 1);
        var newest = reports.mine(PageRequest.of(0, 1)).getFirst();
        mine.open(newest);
        assertThat(mine.panel).isNotNull();
        test(mine.panel.message).setValue("It happened again today.");
        test(mine.panel.sendButton).click();
        assertThat(reports.myReport(newest.id()).orElseThrow().messages()).hasSize(1);
    }

    @Test
    @WithUserDetails("anna")
    void aSignedInEmployeeFindsTellUsAndMyReportsInTheNavigation() {
        navigate(MyReportsView.class);
        assertThat(find(SideNavItem.class).withCondition(i -> "Tell us".equals(i.getLabel())).exists()).isTrue();
        assertThat(find(SideNavItem.class).withCondition(i -> "My reports".equals(i.getLabel())).exists()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void anAccountWithoutAnEmployeeRecordHasNoNamedReports() {
        navigate(MyReportsView.class);
        assertThat(find(Span.class).withText("Only employees send reports under their name.").exists()).isTrue();
        var view = navigate(TellView.class);
        assertThat(view.named.isVisible()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void aMistakeTakesTheFocusToTheFirstFieldToFixEvenTheKindAtTheTop() {
        var view = navigate(TellView.class);
        test(view.who).setValue("The guard at the door");
        BrowserCalls.sinceLastLook();
        test(view.send).click();
        var calls = BrowserCalls.sinceLastLook();
        assertThat(calls.focused()).as("one move, to the first marked field").hasSize(1);
        assertThat(calls.focusedOn(view.kind)).isTrue();
        assertThat(view.kind.getErrorMessage()).as("the message stays next to it").isEqualTo("Choose what you want to tell us.");

        view.kind.setValue(ReportKind.PRAISE);
        test(view.send).click();
        assertThat(BrowserCalls.sinceLastLook().focusedOn(view.location)).as("then the next one down").isTrue();
    }

    @Test
    @WithAnonymousUser
    void theReceiptTakesTheFocusIsAnnouncedAndTravelsToTheStatusPageOutsideTheAddress() {
        var view = navigate(TellView.class);
        fillIn(view, ReportKind.PRAISE, "She found my lost glove and ran after me " + UUID.randomUUID());
        BrowserCalls.sinceLastLook();
        test(view.send).click();
        var calls = BrowserCalls.sinceLastLook();
        var code = find(Span.class).withId("receipt-code").single();
        assertThat(calls.focusedOn(code)).as("focus on the code").isTrue();
        assertThat(calls.announced()).hasValueSatisfying(said -> assertThat(said)
                .startsWith("Your report is sent.").contains(code.getText()));
        assertThat(calls.forgotDraft()).as("sent, so the tab forgets the draft").isTrue();

        test(find(Button.class).withText("Check a report").single()).click();
        var status = (ReportStatusView) getCurrentView();
        assertThat(status.codeField.getValue()).isEqualTo(code.getText());
        assertThat(status.panel).as("looked up at once").isNotNull();
        assertThat(find(Span.class).withText("Received").exists()).isTrue();
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .as("the code is not in the address").isEqualTo("tell/status");

        navigate(TellView.class);
        assertThat(navigate(ReportStatusView.class).codeField.getValue()).as("carried once").isEmpty();
    }

    @Test
    @WithAnonymousUser
    void whatWasTypedComesBackFromTheTabWithANoteAndCanBeDiscarded() {
        var view = navigate(TellView.class);
        var lviv = view.location.getListDataView().getItems()
                .filter(l -> l.name().equals("Lviv — Rynok Square store")).findFirst().orElseThrow();
        var when = view.occurredAt.getValue();
        BrowserCalls.sinceLastLook().answerDraft(view.form, java.util.Map.of("kind", "PRAISE",
                "location", Long.toString(lviv.id()), "who", "The baker", "what", "Half of what I wanted to say",
                "publicConsent", "true", "trap", "robot was here", "occurredAt", "not a date"));

        assertThat(view.kind.getValue()).isEqualTo(ReportKind.PRAISE);
        assertThat(view.location.getValue()).isEqualTo(lviv);
        assertThat(view.who.getValue()).isEqualTo("The baker");
        assertThat(view.what.getValue()).isEqualTo("Half of what I wanted to say");
        assertThat(view.what.getHelperText()).as("the count follows").endsWith("Now: 28.");
        assertThat(view.publicConsent.isVisible() && view.publicConsent.getValue()).isTrue();
        assertThat(view.trap.getValue()).as("never the honeypot").isEmpty();
        assertThat(view.occurredAt.getValue()).as("what cannot be read is left as it was").isEqualTo(when);
        var note = find(Div.class).withClassName("draft-note");
        assertThat(find(Span.class, note.single()).withText("We restored what you had typed.").exists()).isTrue();
        assertThat(BrowserCalls.sinceLastLook().announced()).contains("We restored what you had typed.");

        test(find(Button.class).withText("Discard").single()).click();
        assertThat(view.kind.getValue()).isNull();
        assertThat(view.who.getValue()).isEmpty();
        assertThat(view.location.getValue()).isNull();
        assertThat(note.exists()).isFalse();
        var calls = BrowserCalls.sinceLastLook();
        assertThat(calls.forgotDraft()).isTrue();
        assertThat(calls.focusedOn(view.kind)).as("back at the start of the form").isTrue();
    }
}
