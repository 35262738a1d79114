package org.reciprocity.recognition;

import java.time.Instant;

/** Keyset position in a newest-first list: the next page holds the entries older than this one. */
public record BoardCursor(Instant createdAt, long id) {
}
