package org.reciprocity.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.reciprocity.culture.PublishVision;
import org.reciprocity.culture.ValueDraft;
import org.reciprocity.culture.VisionService;
import org.reciprocity.security.SignIn;
import org.reciprocity.shared.StoryClock;
import org.springframework.stereotype.Component;

/**
 * Step two: Olena, HR, publishes the company's vision and its five service values — drawn from the articles the
 * product grew from — before the half year of recognitions that name them begins.
 */
@Component
class DemoVision {

    /** Published a little before the oldest recognition of the story. */
    static final Duration AGO = Duration.ofDays(200);

    static final String STATEMENT = """
            We exist so that every customer leaves a little better off than they came in: helped in one step, \
            treated with respect, and glad to come back.
            People remember how we made them feel long after they forget what they bought. A team that is \
            respected passes that respect on, so we look after each other as carefully as we look after our \
            customers.""";

    static final List<ValueDraft> VALUES = List.of(
            new ValueDraft(null, "Honest and transparent",
                    "We say plainly what we can and cannot do, show prices and terms up front, and admit a "
                            + "mistake before the customer has to point it out."),
            new ValueDraft(null, "Solve it in one step",
                    "The first person the customer meets owns the problem until it is solved, without sending "
                            + "them from desk to desk or asking them to repeat their story."),
            new ValueDraft(null, "Go the extra mile",
                    "We notice what the customer did not ask for but will be glad of, and do it: carry the bag, "
                            + "call when the item arrives, remember the name."),
            new ValueDraft(null, "Keep calm and dignified",
                    "When a customer is rude we stay polite, protect ourselves and our colleagues, and call a "
                            + "manager when needed. Nobody here has to put up with abuse."),
            new ValueDraft(null, "Follow up and talk",
                    "After the service we ask how it went, answer every voice quickly, and tell people what we "
                            + "did with what they told us."));

    private final VisionService vision;
    private final StoryClock clock;

    DemoVision(VisionService vision, StoryClock clock) {
        this.vision = vision;
        this.clock = clock;
    }

    void publish(SignIn signIn, Instant now) {
        try (var cast = new Cast(signIn)) {
            cast.as(DemoPeople.HR, () -> clock.run(now.minus(AGO),
                    () -> vision.publish(new PublishVision(0, STATEMENT, VALUES))));
        }
    }
}
