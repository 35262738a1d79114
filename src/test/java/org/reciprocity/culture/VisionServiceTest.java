package org.reciprocity.culture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reciprocity.shared.Languages.ENGLISH;
import static org.reciprocity.shared.Languages.RUSSIAN;
import static org.reciprocity.shared.Languages.UKRAINIAN;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reciprocity.MutableClock;
import org.reciprocity.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
class VisionServiceTest {

    @Autowired
    VisionService visions;

    @Autowired
    MutableClock clock;

    @Autowired
    RunAs runAs;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Vision republish(Vision from, Map<Locale, String> statements) {
        return runAs.user("olena", () -> visions.publish(PublishVision.of(from.version(), statements,
                from.values().stream().map(ServiceValue::draft).toList())));
    }

    private static Map<Locale, String> with(Map<Locale, String> statements, Locale language, String text) {
        var changed = new HashMap<>(statements);
        changed.put(language, text);
        return changed;
    }

    @Test
    @WithUserDetails("anna")
    void everyEmployeeReadsTheDemoVisionAndItsFiveValues() {
        var vision = visions.current().orElseThrow();
        assertThat(vision.statement(ENGLISH).text()).startsWith("We exist so that every customer");
        assertThat(vision.values()).extracting(v -> v.name(ENGLISH)).containsExactly("Honest and transparent",
                "Solve it in one step", "Go the extra mile", "Keep calm and dignified", "Follow up and talk");
    }

    @Test
    @WithUserDetails("anna")
    void theDemoVisionAndValuesAreWrittenInAllThreeLanguages() {
        var vision = visions.current().orElseThrow();
        var ukrainian = vision.statement(UKRAINIAN);
        assertThat(ukrainian.fallback()).isFalse();
        assertThat(ukrainian.text()).startsWith("Ми існуємо");
        assertThat(vision.statement(RUSSIAN).text()).startsWith("Мы существуем");
        assertThat(vision.values()).extracting(v -> v.name(UKRAINIAN)).containsExactly("Чесно й прозоро",
                "Розв'язати з першого кроку", "Зробити більше, ніж просили", "Спокій і гідність",
                "Повернутися й поговорити");
        assertThat(vision.values()).extracting(v -> v.in(RUSSIAN).text().description())
                .allSatisfy(d -> assertThat(d).isNotBlank().doesNotContainPattern("[A-Za-z]"));
        assertThat(vision.values()).allSatisfy(v -> assertThat(v.in(RUSSIAN).fallback()).isFalse());
    }

    @Test
    @WithUserDetails("olena")
    void aValueNotYetTranslatedIsShownInEnglishAndSaysSo() {
        var vision = visions.current().orElseThrow();
        var drafts = new ArrayList<>(vision.values().stream().map(ServiceValue::draft).toList());
        var name = "Untranslated " + System.nanoTime();
        drafts.add(ValueDraft.of(null, name, "Written in English only."));
        var next = visions.publish(PublishVision.of(vision.version(), vision.statements(), drafts));
        try {
            var added = next.values().getLast().in(UKRAINIAN);
            assertThat(added.text().name()).isEqualTo(name);
            assertThat(added.fallback()).isTrue();
            assertThat(added.language()).isEqualTo(ENGLISH);
            assertThat(next.values().getFirst().in(UKRAINIAN).fallback()).as("the translated ones are not marked")
                    .isFalse();
            assertThat(next.values().getLast().in(Locale.GERMAN).fallback())
                    .as("a language the portal does not speak reads the English UI, unmarked").isFalse();
        } finally {
            visions.publish(next.republish().withValues(vision.values().stream().map(ServiceValue::draft).toList()));
        }
    }

    @Test
    @WithUserDetails("olena")
    void theDefaultLanguageIsRequiredAndATranslationHasBothNameAndDescription() {
        var vision = visions.current().orElseThrow();
        var noEnglish = PublishVision.of(vision.version(), Map.of(UKRAINIAN, "Лише українською"),
                vision.values().stream().map(ServiceValue::draft).toList());
        assertThatThrownBy(() -> visions.publish(noEnglish)).isInstanceOf(CultureException.class)
                .hasMessage("vision.statement.required")
                .satisfies(e -> assertThat(((CultureException) e).field()).isEqualTo("statements[0].text"));

        var halfTranslated = ValueDraft.of(null, Map.of(ENGLISH, new ValueText("Care", "We care."),
                UKRAINIAN, new ValueText("Турбота", " ")));
        var command = PublishVision.of(vision.version(), vision.statements(), List.of(halfTranslated));
        assertThatThrownBy(() -> visions.publish(command)).isInstanceOf(CultureException.class)
                .hasMessage("vision.value.description.required")
                .satisfies(e -> assertThat(((CultureException) e).field())
                        .isEqualTo("values[0].wordings[1].description"));

        var onlyUkrainian = ValueDraft.of(null, Map.of(UKRAINIAN, new ValueText("Турбота", "Ми дбаємо.")));
        assertThatThrownBy(() -> visions.publish(PublishVision.of(vision.version(), vision.statements(),
                List.of(onlyUkrainian)))).isInstanceOf(CultureException.class)
                .satisfies(e -> assertThat(((CultureException) e).field()).isEqualTo("values[0].wordings[0].name"));
        assertThat(visions.current().orElseThrow().version()).isEqualTo(vision.version());
    }

    @Test
    @WithUserDetails("max")
    void anEmployeeAcknowledgesOnceAndIsAskedAgainWhenTheVisionChanges() {
        var vision = visions.current().orElseThrow();
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        var first = visions.acknowledge(vision.version());
        assertThat(visions.myAcknowledgement()).contains(first);

        clock.set(Instant.parse("2026-03-03T09:00:00Z"));
        assertThat(visions.acknowledge(vision.version())).as("acknowledging twice keeps the first").isEqualTo(first);

        var ukrainian = vision.statements().get(UKRAINIAN);
        var next = republish(vision, with(vision.statements(), UKRAINIAN, ukrainian + "\nІ ми тримаємо слово."));
        assertThat(next.version()).isEqualTo(vision.version() + 1);
        assertThat(next.statement(ENGLISH).text()).isEqualTo(vision.statement(ENGLISH).text());
        assertThat(visions.myAcknowledgement()).as("a new version, if only in one language, asks again").isEmpty();
        assertThatThrownBy(() -> visions.acknowledge(vision.version()))
                .as("nobody acknowledges a text they have not seen")
                .isInstanceOf(OptimisticLockingFailureException.class);
        visions.acknowledge(next.version());
        assertThat(visions.myAcknowledgement()).isPresent();
        republish(next, vision.statements());
    }

    @Test
    @WithUserDetails("anna")
    void anEmployeeCannotPublishOrSeeWhoHasNotRead() {
        var vision = visions.current().orElseThrow();
        assertThatThrownBy(() -> visions.publish(PublishVision.of(vision.version(), "Ours", List.of(
                ValueDraft.of(null, "Mine", "Only mine"))))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> visions.progress()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("olena")
    void aSecondEditorWorkingFromAnOldVersionIsRefused() {
        var vision = visions.current().orElseThrow();
        republish(vision, vision.statements());
        var stale = PublishVision.of(vision.version(), "Overwrites the other edit", List.of(
                ValueDraft.of(null, "Anything", "Anything at all")));
        assertThatThrownBy(() -> visions.publish(stale)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    @WithUserDetails("olena")
    void twoValuesCannotShareAName() {
        var vision = visions.current().orElseThrow();
        var command = PublishVision.of(vision.version(), "Why", List.of(ValueDraft.of(null, "Care", "One"),
                ValueDraft.of(null, " care ", "Two")));
        assertThatThrownBy(() -> visions.publish(command)).isInstanceOf(CultureException.class)
                .hasMessage("vision.value.name.duplicate");
        var sameInUkrainian = PublishVision.of(vision.version(), "Why", List.of(
                ValueDraft.of(null, Map.of(ENGLISH, new ValueText("Care", "One"), UKRAINIAN, new ValueText("Турбота", "Одне"))),
                ValueDraft.of(null, Map.of(ENGLISH, new ValueText("Kindness", "Two"), UKRAINIAN, new ValueText("ТУРБОТА", "Два")))));
        assertThatThrownBy(() -> visions.publish(sameInUkrainian)).isInstanceOf(CultureException.class)
                .hasMessage("vision.value.name.duplicate")
                .satisfies(e -> assertThat(((CultureException) e).field()).isEqualTo("values[1].wordings[1].name"));
    }

    @Test
    @WithUserDetails("olena")
    void aRemovedValueIsRetiredButStillReadableForPastRecognitions() {
        var vision = visions.current().orElseThrow();
        var drafts = new ArrayList<>(vision.values().stream().map(ServiceValue::draft).toList());
        var removed = vision.values().getLast();
        drafts.removeLast();
        drafts.add(ValueDraft.of(null, "Retire-test value " + System.nanoTime(), "Temporary"));
        var next = visions.publish(PublishVision.of(vision.version(), vision.statements(), drafts));
        assertThat(next.values()).extracting(ServiceValue::id).doesNotContain(removed.id());
        assertThat(visions.values(List.of(removed.id()))).extracting(v -> v.name(UKRAINIAN))
                .as("with its translations").containsExactly(removed.name(UKRAINIAN));

        // restore the demo values for the other tests
        visions.publish(next.republish().withValues(vision.values().stream().map(ServiceValue::draft).toList()));
    }

    @Test
    @WithUserDetails("olena")
    void hrSeesWhoHasNotReadTheCurrentVersion() {
        var progress = visions.progress();
        assertThat(progress.employees()).isGreaterThanOrEqualTo(40);
        assertThat(visions.countNotAcknowledged()).isEqualTo(progress.pending());
        assertThat(visions.notAcknowledged(org.springframework.data.domain.PageRequest.of(0, 500)))
                .hasSize((int) progress.pending());
    }
}
