package org.reciprocity.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeRef;
import org.reciprocity.reporting.FileReport;
import org.reciprocity.reporting.ReportFiled;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.reporting.ReportService;
import org.reciprocity.reporting.ReportStatus;
import org.reciprocity.review.CaseStatus;
import org.reciprocity.shared.CompanySettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** HR publishes a customer's praise as HR would: told what is missing, shown the card, asked; and takes it back. */
@SpringBootTest
@RecordApplicationEvents
class PublishingViewsTest extends SpringBrowserlessTest {

    @Autowired
    ReportService reports;
    @Autowired
    Directory directory;
    @Autowired
    CompanySettings company;
    @Autowired
    ApplicationEvents events;

    record Filed(long id, String code, String what) {
    }

    Filed praise(boolean publicConsent) {
        var what = "She found the last size on the shelf in the back for me " + UUID.randomUUID();
        var podil = directory.locationByCode("kyiv-podil").orElseThrow().id();
        var occurred = LocalDateTime.now(company.timeZone()).minusHours(2).withNano(0);
        var receipt = reports.file(new FileReport(ReportKind.PRAISE, podil, occurred, "The consultant in green", what,
                null, false, publicConsent, false, null), "publishing-view-" + UUID.randomUUID());
        return new Filed(events.stream(ReportFiled.class).toList().getLast().reportId(), receipt.code(), what);
    }

    ReviewCaseView openCase(long id) {
        return navigate("review/" + id, ReviewCaseView.class);
    }

    Button button(String text) {
        return find(Button.class).withText(text).single();
    }

    void linkAnna(ReviewCaseView view) {
        var anna = directory.pick("Anna Kovalenko", PageRequest.of(0, 1)).getFirst();
        view.people.linkPicker.setValue(new EmployeeRef(anna.id(), anna.fullName(), anna.jobTitle()));
    }

    /** In review, Anna linked: ready to publish. */
    ReviewCaseView ready(Filed filed) {
        var view = openCase(filed.id());
        test(button("Acknowledge")).click();
        test(button("Start review")).click();
        linkAnna(view);
        return view;
    }

    @Test
    @WithUserDetails("olena")
    void theCaseSaysWhatIsStillNeededToPublishUntilItCanBe() {
        var view = openCase(praise(true).id());
        assertThat(view.publishing.isVisible()).isTrue();
        assertThat(view.publishing.text()).isEqualTo("To publish this praise on the board: acknowledge the report"
                + " start the review link the employee it is about, under “Staff it concerns”");

        test(button("Acknowledge")).click();
        assertThat(view.publishing.text()).isEqualTo("To publish this praise on the board: start the review"
                + " link the employee it is about, under “Staff it concerns”");
        linkAnna(view);
        assertThat(view.publishing.text()).isEqualTo("To publish this praise on the board: start the review");
        assertThat(find(Button.class).withText("Publish on the board").exists()).isFalse();

        test(button("Start review")).click();
        assertThat(view.publishing.isVisible()).as("nothing missing any more").isFalse();
        assertThat(find(Button.class).withText("Publish on the board").exists()).isTrue();
    }

    @Test
    @WithUserDetails("olena")
    void praiseTheCustomerKeptOffTheBoardSaysSoAndOffersOnlyForwarding() {
        var view = openCase(praise(false).id());
        assertThat(view.publishing.text()).startsWith("The customer did not allow showing this praise on the board.");
        test(button("Acknowledge")).click();
        test(button("Start review")).click();
        linkAnna(view);
        assertThat(view.publishing.isVisible()).isTrue();
        assertThat(view.actions.moves).extracting(Button::getText).contains("Forward to the staff member")
                .doesNotContain("Publish on the board");
    }

    @Test
    @WithUserDetails("olena")
    void publishingShowsTheBoardCardAndAsksFirst() {
        var filed = praise(true);
        var view = ready(filed);

        test(button("Publish on the board")).click();
        roundTrip();
        assertThat(view.actions.publishDialog.isOpened()).isTrue();
        assertThat(view.details.status()).as("nothing published yet").isEqualTo(CaseStatus.IN_REVIEW);
        var card = find(BoardCardPreview.class).single();
        assertThat(card.getElement().getTextRecursively()).contains("A customer recognised Anna Kovalenko")
                .contains(filed.what()).contains("Customer");
        assertThat(card.hasClassName("recognition-card")).as("in the board card's look").isTrue();

        test(view.actions.publishDialog).cancel();
        assertThat(view.details.status()).isEqualTo(CaseStatus.IN_REVIEW);

        test(button("Publish on the board")).click();
        roundTrip(); // the browser's answer attaches the opened dialog
        test(view.actions.publishDialog).confirm();
        assertThat(view.details.status()).isEqualTo(CaseStatus.PUBLISHED);
        assertThat(view.actions.moves).extracting(Button::getText).containsExactly("Take off the board…");
    }

    @Test
    @WithUserDetails("olena")
    void takingPraiseOffTheBoardAsksWhyAndTheReporterSeesIt() {
        var filed = praise(true);
        var view = ready(filed);
        test(button("Publish on the board")).click();
        roundTrip(); // the browser's answer attaches the opened dialog
        test(view.actions.publishDialog).confirm();

        test(button("Take off the board…")).click();
        roundTrip();
        assertThat(view.actions.unpublishDialog.isOpened()).isTrue();
        test(view.actions.unpublishDialog.confirm).click();
        assertThat(view.actions.unpublishReason.isInvalid()).isTrue();
        assertThat(view.actions.unpublishReason.getErrorMessage()).isEqualTo("Say why it comes off the board.");
        assertThat(view.details.status()).isEqualTo(CaseStatus.PUBLISHED);

        test(view.actions.unpublishReason).setValue("Anna asked us not to show it.");
        test(view.actions.unpublishDialog.confirm).click();
        assertThat(view.details.status()).isEqualTo(CaseStatus.UNPUBLISHED);
        assertThat(view.actions.unpublishDialog.isOpened()).isFalse();
        assertThat(view.actions.moves).isEmpty();
        assertThat(view.getElement().getTextRecursively()).contains("Taken off the board");

        var seen = reports.lookup(filed.code(), "publishing-view-" + UUID.randomUUID()).orElseThrow();
        assertThat(seen.status()).isEqualTo(ReportStatus.UNPUBLISHED);
        assertThat(view.getTranslation(seen.status().translationKey())).isEqualTo("Taken off the board");
    }
}
