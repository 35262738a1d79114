package org.reciprocity.review;

import org.reciprocity.security.Role;
import org.reciprocity.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start-up, reports filed while review was not listening (or before it existed) get their cases. */
@Component
@Order(35)
class OpenMissingCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OpenMissingCases.class);

    private final ReviewService review;

    OpenMissingCases(ReviewService review) {
        this.review = review;
    }

    @Override
    public void run(ApplicationArguments args) {
        var opened = SystemAccess.callAs(review::openMissingCases, Role.HR);
        if (opened > 0) {
            log.info("Opened {} review cases for reports that had none", opened);
        }
    }
}
