package org.reciprocity.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
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
        assertThat(view.choices.keySet()).containsExactly(Category.RECOGNITION, Category.MY_REPORTS,
                Category.CHECK_INS, Category.ASSESSMENT);
        var recognition = view.choices.get(Category.RECOGNITION);
        assertThat(recognition.getLabel()).isEqualTo("Recognition");
        assertThat(recognition.getValue()).isEqualTo(Delivery.IN_APP);
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
    @WithUserDetails("olena")
    void hrCannotTurnDeadlineAlertsOff() {
        var view = navigate(NotificationSettingsView.class);
        var deadlines = view.choices.get(Category.DEADLINES);
        assertThat(deadlines.getListDataView().getItems().toList()).containsExactly(Delivery.IN_APP, Delivery.EMAIL);
    }
}
