package org.reciprocity.recognition.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reciprocity.culture.VisionService;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeRef;
import org.reciprocity.people.LocationRef;
import org.reciprocity.recognition.BoardFilter;
import org.reciprocity.recognition.GiveRecognition;
import org.reciprocity.recognition.RecognitionCard;
import org.reciprocity.recognition.RecognitionService;
import org.reciprocity.recognition.Visibility;
import org.reciprocity.shared.ui.BrowserCalls;
import org.reciprocity.review.PraisePublished;
import org.reciprocity.review.PraiseUnpublished;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class BoardViewTest extends SpringBrowserlessTest {

    @Autowired
    RecognitionService recognitions;
    @Autowired
    Directory directory;
    @Autowired
    VisionService vision;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    @WithUserDetails("bohdan.tkachenko") // not Anna: the other tests' entries bring her to the daily limit's question
    void anEmployeeRecognisesAColleagueAndSeesItOnTopOfTheBoard() {
        var board = navigate(BoardView.class);
        test(find(Button.class).withText("Recognise").single()).click();
        var form = (GiveRecognitionView) getCurrentView();
        var story = "Kateryna <b>calmed</b> an upset customer and found the right size in another store. "
                + System.nanoTime();
        test(form.recipients).setFilter("Kateryna");
        test(form.recipients).selectItem("Kateryna Oliinyk");
        test(form.values).selectItems("Go the extra mile", "Solve it in one step");
        test(form.story).setValue(story);
        test(form.give).click();

        assertThat(getCurrentView()).isInstanceOf(BoardView.class);
        assertThat(BrowserCalls.sinceLastLook().forgotDraft()).as("given, so the tab forgets the draft").isTrue();
        var thanks = find(Notification.class)
                .withCondition(n -> test(n).getText().equals("Thank you! Kateryna Oliinyk will see it.")).single();
        assertThat(thanks.isOpened()).as("shown with the move to the board, so it is seen there").isTrue();
        board = (BoardView) getCurrentView();
        var top = board.feed.cards().getFirst();
        assertThat(top.card.story()).isEqualTo(story);
        assertThat(find(Paragraph.class, top).withText(story).single().getText())
                .as("HTML typed in appears literally").contains("<b>calmed</b>");
        assertThat(top.card.values()).hasSize(2);
        navigate(ReceivedView.class);
        assertThat(thanks.isOpened()).as("gone on the next page").isFalse();
    }

    @Test
    @WithUserDetails("bohdan.tkachenko")
    void theRecipientPickerFindsAColleagueWrittenInTheOtherScript() {
        var form = navigate(GiveRecognitionView.class);
        test(form.recipients).setFilter("Анна Коваленко");
        assertThat(test(form.recipients).getSuggestions()).containsExactly("Anna Kovalenko");
        test(form.recipients).setFilter("коваленко");
        test(form.recipients).selectItem("Anna Kovalenko");
        assertThat(form.recipients.getValue()).extracting(EmployeeRef::fullName).containsExactly("Anna Kovalenko");
    }

    @Test
    @WithUserDetails("anna")
    void aStoryTooShortIsMarkedNextToTheFieldAndNothingIsSaved() {
        var form = navigate(GiveRecognitionView.class);
        var before = recognitions.givenByMe(null, 100).size();
        test(form.recipients).setFilter("Bohdan");
        test(form.recipients).selectItem("Bohdan Tkachenko");
        test(form.values).selectItem("Go the extra mile");
        test(form.story).setValue("Thanks!");
        test(form.give).click();
        assertThat(form.story.isInvalid()).isTrue();
        assertThat(form.story.getErrorMessage()).isEqualTo("Tell the story in 40 to 2000 characters.");
        assertThat(recognitions.givenByMe(null, 100)).hasSize(before);
    }

    @Test
    @WithUserDetails("anna")
    void theStoryCountsWhatAReaderWillSeeAsItIsTypedAndAnEmptyFormLeadsToItsFirstField() {
        var form = navigate(GiveRecognitionView.class);
        assertThat(form.story.getHelperText()).endsWith("At least 40 characters. Now: 0.");
        test(form.story).setValue("   Bohdan carried the box to her car.   ");
        assertThat(form.story.getHelperText()).as("ends trimmed, as saved").endsWith("Now: 34.");

        BrowserCalls.sinceLastLook();
        test(form.give).click();
        assertThat(BrowserCalls.sinceLastLook().focused()).containsExactly(form.recipients.getElement().getNode());
    }

    @Test
    @WithUserDetails("anna")
    void aHalfWrittenRecognitionComesBackWithThePeopleAndValuesPicked() {
        var form = navigate(GiveRecognitionView.class);
        var bohdan = directory.pick("Bohdan Tkachenko", PageRequest.of(0, 1)).getFirst();
        var value = vision.activeValues().getFirst();
        BrowserCalls.sinceLastLook().answerDraft(find(Div.class).withClassName("recognition-form").single(), Map.of(
                "recipients", bohdan.id() + ",not-a-number,987654321", "values", Long.toString(value.id()),
                "story", "Bohdan found the sale in the till history and", "visibility", "PRIVATE"));
        assertThat(form.recipients.getValue()).containsExactly(bohdan);
        assertThat(form.values.getValue()).containsExactly(value);
        assertThat(form.story.getValue()).isEqualTo("Bohdan found the sale in the till history and");
        assertThat(form.visibility.getValue()).isEqualTo(Visibility.PRIVATE);
        assertThat(find(Span.class).withText("We restored what you had typed.").exists()).isTrue();
    }

    @Test
    @WithUserDetails("svitlana.moroz")
    void overTheDailyLimitTheGiverConfirmsBeforeGivingMore() {
        var form = navigate(GiveRecognitionView.class);
        var yaroslav = directory.pick("Yaroslav", PageRequest.of(0, 1)).getFirst().id();
        var value = vision.activeValues().getFirst().id();
        while (recognitions.givenToday() < recognitions.dailyLimit()) {
            recognitions.give(new GiveRecognition(Set.of(yaroslav), Set.of(value),
                    "Yaroslav helped an elderly customer set up her new phone, patiently.", Visibility.PRIVATE, true));
        }
        var before = recognitions.givenToday();
        test(form.recipients).setFilter("Yaroslav");
        test(form.recipients).selectItem("Yaroslav Levchenko");
        test(form.values).selectItem("Go the extra mile");
        test(form.story).setValue("Yaroslav stayed late to finish a delivery for a wedding. " + System.nanoTime());
        test(form.give).click();
        assertThat(form.overLimit).isNotNull();
        assertThat(form.overLimit.isOpened()).isTrue();
        assertThat(recognitions.givenToday()).isEqualTo(before);
        form.submit(new GiveRecognition(Set.of(yaroslav), Set.of(value), form.story.getValue(), Visibility.PUBLIC,
                true));
        assertThat(recognitions.givenToday()).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails("max")
    void theBoardFiltersByLocation() {
        var lviv = directory.locations().stream().filter(l -> l.code().equals("lviv-rynok")).findFirst().orElseThrow();
        giveTo("Sofiia Havryliuk", "Sofiia found a lost child's parents within minutes, calmly. ");
        var board = navigate(BoardView.class);
        assertThat(find(Button.class).withText("Filters").exists()).as("on a phone the filters fold behind it")
                .isTrue();
        test(board.location).selectItem(lviv.name());
        assertThat(board.filters.getActiveCount()).isEqualTo(1);
        assertThat(board.feed.cards()).isNotEmpty();
        assertThat(board.feed.cards()).allSatisfy(c -> assertThat(c.card.recipients())
                .anyMatch(p -> p.locationId() == lviv.id()));
        test(board.source).selectItem("Customer");
        assertThat(board.feed.cards()).allSatisfy(c -> assertThat(c.card.source().name()).isEqualTo("CUSTOMER"));
        assertThat(find(Button.class).withText("Filters (2)").exists()).as("and says how many are set").isTrue();
        board.location.clear();
        assertThat(board.filters.getActiveCount()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("olena")
    void praiseHrTakesOffTheBoardLeavesAnOpenBoardAtOnce() {
        var board = navigate(BoardView.class);
        var reportId = 520_000 + System.nanoTime() % 100_000;
        var story = "Praise that leaves an open board, report " + reportId;
        var bohdan = directory.pick("Bohdan Tkachenko", PageRequest.of(0, 1)).getFirst().id();
        transactions.executeWithoutResult(t -> events.publishEvent(
                new PraisePublished(reportId, List.of(bohdan), story, null, Instant.now())));
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            runPendingUiAccess();
            return board.newEntries.isVisible();
        });
        test(board.newEntries).click();
        var id = board.feed.cards().getFirst().card.id();
        assertThat(board.feed.cards().getFirst().card.story()).isEqualTo(story);

        transactions.executeWithoutResult(t -> events.publishEvent(new PraiseUnpublished(reportId, Instant.now())));
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            runPendingUiAccess();
            return !board.feed.shows(id);
        });
        assertThat(board.feed.cards()).extracting(c -> c.card.id()).doesNotContain(id);
    }

    @Test
    @WithUserDetails("max")
    void everyoneAppaudsOnceAndCanTakeItBack() {
        giveTo("Mariia Rudenko", "Mariia spotted a counterfeit banknote and handled it discreetly. ");
        var board = navigate(BoardView.class);
        var card = board.feed.cards().getFirst();
        var before = card.count();
        assertThat(card.applause.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        test(card.applause).click();
        assertThat(card.count()).isEqualTo(before + 1);
        assertThat(card.applause.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        test(card.applause).click();
        assertThat(card.count()).isEqualTo(before);
        assertThat(card.applause.getElement().getAttribute("aria-pressed")).isEqualTo("false");
    }

    @Test
    @WithUserDetails("max")
    void aNewEntryWaitsAboveTheBoardUntilTheReaderAsksForIt() {
        var board = navigate(BoardView.class);
        var topBefore = board.feed.cards().getFirst().card.id();
        var card = giveTo("Andrii Polishchuk", "Andrii opened a second till when the queue grew, without being asked. ");
        // the live board's signal arrives on its own thread after the commit; ui.access runs when the lock is free
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            runPendingUiAccess();
            return board.newEntries.isVisible();
        });
        assertThat(board.feed.cards().getFirst().card.id()).as("nothing moves under the reader").isEqualTo(topBefore);
        assertThat(board.newEntries.getText()).isEqualTo("1 new — show");
        test(board.newEntries).click();
        assertThat(board.feed.cards().getFirst().card.id()).isEqualTo(card.id());
        assertThat(board.newEntries.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("max")
    void aPrivateEntryNeverReachesAnOpenBoard() {
        var board = navigate(BoardView.class);
        var anna = directory.pick("Anna Kovalenko", PageRequest.of(0, 1)).getFirst().id();
        var value = vision.activeValues().getFirst().id();
        recognitions.give(new GiveRecognition(Set.of(anna), Set.of(value),
                "Anna handled a complaint about a late delivery with patience. " + System.nanoTime(),
                Visibility.PRIVATE, true));
        runPendingUiAccess();
        assertThat(board.newEntries.isVisible()).isFalse();
    }

    static void runPendingUiAccess() {
        var session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    RecognitionCard giveTo(String name, String story) {
        var id = directory.pick(name, PageRequest.of(0, 1)).getFirst().id();
        var value = vision.activeValues().getFirst().id();
        return recognitions.give(new GiveRecognition(Set.of(id), Set.of(value), story + System.nanoTime(),
                Visibility.PUBLIC, true));
    }
}
