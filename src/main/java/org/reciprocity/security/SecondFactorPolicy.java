package org.reciprocity.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Who must pass a second factor after their first: the roles of the setting, and anyone who enrolled. */
@Component
class SecondFactorPolicy {

    private final SecondFactorSettings settings;
    private final ObjectProvider<SecondFactorExemption> exemptions;
    private final SecondFactorRepository factors;

    SecondFactorPolicy(SecondFactorSettings settings, ObjectProvider<SecondFactorExemption> exemptions,
                       SecondFactorRepository factors) {
        this.settings = settings;
        this.exemptions = exemptions;
        this.factors = factors;
    }

    boolean requires(SignedInUser user) {
        if (exemptions.stream().anyMatch(e -> e.exempts(user.username()))) {
            return false;
        }
        return user.roles().stream().anyMatch(settings.requiredRoles()::contains)
                || factors.isConfirmed(user.accountId());
    }
}
