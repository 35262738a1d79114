package org.reciprocity.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reciprocity.notification.Mailbox.kyiv;
import static org.reciprocity.notification.Mailbox.text;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reciprocity.MutableClock;
import org.reciprocity.RunAs;
import org.reciprocity.culture.ServiceValue;
import org.reciprocity.culture.VisionService;
import org.reciprocity.people.Addressees;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeForm;
import org.reciprocity.recognition.GiveRecognition;
import org.reciprocity.recognition.RecognitionService;
import org.reciprocity.recognition.Visibility;
import org.reciprocity.shared.Languages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A manager's Monday: who on the team went unrecognised for 60 days, in the bell and in the weekly digest, in the
 * manager's language. In November 2039 (no other test uses 2039; Kyiv is UTC+2 then).
 */
@SpringBootTest
class TeamSummaryTest {

    static final String STORY = "Stayed after closing to help a customer carry a sofa to the car. ";

    @Autowired
    DigestJob job;
    @Autowired
    OutboxSender sender;
    @Autowired
    NotificationService notifications;
    @Autowired
    RecognitionService recognitions;
    @Autowired
    VisionService vision;
    @Autowired
    Directory directory;
    @Autowired
    Addressees addressees;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void emptyMailbox() throws Exception {
        Mailbox.empty(jdbc);
    }

    @AfterEach
    void forget() {
        Mailbox.forget2039(jdbc);
        clock.reset();
    }

    long employee(String username) {
        return jdbc.sql("select employee_id from account where username = ?").param(username).query(Long.class).single();
    }

    void recognise(long whom, String at) {
        clock.set(kyiv(at));
        runAs.user("anna", () -> recognitions.give(new GiveRecognition(Set.of(whom),
                Set.copyOf(vision.activeValues().stream().limit(1).map(ServiceValue::id).toList()),
                STORY + UUID.randomUUID(), Visibility.PRIVATE, true)));
    }

    @Test
    void aManagerHearsOnMondayWhoOnTheTeamWentUnrecognisedAndNobodyElse() {
        var taras = employee("taras.hnatiuk");
        var sofiia = employee("sofiia.havryliuk");
        var khrystyna = employee("khrystyna.fedyk");
        var roman = employee("roman.kostenko");
        var newcomer = runAs.user("olena", () -> directory.save(new EmployeeForm(null, 0,
                "Newcomer " + UUID.randomUUID().toString().substring(0, 8), "Cashier",
                "newcomer-" + UUID.randomUUID() + "@test.example", directory.departments().getFirst().id(),
                directory.locations().getFirst().id(), taras)));
        // in private, so that no board or TV screen of another test shows entries from 2039
        recognise(roman, "2039-08-01T12:00");      // 98 days before: unseen
        recognise(sofiia, "2039-10-28T12:00");     // 10 days before: seen
        recognise(khrystyna, "2039-11-03T12:00");  // this week: seen, and the manager hears of it
        var languageBefore = jdbc.sql("select language from account where employee_id = ?").param(taras)
                .query(String.class).optional().orElse(null);
        jdbc.sql("update account set language = 'uk' where employee_id = ?").param(taras).update();
        try {
            clock.set(kyiv("2039-11-07T07:00")); // a Monday
            job.run();
            job.run();
            Mailbox.sendAll(sender, jdbc);

            var summaries = jdbc.sql("select detail from notification where recipient_id = ? and kind = 'TEAM_UNSEEN'")
                    .param(taras).query(String.class).list();
            assertThat(summaries).as("once a week").hasSize(1);
            var parts = summaries.getFirst().split("\\|");
            var named = Arrays.asList(parts).subList(2, parts.length);
            var team = addressees.of(addressees.teamOf(taras));
            var expected = team.values().stream().map(Addressees.Addressee::fullName)
                    .filter(n -> !n.equals("Sofiia Havryliuk") && !n.equals("Khrystyna Fedyk")).toList();
            assertThat(parts[0]).isEqualTo("60");
            assertThat(named).containsExactlyInAnyOrderElementsOf(expected)
                    .contains(newcomer.fullName(), "Roman Kostenko").doesNotContain("Anna Kovalenko");
            assertThat(named.indexOf(newcomer.fullName())).as("the longest unseen first, never recognised before all")
                    .isLessThan(named.indexOf("Roman Kostenko"));
            assertThat(named.getLast()).as("recognised most lately of those unseen").isEqualTo("Roman Kostenko");
            assertThat(parts[1]).isEqualTo(Integer.toString(expected.size()));

            var bell = runAs.user("taras.hnatiuk", () -> notifications.newest(0, 1, Languages.ENGLISH)).getFirst();
            assertThat(bell.text()).startsWith("Not recognised in the last 60 days, on your team: ")
                    .contains(newcomer.fullName() + ", ").endsWith("Roman Kostenko");
            assertThat(bell.route()).isEqualTo("received?tab=team");

            var mails = Mailbox.to("taras.hnatiuk@reciprocity.example", "[Reciprocity] Ваш щотижневий дайджест");
            assertThat(mails).hasSize(1);
            var body = text(mails.getFirst());
            assertThat(body).contains("Вітаємо, Taras Hnatiuk!", "Моя команда\n",
                    "- Без відзнак за останні 60 дн. у вашій команді: ", newcomer.fullName() + ", ",
                    "  http://localhost:8080/received?tab=team",
                    "- Khrystyna Fedyk з вашої команди отримує приватну відзнаку\n  http://localhost:8080/people/" + khrystyna);
            assertThat(body).as("who, never what").doesNotContain(STORY.strip());
            assertThat(body).as("seen lately, and told of before the week").doesNotContain("Sofiia Havryliuk");
            assertThat(Mailbox.header(mails.getFirst(), "Content-Language")).isEqualTo("uk");

            var max = employee("max");
            var maxSummary = jdbc.sql("select detail from notification where recipient_id = ? and kind = 'TEAM_UNSEEN'")
                    .param(max).query(String.class).single();
            assertThat(maxSummary).contains("Anna Kovalenko").doesNotContain("Roman Kostenko", newcomer.fullName());
        } finally {
            jdbc.sql("update account set language = ? where employee_id = ?").params(languageBefore, taras).update();
        }
    }
}
