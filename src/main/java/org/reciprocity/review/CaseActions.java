package org.reciprocity.review;

import java.util.List;
import java.util.Set;

/**
 * What the reader may do with a case now, decided by the service so that no view repeats a rule. All false and
 * empty for admin, who reads only.
 *
 * @param next             the statuses HR may move the case to
 * @param assignToMe       the reader is an HR person the case is not assigned to yet
 * @param link             people can be linked (the case is open)
 * @param unlinkable       linked people who can be unlinked (not yet recognised for their dignity)
 * @param recordOutcome    a STAFF_MISTREATED case not dismissed: the outcome towards the customer can be recorded
 * @param dignityPossible  linked staff who can still be recognised for keeping their dignity
 * @param toPublish        open praise: what is still needed before it can go on the board, in order (empty when it
 *                         can now, or when publishing does not apply)
 */
public record CaseActions(boolean editable, Set<CaseStatus> next, boolean assignToMe, boolean link,
                          Set<Long> unlinkable, boolean recordOutcome, Set<Long> dignityPossible,
                          List<PublishNeed> toPublish) {

    static final CaseActions READ_ONLY = new CaseActions(false, Set.of(), false, false, Set.of(), false, Set.of(),
            List.of());

    public CaseActions {
        next = Set.copyOf(next);
        toPublish = List.copyOf(toPublish);
        unlinkable = Set.copyOf(unlinkable);
        dignityPossible = Set.copyOf(dignityPossible);
    }

    public boolean reply() {
        return editable;
    }

    public boolean note() {
        return editable;
    }
}
