package org.reciprocity.culture.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reciprocity.shared.Languages.ENGLISH;
import static org.reciprocity.shared.Languages.RUSSIAN;
import static org.reciprocity.shared.Languages.UKRAINIAN;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.reciprocity.culture.ServiceValue;
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
        test(editor.statements.get(ENGLISH)).setValue("We serve so that people come back because they want to.");
        test(editor.addValue).click();
        var added = editor.rows.getLast();
        test(added.names.get(ENGLISH)).setValue("Own it " + System.nanoTime());
        test(added.descriptions.get(ENGLISH)).setValue("We finish what we start for the customer.");
        assertThat(editor.languages.tab(UKRAINIAN).getElement().getTextRecursively())
                .as("the new value is still owed in Ukrainian").contains("1 missing");
        test(editor.publish).click();
        var confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.isOpened()).isTrue();
        editor.doPublish();

        assertThat(getCurrentView()).isInstanceOf(VisionView.class);
        var now = visions.current().orElseThrow();
        assertThat(now.version()).isEqualTo(before + 1);
        assertThat(now.statement(ENGLISH).text()).isEqualTo("We serve so that people come back because they want to.");
        assertThat(now.statement(UKRAINIAN).text()).as("the other languages kept").startsWith("Ми існуємо");
        assertThat(now.values().getLast().in(ENGLISH).text().description())
                .isEqualTo("We finish what we start for the customer.");
        assertThat(now.values().getLast().in(UKRAINIAN).fallback()).isTrue();

        // the context is shared: put the demo vision back for the other tests
        visions.publish(original.republish().withValues(original.values().stream().map(ServiceValue::draft).toList())
                .withBasedOn(now.version()));
    }

    @Test
    @WithUserDetails("olena")
    void anEmptyValueIsMarkedNextToItsFieldAndNothingIsPublished() {
        var before = visions.current().orElseThrow().version();
        var editor = navigate(VisionEditorView.class);
        test(editor.addValue).click();
        test(editor.publish).click();
        assertThat(editor.rows.getLast().names.get(ENGLISH).isInvalid()).isTrue();
        assertThat(editor.rows.getLast().names.get(ENGLISH).getErrorMessage()).isEqualTo("Name the value.");
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
        test(added.names.get(ENGLISH)).setValue("\u00a0\u200b"); // looks like something, is nothing
        test(added.descriptions.get(ENGLISH)).setValue("We never \u202eesu\u202c hidden text.");
        test(editor.publish).click();
        assertThat(added.names.get(ENGLISH).getErrorMessage()).isEqualTo("Name the value.");

        test(added.names.get(ENGLISH)).setValue("Plain speaking");
        test(editor.publish).click();
        editor.doPublish();
        assertThat(added.descriptions.get(ENGLISH).isInvalid()).isTrue();
        assertThat(added.descriptions.get(ENGLISH).getErrorMessage())
                .startsWith("Contains characters that cannot be saved");
        assertThat(editor.rows.getFirst().descriptions.get(ENGLISH).isInvalid()).as("the other values are fine")
                .isFalse();
        assertThat(visions.current().orElseThrow().version()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("olena")
    void aHalfWrittenTranslationIsMarkedInItsOwnLanguageTab() {
        var before = visions.current().orElseThrow().version();
        var editor = navigate(VisionEditorView.class);
        assertThat(editor.languages.tab(UKRAINIAN).getElement().getTextRecursively()).contains("complete");
        test(editor.addValue).click();
        var added = editor.rows.getLast();
        test(added.names.get(ENGLISH)).setValue("Own it");
        test(added.descriptions.get(ENGLISH)).setValue("We finish what we start for the customer.");
        test(editor.languages).select(2);
        assertThat(added.names.get(RUSSIAN).isVisible()).as("one language at a time").isTrue();
        assertThat(added.names.get(ENGLISH).isVisible()).isFalse();
        test(editor.languages).select(1);
        test(added.names.get(UKRAINIAN)).setValue("Доводити до кінця");
        test(editor.languages).select(0);
        test(editor.publish).click();
        assertThat(find(ConfirmDialog.class).exists()).isFalse();
        assertThat(added.descriptions.get(UKRAINIAN).isInvalid()).isTrue();
        assertThat(added.descriptions.get(UKRAINIAN).getErrorMessage())
                .isEqualTo("Describe what this value looks like in daily work.");
        assertThat(editor.languages.selected()).as("the tab with the mark is opened").isEqualTo(UKRAINIAN);
        assertThat(added.descriptions.get(UKRAINIAN).isVisible()).isTrue();
        assertThat(added.names.get(RUSSIAN).isInvalid()).as("a language left out is fine").isFalse();
        assertThat(visions.current().orElseThrow().version()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("anna")
    void aUkrainianReaderReadsTheVisionInUkrainian() {
        UI.getCurrent().setLocale(UKRAINIAN);
        navigate(VisionView.class);
        assertThat(find(Paragraph.class).withTextContaining("Ми існуємо").exists()).isTrue();
        assertThat(find(H3.class).withText("Чесно й прозоро").exists()).isTrue();
        assertThat(find(Span.class).withText("Показано англійською — ще не перекладено").exists()).isFalse();
    }

    @Test
    @WithUserDetails("olena")
    void aValueNotYetTranslatedIsShownInEnglishMarkedForAUkrainianReader() {
        var original = visions.current().orElseThrow();
        var drafts = new ArrayList<>(original.values().stream().map(ServiceValue::draft).toList());
        drafts.add(ValueDraft.of(null, "Own it", "We finish what we start for the customer."));
        var next = visions.publish(original.republish().withValues(drafts));
        try {
            UI.getCurrent().setLocale(UKRAINIAN);
            navigate(VisionView.class);
            var name = find(H3.class).withText("Own it").single();
            var card = name.getParent().orElseThrow();
            assertThat(card.getElement().getAttribute("lang")).as("read with an English voice").isEqualTo("en");
            var note = find(Span.class, card).withText("Показано англійською — ще не перекладено").single();
            assertThat(note.getParent().orElseThrow().getElement().getAttribute("lang")).isEqualTo("uk");
            assertThat(find(Span.class).withText("Показано англійською — ще не перекладено").all())
                    .as("only the untranslated value is marked").hasSize(1);
        } finally {
            visions.publish(original.republish().withBasedOn(next.version()));
        }
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
