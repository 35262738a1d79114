package org.reciprocity.review;

/** What happened to a case, as written in its audit trail. */
public enum AuditAction {
    STATUS, REASON, ASSIGNED, LINKED, UNLINKED, NOTE, REPLY, OUTCOME, DIGNITY;

    public String translationKey() {
        return "review.audit." + name();
    }
}
