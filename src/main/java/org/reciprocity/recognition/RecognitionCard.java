package org.reciprocity.recognition;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.reciprocity.culture.ServiceValue;

/**
 * An entry as a reader sees it.
 *
 * @param giver         the colleague who gave it; null for customer praise and HR's recognition
 * @param recipients    who was recognised, with the department and location they had then
 * @param story         the text as typed (show it as text, never as HTML); empty for HR's dignity recognition
 * @param applause      how many people applauded
 * @param applaudedByMe whether the reader has applauded it
 */
public record RecognitionCard(long id, @Nullable Person giver, List<Person> recipients, List<ServiceValue> values,
                              String story, Source source, Visibility visibility, Instant createdAt, int applause,
                              boolean applaudedByMe) {

    /** A person named on a card. */
    public record Person(long id, String name, long departmentId, long locationId) {
    }

    /** Where the next page of a list that ends with this card starts. */
    public BoardCursor cursor() {
        return new BoardCursor(createdAt, id);
    }

    /** Whether the board with this filter would show the entry (for entries that arrive live). */
    public boolean matches(BoardFilter filter) {
        return visibility == Visibility.PUBLIC
                && (filter.source() == null || filter.source() == source)
                && (filter.since() == null || !createdAt.isBefore(filter.since()))
                && (filter.departmentId() == null || recipients.stream().anyMatch(p -> p.departmentId() == filter.departmentId()))
                && (filter.locationId() == null || recipients.stream().anyMatch(p -> p.locationId() == filter.locationId()))
                && (filter.valueId() == null || values.stream().anyMatch(v -> v.id() == filter.valueId()));
    }
}
