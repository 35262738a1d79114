package org.reciprocity.notification;

import java.time.Clock;
import org.reciprocity.shared.CompanySettings;
import org.springframework.stereotype.Component;

/** Which daily and weekly digest is due now: by the injected clock, the digest hour and the company's zone. */
@Component
class DigestSchedule {

    private final Clock clock;
    private final CompanySettings company;
    private final MailSettings settings;

    DigestSchedule(Clock clock, CompanySettings company, MailSettings settings) {
        this.clock = clock;
        this.company = company;
        this.settings = settings;
    }

    DigestPeriod due(Delivery cadence) {
        return DigestPeriod.due(cadence, clock.instant(), company.timeZone(), settings.digestHour());
    }
}
