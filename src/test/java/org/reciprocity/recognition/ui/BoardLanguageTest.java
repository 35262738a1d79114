package org.reciprocity.recognition.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reciprocity.shared.Languages.UKRAINIAN;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reciprocity.RunAs;
import org.reciprocity.culture.ServiceValue;
import org.reciprocity.culture.ValueDraft;
import org.reciprocity.culture.VisionService;
import org.reciprocity.people.Directory;
import org.reciprocity.recognition.GiveRecognition;
import org.reciprocity.recognition.RecognitionService;
import org.reciprocity.recognition.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Value names on the board speak the reader's language; one not yet translated says so. */
@SpringBootTest
class BoardLanguageTest extends SpringBrowserlessTest {

    @Autowired
    VisionService vision;
    @Autowired
    RecognitionService recognitions;
    @Autowired
    Directory directory;
    @Autowired
    RunAs runAs;

    @Test
    @WithUserDetails("max")
    void aUkrainianReaderSeesUkrainianValueNamesAndAnUntranslatedOneMarked() {
        var original = runAs.user("olena", () -> vision.current().orElseThrow());
        var drafts = new ArrayList<>(original.values().stream().map(ServiceValue::draft).toList());
        var untranslated = "Own it " + System.nanoTime();
        drafts.add(ValueDraft.of(null, untranslated, "We finish what we start for the customer."));
        var next = runAs.user("olena", () -> vision.publish(original.republish().withValues(drafts)));
        try {
            var honest = next.values().getFirst().id();
            var added = next.values().getLast().id();
            var bohdan = directory.pick("Bohdan Tkachenko", PageRequest.of(0, 1)).getFirst().id();
            var given = recognitions.give(new GiveRecognition(Set.of(bohdan), Set.of(honest, added),
                    "Bohdan told the customer plainly that the repair would take a week, and called when it was done.",
                    Visibility.PUBLIC, true));

            UI.getCurrent().setLocale(UKRAINIAN);
            navigate(ReceivedView.class); // the board is the start page, made before the language was set
            var board = navigate(BoardView.class);
            var top = board.feed.cards().stream().filter(c -> c.card.id() == given.id()).findFirst().orElseThrow();
            assertThat(find(Span.class, top).withText("Чесно й прозоро").exists()).as("the uk name").isTrue();
            assertThat(find(Span.class, top).withText("Honest and transparent").exists()).isFalse();
            var badge = find(Span.class, top).withCondition(s -> s.getElement().getText().equals(untranslated))
                    .single();
            assertThat(badge.getElement().getAttribute("lang")).isEqualTo("en");
            assertThat(badge.getElement().getTextRecursively()).contains("англійською")
                    .contains("Показано англійською — ще не перекладено");
            assertThat(board.value.getItemLabelGenerator().apply(next.values().getLast()))
                    .isEqualTo(untranslated + " (англійською)");
            assertThat(board.value.getItemLabelGenerator().apply(next.values().getFirst()))
                    .isEqualTo("Чесно й прозоро");
        } finally {
            runAs.user("olena", () -> vision.publish(original.republish()
                    .withBasedOn(vision.current().orElseThrow().version())));
        }
    }
}
