package org.reciprocity.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reciprocity.RunAs;
import org.reciprocity.culture.ServiceValue;
import org.reciprocity.culture.VisionService;
import org.reciprocity.people.Addressees;
import org.reciprocity.people.Directory;
import org.reciprocity.recognition.GiveRecognition;
import org.reciprocity.recognition.RecognitionService;
import org.reciprocity.recognition.Visibility;
import org.reciprocity.reporting.FileReport;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.reporting.ReportService;
import org.reciprocity.shared.Languages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

/** Who hears what, through the real flows: each fact reaches the people it concerns, and nobody else. */
@SpringBootTest
class WhoHearsWhatTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    NotificationStore store;
    @Autowired
    RecognitionService recognitions;
    @Autowired
    ReportService reports;
    @Autowired
    VisionService vision;
    @Autowired
    Directory directory;
    @Autowired
    Addressees addressees;
    @Autowired
    RunAs runAs;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    long employee(String name) {
        return runAs.user("olena", () -> directory.pick(name, PageRequest.of(0, 1)).getFirst().id());
    }

    long unread(String user) {
        return runAs.user(user, () -> notifications.unreadCount());
    }

    List<NotificationLine> newest(String user) {
        return runAs.user(user, () -> notifications.newest(0, 5, Languages.ENGLISH));
    }

    void recognise(String giver, long to, Visibility visibility) {
        runAs.user(giver, () -> recognitions.give(new GiveRecognition(Set.of(to), Set.copyOf(vision.activeValues()
                .stream().limit(1).map(ServiceValue::id).toList()), "Stayed late to help a customer find the right "
                + "gift, kindly and patiently. " + UUID.randomUUID(), visibility, true)));
    }

    @Test
    void theRecognisedHearWhoRecognisedThemAndAPublicEntryTellsNoManager() {
        var anna = employee("Anna Kovalenko");
        assertThat(addressees.of(List.of(anna)).get(anna).managerId()).isEqualTo(employee("Maksym Shevchenko"));
        var before = unread("anna");
        var managerBefore = unread("max");
        var giverBefore = unread("bohdan.tkachenko");

        recognise("bohdan.tkachenko", anna, Visibility.PUBLIC);

        assertThat(unread("anna")).isEqualTo(before + 1);
        var line = newest("anna").getFirst();
        assertThat(line.text()).isEqualTo("Bohdan Tkachenko recognised you");
        assertThat(line.route()).isEqualTo("received");
        assertThat(line.read()).isFalse();
        assertThat(runAs.user("anna", () -> notifications.newest(0, 1, Locale.of("uk"))).getFirst().text())
                .isEqualTo("Bohdan Tkachenko відзначає вас");
        assertThat(unread("max")).as("a public entry is on the board for the manager").isEqualTo(managerBefore);
        assertThat(unread("bohdan.tkachenko")).as("the giver is not told of their own").isEqualTo(giverBefore);
    }

    @Test
    void aPrivateRecognitionAlsoTellsTheRecipientsManagerAndNobodyElse() {
        var anna = employee("Anna Kovalenko");
        var managerBefore = unread("max");
        var olenaBefore = unread("olena");

        recognise("bohdan.tkachenko", anna, Visibility.PRIVATE);

        assertThat(unread("max")).isEqualTo(managerBefore + 1);
        var line = newest("max").getFirst();
        assertThat(line.text()).isEqualTo("Anna Kovalenko, on your team, was recognised privately");
        assertThat(line.route()).isEqualTo("people/" + anna);
        assertThat(unread("olena")).as("HR is not the team's manager").isEqualTo(olenaBefore);
    }

    @Test
    void aNewAnonymousReportTellsHrWithoutItsWords() {
        var before = unread("olena");
        var what = "The customer shouted at the cashier for ten minutes. " + UUID.randomUUID();
        var podil = runAs.anonymous(() -> directory.locationByCode("kyiv-podil").orElseThrow().id());
        runAs.anonymous(() -> reports.file(FileReport.anonymous(ReportKind.STAFF_MISTREATED, podil,
                LocalDateTime.now().minusHours(2), "Cashier at till 2", what), "test-" + UUID.randomUUID()));

        assertThat(unread("olena")).isEqualTo(before + 1);
        // the one stored last (other tests date theirs by a clock they set, so "newest first" may rank others first)
        var olena = employee("Olena Bondarenko");
        var id = jdbc.sql("select max(id) from notification where recipient_id = ?").param(olena)
                .query(Long.class).single();
        var line = runAs.user("olena", () -> notifications.open(id, Languages.ENGLISH)).orElseThrow();
        assertThat(line.text()).startsWith("New report #").endsWith(": Staff mistreated").doesNotContain("shouted");
        assertThat(line.route()).startsWith("review/");
        assertThat(newest("anna")).noneMatch(l -> l.route().equals(line.route()));
    }

    @Test
    void aFactToldAgainIsStoredOnceAndOpeningMarksItReadForItsOwnerOnly() {
        var kateryna = employee("Kateryna Oliinyk");
        var news = new NotificationStore.News(NotificationKind.RECOGNITION_RECEIVED, 1, "Anna Kovalenko",
                "test:" + UUID.randomUUID(), Instant.now());
        var before = unread("kateryna.oliinyk");
        store.tell(List.of(kateryna), news);
        store.tell(List.of(kateryna), news);
        assertThat(unread("kateryna.oliinyk")).isEqualTo(before + 1);

        var id = newest("kateryna.oliinyk").getFirst().id();
        assertThat(runAs.user("anna", () -> notifications.open(id, Languages.ENGLISH))).as("not Anna's").isEmpty();
        assertThat(unread("kateryna.oliinyk")).isEqualTo(before + 1);
        assertThat(runAs.user("kateryna.oliinyk", () -> notifications.open(id, Languages.ENGLISH))).isPresent();
        assertThat(unread("kateryna.oliinyk")).isEqualTo(before);
        runAs.user("kateryna.oliinyk", () -> notifications.markAllRead());
        assertThat(unread("kateryna.oliinyk")).isZero();
    }

    @Test
    void aCategoryTurnedOffStoresNothingAndDeadlinesCannotBeTurnedOff() {
        var taras = employee("Taras Hnatiuk");
        runAs.user("taras.hnatiuk", () -> notifications.choose(Category.RECOGNITION, Delivery.OFF));
        try {
            var before = unread("taras.hnatiuk");
            recognise("anna", taras, Visibility.PUBLIC);
            assertThat(unread("taras.hnatiuk")).isEqualTo(before);
            assertThat(runAs.user("taras.hnatiuk", () -> notifications.preferences()))
                    .containsEntry(Category.RECOGNITION, Delivery.OFF)
                    .containsKeys(Category.CHECK_INS, Category.ASSESSMENT).doesNotContainKey(Category.DEADLINES);
        } finally {
            runAs.user("taras.hnatiuk", () -> notifications.choose(Category.RECOGNITION, Delivery.IN_APP));
        }
        assertThatThrownBy(() -> runAs.user("olena", () -> notifications.choose(Category.DEADLINES, Delivery.OFF)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> runAs.user("anna", () -> notifications.choose(Category.DEADLINES, Delivery.EMAIL)))
                .as("not HR").isInstanceOf(IllegalArgumentException.class);
    }
}
