package org.reciprocity.culture.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.reciprocity.culture.PublishVision;
import org.reciprocity.culture.ValueDraft;
import org.reciprocity.culture.VisionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
class VisionViewTest extends SpringBrowserlessTest {

    @Autowired
    VisionService visions;

    @Test
    @WithUserDetails("anna")
    void anEmployeeReadsTheVisionAndConfirmsIt() {
        navigate(VisionView.class);
        assertThat(find(Button.class).withText("Edit vision").exists()).as("only HR and admin edit").isFalse();
        test(find(Button.class).withText("I have read it").single()).click();
        assertThat(find(Span.class).withTextContaining("You confirmed version").exists()).isTrue();
        assertThat(visions.myAcknowledgement()).isPresent();
    }

    @Test
    @WithUserDetails("admin")
    void anAdminWithoutAnEmployeeRecordIsNotAskedToConfirm() {
        navigate(VisionView.class);
        assertThat(find(Button.class).withText("I have read it").exists()).isFalse();
        assertThat(find(Button.class).withText("Edit vision").exists()).isTrue();
    }

    @Test
    @WithUserDetails("olena")
    void hrEditsTheVisionAndPublishesANewVersion() {
        var original = visions.current().orElseThrow();
        var before = original.version();
        navigate(VisionView.class);
        test(find(Button.class).withText("Edit vision").single()).click();
        var editor = (VisionEditorView) getCurrentView();
        test(editor.statement).setValue("We serve so that people come back because they want to.");
        test(editor.addValue).click();
        var added = editor.rows.getLast();
        test(added.name).setValue("Own it " + System.nanoTime());
        test(added.description).setValue("We finish what we start for the customer.");
        test(editor.publish).click();
        var confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.isOpened()).isTrue();
        editor.doPublish();

        assertThat(getCurrentView()).isInstanceOf(VisionView.class);
        var now = visions.current().orElseThrow();
        assertThat(now.version()).isEqualTo(before + 1);
        assertThat(now.statement()).isEqualTo("We serve so that people come back because they want to.");
        assertThat(now.values().getLast().description()).isEqualTo("We finish what we start for the customer.");

        // the context is shared: put the demo vision back for the other tests
        visions.publish(new PublishVision(now.version(), original.statement(), original.values().stream()
                .map(v -> new ValueDraft(v.id(), v.name(), v.description())).toList()));
    }

    @Test
    @WithUserDetails("olena")
    void anEmptyValueIsMarkedNextToItsFieldAndNothingIsPublished() {
        var before = visions.current().orElseThrow().version();
        var editor = navigate(VisionEditorView.class);
        test(editor.addValue).click();
        test(editor.publish).click();
        assertThat(editor.rows.getLast().name.isInvalid()).isTrue();
        assertThat(editor.rows.getLast().name.getErrorMessage()).isEqualTo("Name the value.");
        assertThat(find(ConfirmDialog.class).exists()).isFalse();
        assertThat(visions.current().orElseThrow().version()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("olena")
    void aValueTheServiceRefusesIsMarkedNextToItsOwnField() {
        var before = visions.current().orElseThrow().version();
        var editor = navigate(VisionEditorView.class);
        test(editor.addValue).click();
        var added = editor.rows.getLast();
        test(added.name).setValue("\u00a0\u200b"); // looks like something, is nothing
        test(added.description).setValue("We never \u202eesu\u202c hidden text.");
        test(editor.publish).click();
        assertThat(added.name.getErrorMessage()).isEqualTo("Name the value.");

        test(added.name).setValue("Plain speaking");
        test(editor.publish).click();
        editor.doPublish();
        assertThat(added.description.isInvalid()).isTrue();
        assertThat(added.description.getErrorMessage()).startsWith("Contains characters that cannot be saved");
        assertThat(editor.rows.getFirst().description.isInvalid()).as("the other values are fine").isFalse();
        assertThat(visions.current().orElseThrow().version()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("olena")
    void hrSeesWhoHasNotReadTheVisionYet() {
        var view = navigate(PendingAcknowledgementsView.class);
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withTextContaining("people have confirmed version")
                .exists()).isTrue();
        assertThat(view).isNotNull();
    }
}
