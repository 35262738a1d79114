package org.reciprocity.recognition;

import org.reciprocity.culture.ServiceValue;

/** How often a value was named in the recognitions a person received. */
public record ValueCount(ServiceValue value, long count) {
}
