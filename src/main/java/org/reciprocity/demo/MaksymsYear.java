package org.reciprocity.demo;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.reciprocity.assessment.Kept;

/**
 * A year in the mirror for Maksym, the Podil store manager: a slow start, a dip after an abusive customer went
 * unanswered, and a climb as he steps in, starts huddles, calls customers back and lets the team lead. And the
 * recent periods of the other managers, so that HR sees the Management department's averages (four managers
 * there; the other departments have one).
 */
final class MaksymsYear {

    record Month(int[] scores, String customers, String team, String me, String commitment, @Nullable Kept kept,
                 String note) {
    }

    /** Oldest first; the last entry is the period just before the current one, which is left open. */
    static final List<Month> MONTHS = List.of(
            new Month(new int[]{3, 3, 3},
                    "Customers are polite with us and we with them, but I could not name one regular who comes for us rather than for the location.",
                    "The team does its job. We talk about the rota and stock, hardly ever about customers.",
                    "Most of my week goes to reports in the back office. The floor sees me when something goes wrong.",
                    "Be on the floor for the first hour every Saturday, greeting customers myself.", null, ""),
            new Month(new int[]{3, 3, 2},
                    "Stocktake month. Queues at the checkout, and people waited without anyone saying a word to them.",
                    "Two new hires. I realised I had not asked either of them how their first week went.",
                    "I was on the floor two Saturdays out of four. The other two I let slip for the stocktake.",
                    "Ask each new hire after their first week what surprised them and what got in their way.",
                    Kept.PARTLY, "Two Saturdays out of four."),
            new Month(new int[]{2, 2, 2},
                    "A customer shouted at Anna at the fitting rooms for ten minutes. Other customers watched. Nobody stepped in.",
                    "Anna told Kateryna, not me. I heard about it three days later. That says more than any score.",
                    "I was in the office doing the monthly report while it happened. Service starts with me, and I was not there.",
                    "Never leave the floor without a senior on it; when a customer is abusive, I step in myself.",
                    Kept.NO, "I asked one of the new hires, then forgot the other."),
            new Month(new int[]{2, 2, 3},
                    "Still a tense month. A complaint online about a rude cashier; I read it out to the team without blaming anyone.",
                    "After I apologised to Anna, she said it was the first time she felt backed. Others are watching what I do now.",
                    "I stepped in twice when customers were abusive. Both times the customer calmed down when a manager came.",
                    "Start a ten-minute huddle before opening on Mondays and Thursdays.",
                    Kept.YES, "Stepped in twice; a senior was always on the floor."),
            new Month(new int[]{3, 3, 3},
                    "Customers notice the calmer floor. A regular said the shop feels friendlier lately.",
                    "Huddles started awkward. By the third one Kateryna brought an idea about the fitting-room queue.",
                    "I ran every huddle. I talk too much in them; I should ask more.",
                    "Thank one person by name at every huddle, for something a customer noticed.",
                    Kept.YES, "Eight huddles, none missed."),
            new Month(new int[]{3, 4, 3},
                    "Kateryna's fitting-room idea cut the queue. Fewer sighs, more people trying things on.",
                    "People started thanking each other in huddles without me prompting. Serhii thanked Natalia for covering his shift.",
                    "Good month on the floor, but I disappeared into supplier calls in the last week.",
                    "Keep Friday afternoons on the floor with my calendar closed.",
                    Kept.YES, "Easier than I thought; it became the best part of the huddle."),
            new Month(new int[]{4, 4, 3},
                    "A woman came back just to bring Bohdan chocolates for helping her choose a gift. The whole shop smiled.",
                    "The team is proud of stories like that and tells them to the new people.",
                    "Fridays worked three weeks out of four. When we are busy I still slip back into reports.",
                    "Call back every customer who complained, within two days, myself.",
                    Kept.PARTLY, "Three Fridays of four."),
            new Month(new int[]{3, 4, 4},
                    "Delivery trouble: a late courier partner, two angry customers. Viktor handled them at the door with real grace.",
                    "People covered for each other during the delivery mess without being asked.",
                    "I called back all seven customers who complained. Hard calls, but I heard things no report tells me.",
                    "Let the team run the Monday huddle themselves; I only listen.",
                    Kept.YES, "Seven of seven called back within two days."),
            new Month(new int[]{4, 4, 4},
                    "Five of the seven customers I called back thanked us; two have come back since.",
                    "Mariia ran the first huddle I only listened to. She was better at asking than I am.",
                    "Listening instead of talking was harder than any call. I bit my tongue a lot.",
                    "Ask one customer a day what we could do better, and tell the team what I heard.",
                    Kept.YES, "Mariia and Andrii took turns."),
            new Month(new int[]{4, 5, 4},
                    "What customers tell me: they like being remembered. Two asked for Kateryna by name.",
                    "The huddle is theirs now. They decided on their own to greet every customer within a minute.",
                    "I skipped the customer question on busy days, maybe half the days.",
                    "Make a fair rota: nobody works more than two closing shifts in a row.",
                    Kept.PARTLY, "About half the days; the ones I did were worth it."),
            new Month(new int[]{4, 4, 4},
                    "Customers did not feel our shortage of people, and that is the team's doing.",
                    "Two people off sick; the rest covered without complaint, but I saw tiredness in their faces.",
                    "The fair rota held. I worked two closing shifts myself so that it would.",
                    "Take the new courier along on three deliveries to show how we greet customers at the door.",
                    Kept.YES, "Nobody did more than two closings in a row."),
            new Month(new int[]{5, 4, 4},
                    "A customer wrote to head office about Natalia. Regulars greet us by name. This is the connection we wanted.",
                    "Still tired after the busy weeks. I want to protect the energy we have, not spend it.",
                    "I did the courier rides. I need to keep asking rather than fixing things myself.",
                    "Give everyone one quiet shift this period to learn something they choose.",
                    Kept.YES, "Three deliveries together; he now greets at the door on his own."));

    record Other(String login, int[][] scores) {
    }

    /** From two periods ago, oldest first; a third row is the current period, answered earlier today. */
    static final List<Other> OTHERS = List.of(
            new Other("iryna.melnyk", new int[][]{{3, 4, 3}, {4, 4, 3}, {4, 4, 4}}),
            new Other("taras.hnatiuk", new int[][]{{4, 3, 3}, {4, 3, 4}, {4, 4, 4}}),
            new Other("svitlana.moroz", new int[][]{{3, 3, 2}, {3, 4, 3}, {3, 4, 3}}),
            new Other("dmytro.kravchenko", new int[][]{{4, 3, 3}, {4, 4, 3}}),
            new Other("yurii.savchenko", new int[][]{{2, 3, 3}, {3, 3, 3}}));

    static final String OTHERS_COMMITMENT =
            "Have one conversation a week with someone in my team about a customer they served.";

    private MaksymsYear() {
    }
}
