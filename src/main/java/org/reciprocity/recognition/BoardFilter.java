package org.reciprocity.recognition;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The board's filters; null means "any". A department or location matches any of an entry's recipients. */
public record BoardFilter(@Nullable Long departmentId, @Nullable Long locationId, @Nullable Long valueId,
                          @Nullable Instant since, @Nullable Source source) {

    public static final BoardFilter ALL = new BoardFilter(null, null, null, null, null);

    public BoardFilter withLocation(@Nullable Long id) {
        return new BoardFilter(departmentId, id, valueId, since, source);
    }
}
