package org.reciprocity.demo;

import static org.reciprocity.shared.Languages.ENGLISH;
import static org.reciprocity.shared.Languages.RUSSIAN;
import static org.reciprocity.shared.Languages.UKRAINIAN;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reciprocity.culture.PublishVision;
import org.reciprocity.culture.ValueDraft;
import org.reciprocity.culture.ValueText;
import org.reciprocity.culture.VisionService;
import org.reciprocity.security.SignIn;
import org.reciprocity.shared.StoryClock;
import org.springframework.stereotype.Component;

/**
 * Step two: Olena, HR, publishes the company's vision and its five service values — drawn from the articles the
 * product grew from — in English, Ukrainian and Russian, before the half year of recognitions that name them begins.
 */
@Component
class DemoVision {

    /** Published a little before the oldest recognition of the story. */
    static final Duration AGO = Duration.ofDays(200);

    static final Map<Locale, String> STATEMENT = Map.of(
            ENGLISH, """
                    We exist so that every customer leaves a little better off than they came in: helped in one step, \
                    treated with respect, and glad to come back.
                    People remember how we made them feel long after they forget what they bought. A team that is \
                    respected passes that respect on, so we look after each other as carefully as we look after our \
                    customers.""",
            UKRAINIAN, """
                    Ми існуємо для того, щоб кожен клієнт ішов від нас трохи щасливішим, ніж прийшов: йому допомогли \
                    з першого разу, поставилися з повагою, і він радо повернеться.
                    Люди пам'ятають, що вони відчували поруч із нами, ще довго після того, як забудуть, що купили. \
                    Команда, яку поважають, передає цю повагу далі, тож ми дбаємо одне про одного так само уважно, \
                    як про наших клієнтів.""",
            RUSSIAN, """
                    Мы существуем для того, чтобы каждый клиент уходил от нас чуть счастливее, чем пришёл: ему помогли \
                    с первого раза, отнеслись с уважением, и он с радостью вернётся.
                    Люди помнят, что они чувствовали рядом с нами, ещё долго после того, как забудут, что купили. \
                    Команда, которую уважают, передаёт это уважение дальше, поэтому мы заботимся друг о друге так же \
                    внимательно, как о наших клиентах.""");

    static final List<ValueDraft> VALUES = List.of(
            value(new ValueText("Honest and transparent",
                            "We say plainly what we can and cannot do, show prices and terms up front, and admit a "
                                    + "mistake before the customer has to point it out."),
                    new ValueText("Чесно й прозоро",
                            "Ми прямо кажемо, що можемо зробити, а що ні, одразу показуємо ціни й умови і визнаємо "
                                    + "помилку раніше, ніж на неї вкаже клієнт."),
                    new ValueText("Честно и прозрачно",
                            "Мы прямо говорим, что можем сделать, а что нет, сразу показываем цены и условия и "
                                    + "признаём ошибку раньше, чем на неё укажет клиент.")),
            value(new ValueText("Solve it in one step",
                            "The first person the customer meets owns the problem until it is solved, without sending "
                                    + "them from desk to desk or asking them to repeat their story."),
                    new ValueText("Розв'язати з першого кроку",
                            "Перша людина, до якої звернувся клієнт, відповідає за його проблему, доки її не "
                                    + "розв'язано: не відсилає від столу до столу й не просить розповідати все "
                                    + "спочатку."),
                    new ValueText("Решить с первого шага",
                            "Первый человек, к которому обратился клиент, отвечает за его проблему, пока она не "
                                    + "решена: не отправляет от стола к столу и не просит рассказывать всё "
                                    + "сначала.")),
            value(new ValueText("Go the extra mile",
                            "We notice what the customer did not ask for but will be glad of, and do it: carry the bag, "
                                    + "call when the item arrives, remember the name."),
                    new ValueText("Зробити більше, ніж просили",
                            "Ми помічаємо, чого клієнт не просив, але чому зрадіє, і робимо це: донесемо пакунок, "
                                    + "зателефонуємо, коли прийде товар, запам'ятаємо ім'я."),
                    new ValueText("Сделать больше, чем просили",
                            "Мы замечаем, чего клиент не просил, но чему обрадуется, и делаем это: донесём пакет, "
                                    + "позвоним, когда придёт товар, запомним имя.")),
            value(new ValueText("Keep calm and dignified",
                            "When a customer is rude we stay polite, protect ourselves and our colleagues, and call a "
                                    + "manager when needed. Nobody here has to put up with abuse."),
                    new ValueText("Спокій і гідність",
                            "Коли клієнт грубить, ми лишаємося ввічливими, захищаємо себе й колег і за потреби "
                                    + "кличемо керівника. Ніхто тут не мусить терпіти образи."),
                    new ValueText("Спокойствие и достоинство",
                            "Когда клиент грубит, мы остаёмся вежливыми, защищаем себя и коллег и при необходимости "
                                    + "зовём руководителя. Никто здесь не обязан терпеть оскорбления.")),
            value(new ValueText("Follow up and talk",
                            "After the service we ask how it went, answer every voice quickly, and tell people what we "
                                    + "did with what they told us."),
                    new ValueText("Повернутися й поговорити",
                            "Після обслуговування ми питаємо, як усе минуло, швидко відповідаємо кожному голосу й "
                                    + "розповідаємо людям, що зробили з їхніми словами."),
                    new ValueText("Вернуться и поговорить",
                            "После обслуживания мы спрашиваем, как всё прошло, быстро отвечаем каждому голосу и "
                                    + "рассказываем людям, что сделали с их словами.")));

    private final VisionService vision;
    private final StoryClock clock;

    DemoVision(VisionService vision, StoryClock clock) {
        this.vision = vision;
        this.clock = clock;
    }

    private static ValueDraft value(ValueText english, ValueText ukrainian, ValueText russian) {
        return ValueDraft.of(null, Map.of(ENGLISH, english, UKRAINIAN, ukrainian, RUSSIAN, russian));
    }

    void publish(SignIn signIn, Instant now) {
        try (var cast = new Cast(signIn)) {
            cast.as(DemoPeople.HR, () -> clock.run(now.minus(AGO),
                    () -> vision.publish(PublishVision.of(0, STATEMENT, VALUES))));
        }
    }
}
