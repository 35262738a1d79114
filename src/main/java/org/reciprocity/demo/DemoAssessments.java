package org.reciprocity.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.reciprocity.assessment.Answer;
import org.reciprocity.assessment.AssessmentService;
import org.reciprocity.assessment.Kept;
import org.reciprocity.assessment.Period;
import org.reciprocity.assessment.SaveAssessment;
import org.reciprocity.security.SignIn;
import org.reciprocity.shared.CompanySettings;
import org.reciprocity.shared.StoryClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Step four: the managers look in the mirror ({@link MaksymsYear}). Maksym submits each month of his year
 * towards its end, in that month; his current period stays open, so that the reminder shows. The other managers
 * submit their recent periods the same way.
 */
@Component
class DemoAssessments {

    private static final Logger log = LoggerFactory.getLogger(DemoAssessments.class);

    private final AssessmentService assessments;
    private final StoryClock clock;
    private final ZoneId zone;

    DemoAssessments(AssessmentService assessments, StoryClock clock, CompanySettings company) {
        this.assessments = assessments;
        this.clock = clock;
        this.zone = company.timeZone();
    }

    void write(SignIn signIn, Instant now) {
        try (var cast = new Cast(signIn).signIn(DemoPeople.MANAGERS)) {
            cast.as(DemoPeople.MAX, this::maksym);
            for (var other : MaksymsYear.OTHERS) {
                cast.as(other.login(), () -> recent(other.scores(), now));
            }
        }
        log.info("Demo self-assessments: a year for Maksym, recent periods for {} other managers",
                MaksymsYear.OTHERS.size());
    }

    private void maksym() {
        var period = assessments.currentPeriod();
        for (var i = 0; i < MaksymsYear.MONTHS.size(); i++) {
            period = period.previous();
        }
        for (var month : MaksymsYear.MONTHS) {
            var answers = List.of(new Answer(month.scores()[0], month.customers()),
                    new Answer(month.scores()[1], month.team()), new Answer(month.scores()[2], month.me()));
            submit(period, submittedIn(period, 20), answers, month.commitment(), month.kept(), month.note());
            period = period.next();
        }
    }

    /** From two periods ago; with three rows the last one is the current period, answered an hour ago. */
    private void recent(int[][] rows, Instant now) {
        var current = assessments.currentPeriod();
        var period = current.previous().previous();
        Kept kept = null;
        for (var row : rows) {
            var at = period.equals(current) ? earlierToday(current, now) : submittedIn(period, 22);
            var answers = List.of(new Answer(row[0], ""), new Answer(row[1], ""), new Answer(row[2], ""));
            submit(period, at, answers, MaksymsYear.OTHERS_COMMITMENT, kept, "");
            kept = Kept.PARTLY;
            period = period.next();
        }
    }

    /** Submits as the signed-in manager at {@code at}, when {@code period} is the period that runs. */
    private void submit(Period period, Instant at, List<Answer> answers, String commitment, @Nullable Kept kept,
                        String note) {
        clock.run(at, () -> assessments.submit(new SaveAssessment(period, null, answers, commitment, kept, note)));
    }

    /** A moment inside the period: the given day of it (or its last day) at 18:00 in the company's zone. */
    private Instant submittedIn(Period period, int day) {
        var date = period.start().plusDays(day - 1L);
        if (!date.isBefore(period.end())) {
            date = period.end().minusDays(1);
        }
        return date.atTime(18, 0).atZone(zone).toInstant();
    }

    private Instant earlierToday(Period current, Instant now) {
        var earlier = now.minus(Duration.ofHours(1));
        return earlier.isBefore(current.from(zone)) ? now : earlier;
    }
}
