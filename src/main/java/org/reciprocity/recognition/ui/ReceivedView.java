package org.reciprocity.recognition.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.reciprocity.people.Directory;
import org.reciprocity.recognition.RecognitionService;
import org.reciprocity.security.CurrentUser;
import org.reciprocity.shared.ui.ViewHeader;

/**
 * What I received and gave, private ones included; a manager also sees what their team received ({@code ?tab=team}
 * opens that tab: a manager's weekly summary of who on the team went unrecognised links there).
 */
@Route("received")
@PermitAll
@Menu(title = "nav.received", order = 1, icon = "vaadin:gift")
class ReceivedView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final TabSheet tabs = new TabSheet();
    Tab teamTab = new Tab();
    @Nullable CardFeed received;
    @Nullable CardFeed given;
    @Nullable CardFeed team;

    ReceivedView(RecognitionService recognitions, CardFactory cards, Directory directory, CurrentUser currentUser) {
        addClassNames("view", "recognition-received");
        add(new ViewHeader(getTranslation("recognition.received.title"))
                .withLead(getTranslation("recognition.received.lead")));
        var me = currentUser.require().employeeId();
        if (me == null) {
            var empty = new Div(new Paragraph(getTranslation("recognition.received.notEmployee")));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        tabs.setWidthFull();
        received = new CardFeed((after, limit) -> recognitions.receivedBy(me, after, limit),
                card -> cards.create(card, true), getTranslation("recognition.received.empty"));
        tabs.add(getTranslation("recognition.received.tab.received"), received);
        given = new CardFeed((after, limit) -> recognitions.givenByMe(after, limit),
                card -> cards.create(card, true), getTranslation("recognition.given.empty"));
        tabs.add(getTranslation("recognition.received.tab.given"), given);
        if (!directory.team(me).isEmpty()) {
            team = new CardFeed((after, limit) -> recognitions.receivedByMyTeam(after, limit),
                    card -> cards.create(card, true), getTranslation("recognition.team.empty"));
            teamTab = tabs.add(getTranslation("recognition.received.tab.team"), team);
        }
        add(tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (team != null && event.getLocation().getQueryParameters().getSingleParameter("tab")
                .filter("team"::equals).isPresent()) {
            tabs.setSelectedTab(teamTab);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recognition.received.title");
    }
}
