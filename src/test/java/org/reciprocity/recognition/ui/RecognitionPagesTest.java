package org.reciprocity.recognition.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reciprocity.culture.VisionService;
import org.reciprocity.people.Directory;
import org.reciprocity.recognition.GiveRecognition;
import org.reciprocity.recognition.RecognitionCard;
import org.reciprocity.recognition.RecognitionService;
import org.reciprocity.recognition.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** An employee's page, "received and given", and TV mode. */
@SpringBootTest
class RecognitionPagesTest extends SpringBrowserlessTest {

    @Autowired
    RecognitionService recognitions;
    @Autowired
    Directory directory;
    @Autowired
    VisionService vision;

    long employee(String name) {
        return directory.pick(name, PageRequest.of(0, 1)).getFirst().id();
    }

    RecognitionCard give(String name, String story, Visibility visibility) {
        return recognitions.give(new GiveRecognition(Set.of(employee(name)), Set.of(vision.activeValues().getFirst().id()),
                story + " " + System.nanoTime(), visibility, true));
    }

    @Test
    @WithUserDetails("max")
    void aPersonsPageShowsTheValuesProfileAndWhatTheyReceivedWithARecogniseButton() {
        var card = give("Natalia Kuzmenko", "Natalia turned a complaint about cold coffee into a loyal customer.",
                Visibility.PUBLIC);
        var page = navigate("people/" + employee("Natalia Kuzmenko"), EmployeePageView.class);
        assertThat(find(H1.class).withText("Natalia Kuzmenko").exists()).isTrue();
        assertThat(find(ListItem.class, page.profile).all()).hasSize(vision.activeValues().size());
        assertThat(page.feed).isNotNull();
        assertThat(page.feed.shows(card.id())).isTrue();

        test(find(Button.class).withText("Recognise Natalia Kuzmenko").single()).click();
        var form = (GiveRecognitionView) getCurrentView();
        assertThat(form.recipients.getValue()).extracting(e -> e.fullName()).containsExactly("Natalia Kuzmenko");
    }

    @Test
    @WithUserDetails("max")
    void aPrivateRecognitionShowsOnThePageForTheManagerButNotForOthers() {
        var card = give("Anna Kovalenko", "Anna stayed kind with a customer who insulted her, and asked for help in time.",
                Visibility.PRIVATE);
        var page = navigate("people/" + employee("Anna Kovalenko"), EmployeePageView.class);
        assertThat(page.feed.shows(card.id())).as("her manager").isTrue();
    }

    @Test
    @WithUserDetails("taras.hnatiuk")
    void anotherManagerDoesNotSeeAPrivateRecognitionOnThePage() {
        var anna = employee("Anna Kovalenko");
        var privateOnes = recognitions.receivedBy(anna, null, 100).stream()
                .filter(c -> c.visibility() == Visibility.PRIVATE).toList();
        assertThat(privateOnes).isEmpty();
        var page = navigate("people/" + anna, EmployeePageView.class);
        assertThat(page.feed.cards()).allSatisfy(c -> assertThat(c.card.visibility()).isEqualTo(Visibility.PUBLIC));
    }

    @Test
    @WithUserDetails("max")
    void aManagerSeesWhatTheyGaveAndWhatTheirTeamReceived() {
        var card = give("Bohdan Tkachenko", "Bohdan reorganised the stockroom so that orders are picked twice as fast.",
                Visibility.PRIVATE);
        var view = navigate(ReceivedView.class);
        assertThat(find(TabSheet.class).single()).isNotNull();
        assertThat(view.teamTab.getLabel()).isEqualTo("My team");
        assertThat(view.given.shows(card.id())).as("given").isTrue();
        assertThat(view.team.shows(card.id())).as("my team received").isTrue();
        assertThat(view.received.shows(card.id())).as("not received by me").isFalse();
        assertThat(view.tabs.getSelectedTab()).isNotEqualTo(view.teamTab);

        UI.getCurrent().navigate("received", QueryParameters.of("tab", "team"));
        var teamFirst = (ReceivedView) UI.getCurrent().getCurrentView();
        assertThat(teamFirst.tabs.getSelectedTab()).as("as the weekly team summary links it").isEqualTo(teamFirst.teamTab);
    }

    @Test
    @WithUserDetails("anna")
    void tvModeAsksForTheLocationThenCyclesThroughItsRecentPublicEntries() {
        navigate("board/tv", TvBoardView.class);
        var picker = find(Select.class).single();
        assertThat(picker.getLabel()).isEqualTo("Location");

        var first = give("Ulyana Hrytsenko", "Ulyana found the customer's lost earring in the fitting room.", Visibility.PUBLIC);
        var second = give("Ostap Vovk", "Ostap helped a customer in a wheelchair reach the top shelf.", Visibility.PUBLIC);
        UI.getCurrent().navigate("board/tv", QueryParameters.of("location", "lviv-rynok"));
        var tv = (TvBoardView) getCurrentView();
        assertThat(find(H1.class).single().getText()).isEqualTo("Recognition — Lviv — Rynok Square store");
        assertThat(tv.shownStory()).isEqualTo(second.story());
        tv.next();
        assertThat(tv.shownStory()).isEqualTo(first.story());

        var other = give("Yaroslav Levchenko", "Yaroslav in Odesa: not for the Lviv screen at all.", Visibility.PUBLIC);
        tv.arrived(other);
        assertThat(tv.shownStory()).as("another location's entry stays off this screen").isEqualTo(first.story());
        var third = give("Marta Dmytruk", "Marta made hot chocolate for a customer soaked by the rain.", Visibility.PUBLIC);
        tv.arrived(third);
        assertThat(tv.shownStory()).as("a new entry of the location shows at once").isEqualTo(third.story());

        tv.withdrawn(third.id());
        assertThat(tv.shownStory()).as("an entry taken off the board leaves the screen; the next takes its place")
                .isEqualTo(second.story());
        tv.withdrawn(first.id());
        tv.next();
        assertThat(tv.shownStory()).as("and is not shown again").isNotEqualTo(first.story());
    }
}
