package org.reciprocity.recognition;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.reciprocity.culture.ServiceValue;
import org.reciprocity.culture.VisionService;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeDetails;
import org.reciprocity.people.EmployeeFilter;
import org.reciprocity.people.EmployeeSummary;
import org.reciprocity.security.Role;
import org.reciprocity.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A lived-in board for the demo: some three hundred recognitions across the demo company over the last six
 * months — colleagues (some private), customer praise, HR's recognitions — with applause. Same every time
 * (fixed seed), only into an empty board, in one transaction.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("reciprocity.demo-data")
class DemoRecognitions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRecognitions.class);
    static final int ENTRIES = 320;

    /** %s is the first recipient's first name. */
    private static final List<String> COLLEAGUE_STORIES = List.of(
            "%s stayed after closing to help a customer choose a birthday present for her father. She came back the next day just to say thank you.",
            "A customer's card was declined three times. %s quietly suggested another way to pay and kept the queue moving without embarrassing anyone.",
            "%s noticed an elderly man struggling with heavy bags, carried them to the taxi and made sure he had his receipt for the warranty.",
            "When the delivery was late, %s called the customer before she could call us, explained what happened and offered a new slot that suited her.",
            "%s admitted a pricing mistake on the shelf label before the customer noticed, and refunded the difference on the spot.",
            "A child lost his parents in the store. %s stayed calm, kept him company with a colouring book and found his mother within five minutes.",
            "%s covered my shift at short notice when my son was ill. The team did not lose a single customer because of it.",
            "A customer was shouting about a broken blender. %s stayed polite, called the manager and still solved the return in one step.",
            "%s remembered a regular customer's name and order, and had her coffee ready when she walked in. She said it made her morning.",
            "%s rebuilt the window display overnight after the storm, so we opened on time and the street looked welcoming.",
            "A tourist did not speak Ukrainian or English. %s used a translation app and gestures and helped him find the right charger.",
            "%s followed up with a customer a week after a complicated exchange to ask whether everything works. It does, and she told her friends.",
            "%s trained two new colleagues at the checkout with endless patience; they both handled the Saturday rush alone.",
            "The card terminal went down at peak time. %s opened the spare one, explained the delay to the queue and nobody left.",
            "%s found a lost passport by the fitting rooms and tracked down the owner at the airport before his flight.",
            "%s explained the warranty terms plainly and showed the customer exactly what is and is not covered. No surprises later.",
            "%s, дякую, що лишилися після зміни й допомогли клієнтці обрати подарунок для мами. Вона повернулася наступного дня подякувати.",
            "%s, дякую, що зберегли спокій, коли клієнт кричав через зламаний чайник: покликали керівника і все одно розв'язали питання за один крок.",
            "%s, дякую, що самі зателефонували клієнтові, коли доставка затримувалася, і запропонували зручніший час. Клієнт залишився з нами.",
            "%s, дякую, що помітили помилку в ціннику раніше за покупця й одразу повернули різницю. Чесно і без зайвих слів.",
            "%s, дякую, що допомогли літньому чоловікові налаштувати новий телефон і показали, як дзвонити онукам відеозв'язком.",
            "%s, дякую, що навчили двох новеньких касирок працювати з терміналом: у суботу вони впоралися самі.",
            "%s, спасибо, что нашли потерянный кошелёк у примерочной и вернули владельцу ещё до закрытия магазина.",
            "%s, спасибо, что открыли запасную кассу, когда терминал перестал работать, и объяснили очереди, что происходит. Никто не ушёл.",
            "%s, спасибо, что перезвонили клиенту через неделю после сложного обмена и спросили, всё ли в порядке. Клиент был приятно удивлён.",
            "%s, спасибо, что спокойно и вежливо выдержали грубого покупателя, позвали менеджера и защитили младшую коллегу.");

    private static final List<String> CUSTOMER_STORIES = List.of(
            "The young man at the counter spent half an hour finding the right size for my mother and never once hurried us. Thank you!",
            "I came in angry about a broken kettle and left smiling. Your colleague swapped it in one go and even carried the box to my car.",
            "Your courier called ahead, waited while I came down from the fifth floor and helped with the stairs. That is real service.",
            "I forgot my wallet and the barista said to pay next time. I did, and I have been coming every morning since.",
            "Дякую касирці, яка терпляче допомогла мені з бонусною карткою і пояснила все зрозуміло. Приємно бути вашим клієнтом.",
            "Консультантка чесно сказала, що дешевша модель мені підійде краще. Тепер купую тільки у вас.",
            "Спасибо продавцу, который нашёл для меня нужную деталь на складе другого магазина и привёз её на следующий день.",
            "The staff at the café remembered my allergy and warned me about a new pastry before I ordered it. I felt looked after.");

    private final RecognitionRepository recognitions;
    private final Directory directory;
    private final VisionService vision;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoRecognitions(RecognitionRepository recognitions, Directory directory, VisionService vision,
                     EntityManager entityManager, TransactionTemplate transactions, Clock clock) {
        this.recognitions = recognitions;
        this.directory = directory;
        this.vision = vision;
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (recognitions.count() > 0) {
            return;
        }
        SystemAccess.runAs(() -> transactions.executeWithoutResult(status -> seed()), Role.HR);
    }

    private void seed() {
        var ids = directory.search(EmployeeFilter.ALL, PageRequest.of(0, 1000)).stream()
                .map(EmployeeSummary::id).toList();
        var people = directory.findAll(ids);
        var values = vision.activeValues().stream().map(ServiceValue::id).toList();
        if (people.size() < 3 || values.isEmpty()) {
            return;
        }
        var byLocation = new HashMap<Long, List<EmployeeDetails>>();
        people.forEach(p -> byLocation.computeIfAbsent(p.location().id(), k -> new ArrayList<>()).add(p));
        var random = new Random(20261127);
        var now = clock.instant();
        var applauseRows = 0;
        for (var i = 0; i < ENTRIES; i++) {
            var at = now.minus(Duration.ofMinutes(random.nextInt(180 * 24 * 60)));
            var kind = random.nextInt(100);
            Recognition entry;
            if (kind < 10) {
                var recipient = people.get(random.nextInt(people.size()));
                entry = new Recognition(null, Source.CUSTOMER, Visibility.PUBLIC,
                        CUSTOMER_STORIES.get(random.nextInt(CUSTOMER_STORIES.size())), at, List.of(Recipient.of(recipient)),
                        List.of(), null);
            } else if (kind < 12) {
                var recipient = people.get(random.nextInt(people.size()));
                entry = new Recognition(null, Source.HR, Visibility.PRIVATE, "", at, List.of(Recipient.of(recipient)),
                        List.of(), null);
            } else {
                var giver = people.get(random.nextInt(people.size()));
                var pool = random.nextInt(10) < 7 ? byLocation.get(giver.location().id()) : people;
                var chosen = new LinkedHashSet<EmployeeDetails>();
                var wanted = random.nextInt(10) < 8 ? 1 : 2;
                for (var attempt = 0; chosen.size() < wanted && attempt < 20; attempt++) {
                    var candidate = pool.get(random.nextInt(pool.size()));
                    if (candidate.id() != giver.id()) {
                        chosen.add(candidate);
                    }
                }
                if (chosen.isEmpty()) {
                    continue;
                }
                var named = new LinkedHashSet<Long>();
                var valueCount = 1 + random.nextInt(Math.min(3, values.size()));
                while (named.size() < valueCount) {
                    named.add(values.get(random.nextInt(values.size())));
                }
                var firstName = chosen.iterator().next().fullName().split(" ")[0];
                var story = COLLEAGUE_STORIES.get(random.nextInt(COLLEAGUE_STORIES.size())).formatted(firstName);
                entry = new Recognition(giver.id(), Source.COLLEAGUE,
                        random.nextInt(100) < 15 ? Visibility.PRIVATE : Visibility.PUBLIC, story, at,
                        chosen.stream().map(Recipient::of).toList(), named, null);
            }
            entityManager.persist(entry);
            if (entry.getVisibility() == Visibility.PUBLIC) {
                var applauders = new LinkedHashSet<Long>();
                var count = random.nextInt(9);
                while (applauders.size() < count) {
                    applauders.add(people.get(random.nextInt(people.size())).id());
                }
                for (var employeeId : applauders) {
                    entityManager.persist(new Applause(entry.getId(), employeeId, at.plus(Duration.ofHours(1))));
                }
                entry.setApplauseCount(applauders.size());
                applauseRows += applauders.size();
            }
        }
        log.info("Demo recognitions created: {} entries, {} applause", ENTRIES, applauseRows);
    }

}
