package org.reciprocity.culture;

import java.time.Instant;
import java.util.List;

/** The current service vision and values, as published in {@code version}. */
public record Vision(int version, String statement, Instant publishedAt, String publishedBy,
                     List<ServiceValue> values) {
}
