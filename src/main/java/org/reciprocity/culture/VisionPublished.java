package org.reciprocity.culture;

/** A new version of the service vision was published; everyone is asked to read it again. */
public record VisionPublished(int version) {
}
