package org.reciprocity.security;

/** Role names as compile-time constants, for {@code @RolesAllowed} and {@code @PreAuthorize}. */
public final class Roles {

    public static final String EMPLOYEE = "EMPLOYEE";
    public static final String MANAGER = "MANAGER";
    public static final String HR = "HR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
