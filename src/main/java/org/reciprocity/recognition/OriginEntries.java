package org.reciprocity.recognition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.reciprocity.people.Workplaces;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entries that no colleague gave — customer praise, HR's recognition — recorded once per origin. The trusted entry
 * point of this module's listeners: no person is acting (the event publication registry may publish the event
 * again after a restart, with nobody signed in), so nothing here asks who is signed in and nothing it calls does.
 * Package-private, so only this module's code reaches it.
 */
@Component
class OriginEntries {

    private final RecognitionRepository recognitions;
    private final ApplauseRepository applause;
    private final Workplaces workplaces;
    private final ApplicationEventPublisher events;

    OriginEntries(RecognitionRepository recognitions, ApplauseRepository applause, Workplaces workplaces,
                  ApplicationEventPublisher events) {
        this.recognitions = recognitions;
        this.applause = applause;
        this.workplaces = workplaces;
        this.events = events;
    }

    /**
     * Records the entry unless its origin already has one; recipients the directory no longer knows are left out.
     * Runs in the caller's transaction (the listener's own).
     *
     * @return the new entry's id, or null when the origin was recorded before
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @Nullable Long record(Source source, Visibility visibility, long originRef, List<Long> employeeIds, String story,
                          Instant at) {
        if (recognitions.existsBySourceAndOriginRef(source, originRef)) {
            return null;
        }
        var saved = recognitions.save(new Recognition(null, source, visibility, story, at, recipients(employeeIds),
                List.of(), originRef));
        events.publishEvent(RecognitionGiven.of(saved));
        return saved.getId();
    }

    /**
     * Takes the origin's entry off the board for good: it becomes a tombstone nobody sees, its applause is gone, and
     * screens showing it are told ({@link RecognitionWithdrawn}). Withdrawing again changes nothing. If the entry was
     * never recorded (its publishing event still waits for a replay), the tombstone is written now, so that the
     * replay finds the origin recorded and adds nothing. Runs in the caller's transaction (the listener's own).
     *
     * @return whether a visible entry was taken off
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean withdraw(Source source, long originRef, Instant at) {
        var entry = recognitions.findBySourceAndOriginRef(source, originRef).orElse(null);
        if (entry == null) {
            var tombstone = new Recognition(null, source, Visibility.PRIVATE, "", at, List.of(), List.of(), originRef);
            tombstone.withdraw(at);
            recognitions.save(tombstone);
            return false;
        }
        if (entry.getWithdrawnAt() != null) {
            return false;
        }
        var wasPublic = entry.getVisibility() == Visibility.PUBLIC;
        applause.deleteByRecognition(entry.getId());
        entry.withdraw(at);
        if (wasPublic) {
            events.publishEvent(new RecognitionWithdrawn(entry.getId(), at));
        }
        return wasPublic;
    }

    /** In the order given, each once, with the department and location they have now. */
    private List<Recipient> recipients(List<Long> employeeIds) {
        var ids = new LinkedHashSet<>(employeeIds);
        var found = workplaces.of(ids);
        var recipients = new ArrayList<Recipient>(ids.size());
        for (var id : ids) {
            var workplace = found.get(id);
            if (workplace != null) {
                recipients.add(Recipient.of(id, workplace));
            }
        }
        return recipients;
    }
}
