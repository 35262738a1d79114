package org.reciprocity.recognition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.reciprocity.culture.ServiceValue;
import org.reciprocity.culture.VisionService;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeDetails;
import org.springframework.stereotype.Component;

/**
 * Entries as a reader sees them, a page at a time, in a fixed number of statements whatever the page size. Which
 * entries the reader may see is the caller's decision; this only fills in names, values and the reader's applause.
 */
@Component
class RecognitionCards {

    private final RecognitionRepository recognitions;
    private final ApplauseRepository applause;
    private final Directory directory;
    private final VisionService vision;

    RecognitionCards(RecognitionRepository recognitions, ApplauseRepository applause, Directory directory,
                     VisionService vision) {
        this.recognitions = recognitions;
        this.applause = applause;
        this.directory = directory;
        this.vision = vision;
    }

    /** The entries in the ids' order (ids no longer there are left out), with the viewer's applause. */
    List<RecognitionCard> load(List<Long> ids, RecognitionQueries.Viewer viewer) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var entries = recognitions.findAllWithDetails(ids).stream()
                .collect(Collectors.toMap(Recognition::getId, Function.identity()));
        var mine = viewer.employeeId() == null ? Set.<Long>of() : applause.applaudedBy(viewer.employeeId(), ids);
        var people = people(entries.values());
        var values = values(entries.values());
        var cards = new ArrayList<RecognitionCard>(ids.size());
        for (var id : ids) {
            var entry = entries.get(id);
            if (entry != null) {
                cards.add(card(entry, people, values, mine.contains(id)));
            }
        }
        return cards;
    }

    private Map<Long, EmployeeDetails> people(Iterable<Recognition> entries) {
        var ids = new HashSet<Long>();
        for (var entry : entries) {
            if (entry.getGiverId() != null) {
                ids.add(entry.getGiverId());
            }
            entry.getRecipients().forEach(r -> ids.add(r.employeeId()));
        }
        Map<Long, EmployeeDetails> people = new HashMap<>();
        directory.findAll(ids).forEach(p -> people.put(p.id(), p));
        return people;
    }

    private Map<Long, ServiceValue> values(Iterable<Recognition> entries) {
        var ids = new HashSet<Long>();
        entries.forEach(entry -> ids.addAll(entry.getValueIds()));
        Map<Long, ServiceValue> values = new HashMap<>();
        if (!ids.isEmpty()) {
            vision.values(ids).forEach(v -> values.put(v.id(), v));
        }
        return values;
    }

    private static RecognitionCard card(Recognition entry, Map<Long, EmployeeDetails> people,
                                        Map<Long, ServiceValue> values, boolean applaudedByMe) {
        var giver = entry.getGiverId() == null ? null : person(people, entry.getGiverId(), null);
        var recipients = entry.getRecipients().stream()
                .map(r -> person(people, r.employeeId(), r))
                .sorted(Comparator.comparing(RecognitionCard.Person::name))
                .toList();
        var named = entry.getValueIds().stream().map(values::get).filter(v -> v != null)
                .sorted(Comparator.comparingLong(ServiceValue::id)).toList();
        return new RecognitionCard(entry.getId(), giver, recipients, named, entry.getStory(), entry.getSource(),
                entry.getVisibility(), entry.getCreatedAt(), entry.getApplauseCount(), applaudedByMe);
    }

    private static RecognitionCard.Person person(Map<Long, EmployeeDetails> people, long id,
                                                 @Nullable Recipient recipient) {
        var details = people.get(id);
        var name = details == null ? "#" + id : details.fullName();
        if (recipient != null) {
            return new RecognitionCard.Person(id, name, recipient.departmentId(), recipient.locationId());
        }
        return new RecognitionCard.Person(id, name, details == null ? 0 : details.department().id(),
                details == null ? 0 : details.location().id());
    }
}
