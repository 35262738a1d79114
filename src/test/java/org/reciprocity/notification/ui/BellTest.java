package org.reciprocity.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.popover.PopoverTester;
import com.vaadin.flow.component.virtuallist.VirtualList;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reciprocity.RunAs;
import org.reciprocity.StatementCounter;
import org.reciprocity.culture.VisionService;
import org.reciprocity.notification.NotificationLine;
import org.reciprocity.notification.NotificationService;
import org.reciprocity.people.Directory;
import org.reciprocity.recognition.GiveRecognition;
import org.reciprocity.recognition.RecognitionService;
import org.reciprocity.recognition.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The bell as its owner uses it: it counts what is new, lists it newest first, opens what an entry is about and
 * counts down; and what it costs in SQL stays the same however much is stored (the end-to-end test shows the live
 * count-up by push in a real browser).
 */
@SpringBootTest
class BellTest extends SpringBrowserlessTest {

    static final String OWNER = "yevhen.bilyk";

    @Autowired
    NotificationService notifications;
    @Autowired
    RecognitionService recognitions;
    @Autowired
    VisionService vision;
    @Autowired
    Directory directory;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcClient jdbc;

    long owner() {
        return runAs.user("olena", () -> directory.pick("Yevhen Bilyk", PageRequest.of(0, 1)).getFirst().id());
    }

    Bell bell() {
        return $(Bell.class).single();
    }

    PopoverTester open(Bell bell) {
        var popover = test(bell.popover);
        popover.clickTarget();
        return popover;
    }

    @SuppressWarnings("unchecked")
    VirtualList<NotificationLine> list() {
        return $(VirtualList.class).single();
    }

    @Test
    @WithUserDetails(OWNER)
    void aRecognitionCountsUpOpensTheReceivedPageAndCountsDown() {
        notifications.markAllRead();
        navigate(NotificationSettingsView.class);
        assertThat(bell().count.isVisible()).isFalse();
        assertThat(bell().button.getAriaLabel()).hasValue("Notifications, none unread");

        var value = vision.activeValues().getFirst().id();
        runAs.user("anna", () -> recognitions.give(new GiveRecognition(Set.of(owner()), Set.of(value),
                "Found the size a customer needed in the other shop and had it sent. " + UUID.randomUUID(),
                Visibility.PUBLIC, true)));
        navigate(NotificationSettingsView.class); // a push missed during a reconnect is made good on the next page
        assertThat(bell().count.getText()).isEqualTo("1");
        assertThat(bell().button.getAriaLabel()).hasValue("Notifications, 1 unread");

        open(bell());
        var newest = list();
        assertThat(test(newest).getItem(0).text()).isEqualTo("Anna Kovalenko recognised you");
        assertThat(test(newest).getItem(0).read()).isFalse();
        ((Button) test(newest).getItemComponent(0)).click();

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("received");
        assertThat(bell().count.isVisible()).isFalse();
        assertThat(notifications.newest(0, 1, UI.getCurrent().getLocale()).getFirst().read()).isTrue();
    }

    @Test
    @WithUserDetails(OWNER)
    void countingAndOpeningCostTheSameStatementsForThreeStoredOrThreeHundred() {
        navigate(NotificationSettingsView.class);
        stored(3);
        var fewCount = StatementCounter.count(() -> bell().refresh());
        var fewOpen = StatementCounter.count(() -> {
            open(bell());
            test(list()).getItem(0);
        });
        test(bell().popover).close();

        stored(300);
        var manyCount = StatementCounter.count(() -> bell().refresh());
        var manyOpen = StatementCounter.count(() -> {
            open(bell());
            test(list()).getItem(0);
        });
        assertThat(test(list()).size()).isGreaterThanOrEqualTo(303);
        assertThat(manyCount).as("the unread count").isEqualTo(fewCount).isEqualTo(1);
        assertThat(manyOpen).as("opening: the total, then the first page").isEqualTo(fewOpen).isEqualTo(2);
    }

    /** Recognitions from Anna, straight into the table: what the bell reads, not how it got there. */
    void stored(int count) {
        var recipient = owner();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        for (var i = 0; i < count; i++) {
            jdbc.sql("""
                            insert into notification (recipient_id, kind, subject_id, detail, once_key, created_at)
                            values (?, 'RECOGNITION_RECEIVED', 0, 'Anna Kovalenko', ?, ?)""")
                    .params(recipient, "bell-test:" + UUID.randomUUID(), now.minusMinutes(i)).update();
        }
    }
}
