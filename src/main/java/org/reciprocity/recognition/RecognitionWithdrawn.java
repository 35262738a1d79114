package org.reciprocity.recognition;

import java.time.Instant;

/** A public entry was taken off the board (customer praise HR unpublished): screens showing it drop it. */
public record RecognitionWithdrawn(long recognitionId, Instant withdrawnAt) {
}
