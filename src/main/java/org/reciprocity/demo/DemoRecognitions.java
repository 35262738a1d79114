package org.reciprocity.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reciprocity.culture.VisionService;
import org.reciprocity.recognition.DailyLimitReached;
import org.reciprocity.recognition.GiveRecognition;
import org.reciprocity.recognition.RecognitionService;
import org.reciprocity.security.SignIn;
import org.reciprocity.shared.StoryClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Step three: half a year on the board ({@link RecognitionPlan}). Each person signs in once and gives their
 * recognitions, each at the moment of the story it belongs to; then everyone applauds what they liked, an hour
 * after it appeared. Over the day's soft limit they confirm, as the form would ask them to.
 */
@Component
class DemoRecognitions {

    private static final Logger log = LoggerFactory.getLogger(DemoRecognitions.class);
    private static final Duration APPLAUSE_AFTER = Duration.ofHours(1);

    private final RecognitionService recognitions;
    private final VisionService vision;
    private final StoryClock clock;

    DemoRecognitions(RecognitionService recognitions, VisionService vision, StoryClock clock) {
        this.recognitions = recognitions;
        this.vision = vision;
        this.clock = clock;
    }

    void tell(SignIn signIn, Company company, Instant now) {
        try (var cast = new Cast(signIn)) {
            cast.signIn(DemoPeople.PEOPLE.stream().map(DemoPeople.Person::login).toList());
            var values = cast.call(DemoPeople.HR, vision::activeValues);
            var plan = RecognitionPlan.draw(company, values, now);
            var ids = new long[plan.size()];
            byPerson(plan, e -> List.of(e.giver())).forEach((giver, entries) -> cast.as(giver, () -> entries
                    .forEach(e -> ids[e.index()] = clock.call(e.at(), () -> give(e)))));
            var applause = 0;
            for (var byApplauder : byPerson(plan, RecognitionPlan.Entry::applauders).entrySet()) {
                var entries = byApplauder.getValue();
                cast.as(byApplauder.getKey(), () -> entries.forEach(e -> clock.run(min(e.at().plus(APPLAUSE_AFTER),
                        now), () -> recognitions.applaud(ids[e.index()]))));
                applause += entries.size();
            }
            log.info("Demo recognitions: {} entries, {} applause", plan.size(), applause);
        }
    }

    private long give(RecognitionPlan.Entry e) {
        var command = new GiveRecognition(e.recipients(), e.values(), e.story(), e.visibility(), false);
        try {
            return recognitions.give(command).id();
        } catch (DailyLimitReached overLimit) {
            return recognitions.give(command.confirmingOverLimit()).id();
        }
    }

    /** The entries of each person (in the order of the demo people), oldest first. */
    private static Map<String, List<RecognitionPlan.Entry>> byPerson(List<RecognitionPlan.Entry> plan,
            java.util.function.Function<RecognitionPlan.Entry, List<String>> people) {
        var result = new LinkedHashMap<String, List<RecognitionPlan.Entry>>();
        DemoPeople.PEOPLE.forEach(p -> result.put(p.login(), new ArrayList<>()));
        for (var entry : plan) {
            people.apply(entry).forEach(login -> result.get(login).add(entry));
        }
        result.values().removeIf(List::isEmpty);
        result.values().forEach(entries -> entries.sort(Comparator.comparing(RecognitionPlan.Entry::at)));
        return result;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
