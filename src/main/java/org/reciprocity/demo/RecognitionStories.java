package org.reciprocity.demo;

import java.util.List;

/** What the demo people tell each other on the board, in the three languages of the company. */
final class RecognitionStories {

    /** %s is the first recipient's first name. */
    static final List<String> COLLEAGUES = List.of(
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

    /** What customers wrote to the company, passed on by the staff member's manager. */
    static final List<String> CUSTOMERS = List.of(
            "The young man at the counter spent half an hour finding the right size for my mother and never once hurried us. Thank you!",
            "I came in angry about a broken kettle and left smiling. Your colleague swapped it in one go and even carried the box to my car.",
            "Your courier called ahead, waited while I came down from the fifth floor and helped with the stairs. That is real service.",
            "I forgot my wallet and the barista said to pay next time. I did, and I have been coming every morning since.",
            "Дякую касирці, яка терпляче допомогла мені з бонусною карткою і пояснила все зрозуміло. Приємно бути вашим клієнтом.",
            "Консультантка чесно сказала, що дешевша модель мені підійде краще. Тепер купую тільки у вас.",
            "Спасибо продавцу, который нашёл для меня нужную деталь на складе другого магазина и привёз её на следующий день.",
            "The staff at the café remembered my allergy and warned me about a new pastry before I ordered it. I felt looked after.");

    /** %1$s the recipient's first name, %2$s the customer's words. */
    static final String PASSED_ON = "A customer wrote to us about you, %1$s: “%2$s”";

    /** %s the recipient's first name; given privately by HR. */
    static final String DIGNITY = "%s, thank you for keeping calm and dignified when a customer was abusive, and "
            + "for protecting yourself and your colleagues. Nobody here has to put up with that.";

    private RecognitionStories() {
    }
}
