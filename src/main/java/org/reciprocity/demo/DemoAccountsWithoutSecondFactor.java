package org.reciprocity.demo;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reciprocity.security.InitialAdmin;
import org.reciprocity.security.SecondFactorExemption;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * In demo mode, the demo's accounts (its forty people and {@code admin}) sign in with their published password
 * alone, so that anyone can try the portal as HR or admin at once. Any other account — one an admin opens in the
 * demo — passes the second factor its role asks for. Off with demo data, like everything of the demo.
 */
@Component
@ConditionalOnBooleanProperty("reciprocity.demo-data")
class DemoAccountsWithoutSecondFactor implements SecondFactorExemption {

    private static final Set<String> DEMO_ACCOUNTS = Stream.concat(Stream.of(InitialAdmin.USERNAME),
            DemoPeople.PEOPLE.stream().map(DemoPeople.Person::login)).collect(Collectors.toUnmodifiableSet());

    @Override
    public boolean exempts(String username) {
        return DEMO_ACCOUNTS.contains(username);
    }
}
