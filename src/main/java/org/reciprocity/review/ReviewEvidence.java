package org.reciprocity.review;

import org.reciprocity.reporting.ReportKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The two series review adds beside a manager's scores: customer praise about the team, and abuse they faced. */
@Configuration(proxyBeanMethods = false)
class ReviewEvidence {

    @Bean
    LinkedReportEvidence customerPraiseEvidence(ReviewCaseRepository cases) {
        return new LinkedReportEvidence(cases, ReportKind.PRAISE, "review.evidence.praise");
    }

    @Bean
    LinkedReportEvidence abuseEvidence(ReviewCaseRepository cases) {
        return new LinkedReportEvidence(cases, ReportKind.STAFF_MISTREATED, "review.evidence.abuse");
    }
}
