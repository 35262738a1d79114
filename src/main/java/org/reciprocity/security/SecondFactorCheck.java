package org.reciprocity.security;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What became of a code typed on the second-factor page.
 *
 * @param refusedUntil       for {@link Outcome#TOO_MANY_WRONG}: when codes are taken again
 * @param recoveryCodesLeft  unused recovery codes after a recovery code was used
 * @param newRecoveryCodes   after a confirmed enrolment: the ten recovery codes, shown once and never again
 */
public record SecondFactorCheck(Outcome outcome, @Nullable Instant refusedUntil, int recoveryCodesLeft,
                                List<String> newRecoveryCodes) {

    public enum Outcome {
        PASSED,
        /** the code was right but has been accepted before (replay), within its window */
        USED_ALREADY,
        WRONG,
        /** too many wrong codes for this account lately: nothing is checked until {@code refusedUntil} */
        TOO_MANY_WRONG
    }

    public boolean passed() {
        return outcome == Outcome.PASSED;
    }

    static SecondFactorCheck of(Outcome outcome) {
        return new SecondFactorCheck(outcome, null, 0, List.of());
    }
}
