package org.reciprocity.security;

/** What a person may do in the portal. A manager and an HR person are also employees. */
public enum Role {
    EMPLOYEE, MANAGER, HR, ADMIN;

    /** The key of the role's name in the translation bundles. */
    public String translationKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
