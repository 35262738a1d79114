package org.reciprocity.people;

import org.jspecify.annotations.Nullable;

/** A place where the company serves customers; {@code code} is what a QR code on the counter carries. */
public record LocationRef(long id, long version, String code, String name, @Nullable String address) {
}
