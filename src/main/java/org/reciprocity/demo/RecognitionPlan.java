package org.reciprocity.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.reciprocity.culture.ServiceValue;
import org.reciprocity.recognition.Visibility;
import org.reciprocity.shared.Languages;

/**
 * Half a year of recognitions across the demo company, drawn from a fixed seed so that every start tells the same
 * story: mostly colleagues (some in private), some customers' words passed on by the staff member's manager, and
 * a few private thanks from HR for keeping one's dignity with an abusive customer; public entries get applause.
 */
final class RecognitionPlan {

    static final int ENTRIES = 320;
    static final long SEED = 20261127;
    static final int DAYS = 180;

    /** One recognition: who gives it, to whom, when; and who applauds it (public ones only). */
    record Entry(int index, String giver, Set<Long> recipients, Set<Long> values, String story,
                 Visibility visibility, Instant at, List<String> applauders) {
    }

    private final Company company;
    private final List<DemoPeople.Person> people = DemoPeople.PEOPLE;
    private final Map<String, List<DemoPeople.Person>> byLocation = new HashMap<>();
    private final List<Long> values;
    private final long dignity;
    private final Random random = new Random(SEED);

    private RecognitionPlan(Company company, List<ServiceValue> activeValues) {
        this.company = company;
        people.forEach(p -> byLocation.computeIfAbsent(p.location(), k -> new ArrayList<>()).add(p));
        this.values = activeValues.stream().map(ServiceValue::id).toList();
        this.dignity = activeValues.stream().filter(v -> v.name(Languages.ENGLISH).equals("Keep calm and dignified")).findFirst()
                .orElse(activeValues.getFirst()).id();
    }

    /** The entries, in the order they were drawn, over the {@value #DAYS} days before {@code now}. */
    static List<Entry> draw(Company company, List<ServiceValue> activeValues, Instant now) {
        if (activeValues.isEmpty()) {
            return List.of();
        }
        var plan = new RecognitionPlan(company, activeValues);
        var entries = new ArrayList<Entry>(ENTRIES);
        for (var i = 0; i < ENTRIES; i++) {
            entries.add(plan.next(i, now));
        }
        return entries;
    }

    private Entry next(int index, Instant now) {
        var at = now.minus(Duration.ofMinutes(random.nextInt(DAYS * 24 * 60)));
        var kind = random.nextInt(100);
        if (kind < 10) {
            var recipient = anyone();
            var words = RecognitionStories.CUSTOMERS.get(random.nextInt(RecognitionStories.CUSTOMERS.size()));
            var giver = recipient.manager() != null ? recipient.manager() : DemoPeople.HR;
            var value = values.get(random.nextInt(values.size()));
            return withApplause(index, giver, Set.of(company.id(recipient.login())), Set.of(value),
                    RecognitionStories.PASSED_ON.formatted(recipient.firstName(), words), Visibility.PUBLIC, at);
        }
        if (kind < 12) {
            var recipient = anyone();
            var giver = recipient.login().equals(DemoPeople.HR) ? Objects.requireNonNull(recipient.manager())
                    : DemoPeople.HR;
            return new Entry(index, giver, Set.of(company.id(recipient.login())), Set.of(dignity),
                    RecognitionStories.DIGNITY.formatted(recipient.firstName()), Visibility.PRIVATE, at, List.of());
        }
        var giver = anyone();
        var pool = random.nextInt(10) < 7 ? byLocation.get(giver.location()) : people;
        var chosen = new LinkedHashSet<DemoPeople.Person>();
        var wanted = random.nextInt(10) < 8 ? 1 : 2;
        for (var attempt = 0; chosen.size() < wanted && attempt < 20; attempt++) {
            var candidate = pool.get(random.nextInt(pool.size()));
            if (!candidate.equals(giver)) {
                chosen.add(candidate);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(people.get((people.indexOf(giver) + 1) % people.size()));
        }
        var named = new LinkedHashSet<Long>();
        var valueCount = 1 + random.nextInt(Math.min(3, values.size()));
        while (named.size() < valueCount) {
            named.add(values.get(random.nextInt(values.size())));
        }
        var firstName = chosen.getFirst().firstName();
        var story = RecognitionStories.COLLEAGUES.get(random.nextInt(RecognitionStories.COLLEAGUES.size()))
                .formatted(firstName);
        var visibility = random.nextInt(100) < 15 ? Visibility.PRIVATE : Visibility.PUBLIC;
        var recipients = new LinkedHashSet<Long>();
        chosen.forEach(p -> recipients.add(company.id(p.login())));
        return withApplause(index, giver.login(), recipients, named, story, visibility, at);
    }

    private Entry withApplause(int index, String giver, Set<Long> recipients, Set<Long> named, String story,
                               Visibility visibility, Instant at) {
        var applauders = new LinkedHashSet<String>();
        if (visibility == Visibility.PUBLIC) {
            var count = random.nextInt(9);
            while (applauders.size() < count) {
                applauders.add(anyone().login());
            }
        }
        return new Entry(index, giver, recipients, named, story, visibility, at, List.copyOf(applauders));
    }

    private DemoPeople.Person anyone() {
        return people.get(random.nextInt(people.size()));
    }
}
