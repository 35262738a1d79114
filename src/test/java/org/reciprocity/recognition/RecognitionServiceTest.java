package org.reciprocity.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reciprocity.MutableClock;
import org.reciprocity.RunAs;
import org.reciprocity.culture.ServiceValue;
import org.reciprocity.culture.VisionService;
import org.reciprocity.people.Directory;
import org.reciprocity.shared.TeamEvidence;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
class RecognitionServiceTest {

    @Autowired
    RecognitionService recognitions;
    @Autowired
    Directory directory;
    @Autowired
    VisionService vision;
    @Autowired
    MutableClock clock;
    @Autowired
    RunAs runAs;
    @Autowired
    List<TeamEvidence> evidence;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String story(String what) {
        return what + " — and the customer left smiling, which is what we are here for. " + System.nanoTime();
    }

    long employee(String name) {
        return directory.pick(name, PageRequest.of(0, 1)).getFirst().id();
    }

    List<Long> someValues(int n) {
        return vision.activeValues().stream().limit(n).map(ServiceValue::id).toList();
    }

    GiveRecognition give(Set<Long> to, Visibility visibility, String story) {
        // other tests give many recognitions "today": the daily limit has a test of its own
        return new GiveRecognition(to, Set.copyOf(someValues(2)), story, visibility, true);
    }

    boolean onBoard(long id) {
        return recognitions.board(BoardFilter.ALL, null, 100).stream().anyMatch(c -> c.id() == id);
    }

    @Test
    @WithUserDetails("anna")
    void anEmployeeRecognisesAColleagueAndEveryoneSeesItOnTheBoard() {
        var bohdan = employee("Bohdan Tkachenko");
        var text = story("Bohdan stayed after closing to help a customer <b>find</b> a gift");
        var card = recognitions.give(give(Set.of(bohdan), Visibility.PUBLIC, text));

        assertThat(card.giver().name()).isEqualTo("Anna Kovalenko");
        assertThat(card.recipients()).extracting(RecognitionCard.Person::name).containsExactly("Bohdan Tkachenko");
        assertThat(card.values()).hasSize(2);
        assertThat(card.story()).as("text is kept as typed").isEqualTo(text);
        assertThat(card.source()).isEqualTo(Source.COLLEAGUE);
        assertThat(onBoard(card.id())).isTrue();
        assertThat(runAs.user("taras.hnatiuk", () -> recognitions.board(BoardFilter.ALL, null, 5)).getFirst().id())
                .as("newest first, for everyone").isEqualTo(card.id());
    }

    @Test
    @WithUserDetails("anna")
    void anEmployeeCannotRecogniseThemselves() {
        var anna = employee("Anna Kovalenko");
        assertThatThrownBy(() -> recognitions.give(give(Set.of(anna, employee("Bohdan")), Visibility.PUBLIC,
                story("I was great today")))).isInstanceOf(RecognitionException.class)
                .hasMessage("recognition.give.self");
    }

    @Test
    @WithUserDetails("anna")
    void aRecognitionNamesOneToThreeActiveValuesAndTellsAStoryOfAtLeastFortyCharacters() {
        var bohdan = employee("Bohdan Tkachenko");
        assertThatThrownBy(() -> recognitions.give(new GiveRecognition(Set.of(bohdan), Set.copyOf(someValues(4)),
                story("Too many values"), Visibility.PUBLIC, false))).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> recognitions.give(new GiveRecognition(Set.of(bohdan), Set.of(),
                story("No values"), Visibility.PUBLIC, false))).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> recognitions.give(new GiveRecognition(Set.of(bohdan), Set.copyOf(someValues(1)),
                "Thanks!", Visibility.PUBLIC, false))).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> recognitions.give(new GiveRecognition(Set.of(bohdan), Set.of(-1L),
                story("Unknown value"), Visibility.PUBLIC, false))).isInstanceOf(RecognitionException.class)
                .hasMessage("recognition.give.values.unknown");
    }

    @Test
    @WithUserDetails("anna")
    void aPrivateRecognitionIsSeenOnlyByTheGiverTheRecipientAndTheRecipientsManager() {
        var max = employee("Maksym Shevchenko");
        var card = recognitions.give(give(Set.of(max), Visibility.PRIVATE, story("Max covered my shift when my son was ill")));

        assertThat(onBoard(card.id())).as("never on the board").isFalse();
        assertThat(recognitions.find(card.id())).as("the giver").isPresent();
        assertThat(runAs.user("max", () -> recognitions.find(card.id()))).as("the recipient").isPresent();
        assertThat(runAs.user("iryna.melnyk", () -> recognitions.find(card.id()))).as("the recipient's manager").isPresent();
        assertThat(runAs.user("taras.hnatiuk", () -> recognitions.find(card.id()))).as("another manager").isEmpty();
        assertThat(runAs.user("olena", () -> recognitions.find(card.id()))).as("HR").isEmpty();
        assertThat(runAs.user("admin", () -> recognitions.find(card.id()))).as("admin").isEmpty();
        assertThat(runAs.user("olena", () -> recognitions.board(BoardFilter.ALL, null, 100))).extracting(RecognitionCard::id)
                .doesNotContain(card.id());
        assertThat(runAs.user("taras.hnatiuk", () -> recognitions.receivedBy(max, null, 100)))
                .extracting(RecognitionCard::id).doesNotContain(card.id());
        assertThat(runAs.user("max", () -> recognitions.receivedBy(max, null, 100))).extracting(RecognitionCard::id)
                .contains(card.id());
        assertThat(runAs.user("iryna.melnyk", () -> recognitions.receivedByMyTeam(null, 100))).extracting(RecognitionCard::id)
                .contains(card.id());
        assertThat(recognitions.givenByMe(null, 100)).extracting(RecognitionCard::id).contains(card.id());
        assertThatThrownBy(() -> runAs.user("taras.hnatiuk", () -> recognitions.applaud(card.id())))
                .as("nobody applauds what they may not see").isInstanceOf(RecognitionException.class);
    }

    @Test
    @WithUserDetails("yurii.savchenko")
    void overTheDailyLimitTheGiverIsAskedToConfirm() {
        clock.set(Instant.parse("2021-03-10T08:00:00Z"));
        var kateryna = employee("Kateryna Oliinyk");
        assertThat(recognitions.givenToday()).isZero();
        var values = Set.copyOf(someValues(1));
        for (var i = 0; i < recognitions.dailyLimit(); i++) {
            recognitions.give(new GiveRecognition(Set.of(kateryna), values, story("Kateryna helped again, number " + i),
                    Visibility.PUBLIC, false));
            clock.advance(Duration.ofMinutes(5));
        }
        var over = new GiveRecognition(Set.of(kateryna), values, story("One more for Kateryna"), Visibility.PUBLIC,
                false);
        assertThatThrownBy(() -> recognitions.give(over)).isInstanceOfSatisfying(DailyLimitReached.class, e -> {
            assertThat(e.limit()).isEqualTo(5);
            assertThat(e.givenToday()).isEqualTo(5);
        });
        assertThat(recognitions.givenToday()).as("nothing saved").isEqualTo(5);
        recognitions.give(over.confirmingOverLimit());
        assertThat(recognitions.givenToday()).isEqualTo(6);

        clock.advance(Duration.ofDays(1));
        assertThat(recognitions.givenToday()).as("a new day").isZero();
    }

    @Test
    @WithUserDetails("anna")
    void everyoneApplaudsOnceAndCanTakeItBack() {
        var card = recognitions.give(give(Set.of(employee("Serhii Marchenko")), Visibility.PUBLIC,
                story("Serhii made a latte art heart for a sad kid")));
        assertThat(recognitions.applaud(card.id())).isEqualTo(new ApplauseState(1, true));
        assertThat(recognitions.applaud(card.id())).as("once per person").isEqualTo(new ApplauseState(1, true));
        assertThat(runAs.user("max", () -> recognitions.applaud(card.id()))).isEqualTo(new ApplauseState(2, true));
        assertThat(recognitions.find(card.id()).orElseThrow().applaudedByMe()).isTrue();
        assertThat(runAs.user("olena", () -> recognitions.find(card.id()).orElseThrow().applaudedByMe())).isFalse();

        assertThat(recognitions.takeBackApplause(card.id())).isEqualTo(new ApplauseState(1, false));
        assertThat(recognitions.takeBackApplause(card.id())).isEqualTo(new ApplauseState(1, false));
        assertThat(recognitions.find(card.id()).orElseThrow().applause()).isEqualTo(1);
        assertThatThrownBy(() -> runAs.user("admin", () -> recognitions.applaud(card.id())))
                .as("an account without an employee record").isInstanceOf(RecognitionException.class);
    }

    @Test
    @WithUserDetails("anna")
    void theBoardFiltersByDepartmentLocationValueSourceAndPeriod() {
        var ostap = directory.find(employee("Ostap Vovk")).orElseThrow();
        var values = someValues(5);
        var card = recognitions.give(new GiveRecognition(Set.of(ostap.id()), Set.of(values.get(4)),
                story("Ostap found a lost passport and called the owner"), Visibility.PUBLIC, true));

        assertThat(ids(new BoardFilter(ostap.department().id(), null, null, null, null))).contains(card.id());
        assertThat(ids(new BoardFilter(null, ostap.location().id(), null, null, null))).contains(card.id());
        assertThat(ids(new BoardFilter(null, ostap.location().id() + 1000, null, null, null))).doesNotContain(card.id());
        assertThat(ids(new BoardFilter(null, null, values.get(4), null, null))).contains(card.id());
        assertThat(ids(new BoardFilter(null, null, values.get(0), null, null))).doesNotContain(card.id());
        assertThat(ids(new BoardFilter(null, null, null, null, Source.COLLEAGUE))).contains(card.id());
        assertThat(ids(new BoardFilter(null, null, null, null, Source.CUSTOMER))).doesNotContain(card.id());
        assertThat(ids(new BoardFilter(null, null, null, card.createdAt().plusSeconds(1), null))).doesNotContain(card.id());
        assertThat(card.matches(new BoardFilter(ostap.department().id(), ostap.location().id(), values.get(4),
                card.createdAt(), Source.COLLEAGUE))).as("the same rule for live entries").isTrue();
    }

    @Test
    @WithUserDetails("anna")
    void theBoardPagesWithoutGapsOrRepeats() {
        var first = recognitions.board(BoardFilter.ALL, null, 3);
        var second = recognitions.board(BoardFilter.ALL, first.getLast().cursor(), 3);
        var both = recognitions.board(BoardFilter.ALL, null, 6);
        assertThat(first).hasSize(3);
        assertThat(both.stream().map(RecognitionCard::id).toList())
                .isEqualTo(java.util.stream.Stream.concat(first.stream(), second.stream()).map(RecognitionCard::id).toList());
    }

    List<Long> ids(BoardFilter filter) {
        return recognitions.board(filter, null, 100).stream().map(RecognitionCard::id).toList();
    }

    @Test
    @WithUserDetails("anna")
    void theValuesProfileCountsWhatAPersonReceived() {
        var zlata = employee("Zlata Romaniuk");
        var value = someValues(3).get(2);
        var before = count(recognitions.valuesProfile(zlata), value);
        recognitions.give(new GiveRecognition(Set.of(zlata), Set.of(value), story("Zlata explained the warranty"),
                Visibility.PUBLIC, true));
        recognitions.give(new GiveRecognition(Set.of(zlata), Set.of(value), story("Zlata again, privately"),
                Visibility.PRIVATE, true));
        assertThat(count(recognitions.valuesProfile(zlata), value)).as("the giver sees both").isEqualTo(before + 2);
        assertThat(runAs.user("taras.hnatiuk", () -> count(recognitions.valuesProfile(zlata), value)))
                .as("others see the public one").isLessThan(before + 2);
        assertThat(runAs.user("admin", () -> count(recognitions.valuesProfile(zlata), value)))
                .as("an account without an employee record sees the public one").isLessThan(before + 2);
    }

    static long count(List<ValueCount> profile, long valueId) {
        return profile.stream().filter(c -> c.value().id() == valueId).mapToLong(ValueCount::count).sum();
    }

    @Test
    @WithUserDetails("anna")
    void managersSeeHowOftenTheirTeamWasRecognisedAsEvidence() {
        var received = evidence.stream().filter(e -> e.labelKey().equals("recognition.evidence.received"))
                .findFirst().orElseThrow();
        var denys = employee("Denys Fedorenko");
        var from = Instant.now().minusSeconds(60);
        var before = received.count(List.of(denys), from, Instant.now().plusSeconds(60));
        recognitions.give(give(Set.of(denys), Visibility.PRIVATE, story("Denys rebuilt the window display overnight")));
        assertThat(received.count(List.of(denys), from, Instant.now().plusSeconds(60))).isEqualTo(before + 1);
        assertThat(received.count(List.of(), from, Instant.now())).isZero();
    }
}
