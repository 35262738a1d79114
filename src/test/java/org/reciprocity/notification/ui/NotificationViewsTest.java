package org.reciprocity.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.reciprocity.RunAs;
import org.reciprocity.culture.VisionService;
import org.reciprocity.notification.Category;
import org.reciprocity.notification.Delivery;
import org.reciprocity.notification.NotificationService;
import org.reciprocity.people.Directory;
import org.reciprocity.recognition.RecognitionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The settings page, as its owner uses it (the bell has its end-to-end test: it counts up by push). */
@SpringBootTest
class NotificationViewsTest extends SpringBrowserlessTest {

    @Autowired
    RecognitionService recognitions;
    @Autowired
    NotificationService notifications;
    @Autowired
    Directory directory;
    @Autowired
    VisionService vision;
    @Autowired
    RunAs runAs;

    @Test
    @WithUserDetails("max")
    void aManagerChoosesHowEachCategoryReachesThemAndTheChoiceIsKept() {
        var view = navigate(NotificationSettingsView.class);
        assertThat(view.choices.keySet()).containsExactly(Category.RECOGNITION, Category.TEAM, Category.MY_REPORTS,
                Category.CHECK_INS, Category.ASSESSMENT);
        var recognition = view.choices.get(Category.RECOGNITION);
        assertThat(recognition.getLabel()).isEqualTo("Recognition");
        assertThat(recognition.getValue()).isEqualTo(Delivery.IN_APP);
        assertThat(recognition.getListDataView().getItems().map(recognition.getItemLabelGenerator()).toList())
                .containsExactly("Only in the portal", "E-mail at once", "Daily digest e-mail", "Weekly digest e-mail",
                        "Off");
        assertThat(view.choices.get(Category.TEAM).getValue()).as("a manager's team news: weekly")
                .isEqualTo(Delivery.WEEKLY_DIGEST);
        assertThat(view.choices.get(Category.CHECK_INS).getListDataView().getItems().toList())
                .as("a check-in cannot wait for a digest").containsExactly(Delivery.IN_APP, Delivery.EMAIL, Delivery.OFF);
        try {
            test(recognition).selectItem("E-mail at once");
            assertThat(notifications.preferences()).containsEntry(Category.RECOGNITION, Delivery.EMAIL);
            var again = navigate(NotificationSettingsView.class);
            assertThat(again.choices.get(Category.RECOGNITION).getValue()).isEqualTo(Delivery.EMAIL);
        } finally {
            notifications.choose(Category.RECOGNITION, Delivery.IN_APP);
        }
    }

    @Test
    @WithUserDetails("max")
    void aNotificationsLinkWithAQueryOpensThatPageWithIt() {
        navigate(NotificationSettingsView.class);
        Bell.open(UI.getCurrent(), "received?tab=team");
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("received");
        assertThat(location.getQueryParameters().getSingleParameter("tab")).contains("team");
    }

    @Test
    @WithUserDetails("olena")
    void hrCannotTurnDeadlineAlertsOff() {
        var view = navigate(NotificationSettingsView.class);
        var deadlines = view.choices.get(Category.DEADLINES);
        assertThat(deadlines.getListDataView().getItems().toList()).containsExactly(Delivery.IN_APP, Delivery.EMAIL);
    }
}
