package org.reciprocity.review;

import java.util.Optional;
import java.util.function.Predicate;
import org.reciprocity.people.Directory;
import org.reciprocity.reporting.ReportDetails;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.reporting.ReportService;
import org.reciprocity.reporting.ReportStatus;
import org.reciprocity.security.Role;
import org.reciprocity.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * HR's demo work on the demo reports: Olena published one praise, took on two reports and recognised Anna for
 * keeping her dignity (so Max has a check-in); the report from Lviv waits, overdue. Once: skipped when the audit
 * trail has anything in it.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("reciprocity.demo-data")
class DemoReview implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReview.class);

    private final ReviewService review;
    private final ReportService reports;
    private final Directory directory;
    private final AuditTrail audit;
    private final UserDetailsService users;

    DemoReview(ReviewService review, ReportService reports, Directory directory, AuditTrail audit,
               UserDetailsService users) {
        this.review = review;
        this.reports = reports;
        this.directory = directory;
        this.audit = audit;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (audit.count() > 0) {
            return;
        }
        asOlena(this::work);
    }

    private void asOlena(Runnable work) {
        try {
            var olena = users.loadUserByUsername("olena");
            var previous = SecurityContextHolder.getContext();
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(olena, null,
                    olena.getAuthorities()));
            SecurityContextHolder.setContext(context);
            try {
                work.run();
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        } catch (UsernameNotFoundException noOlena) {
            SystemAccess.runAs(work, Role.HR);
        }
    }

    private void work() {
        var olena = review.hrPeople().stream().filter(p -> p.fullName().equals("Olena Bondarenko")).findFirst()
                .map(p -> p.id()).orElse(null);
        // The praise of Bohdan, with the customer's consent: published on the board.
        find(ReportKind.PRAISE, r -> r.publicConsent() && r.who().contains("Bohdan")).ifPresent(r -> {
            var c = review.assign(r.id(), version(r.id()), olena);
            var bohdan = employee("Bohdan Tkachenko");
            if (bohdan.isPresent()) {
                c = review.link(r.id(), c.version(), bohdan.get());
                if (c.status() == ReportStatus.ACKNOWLEDGED) {
                    c = review.move(r.id(), c.version(), ReportStatus.IN_REVIEW, null);
                }
                if (c.next().contains(ReportStatus.PUBLISHED)) {
                    review.move(r.id(), c.version(), ReportStatus.PUBLISHED, null);
                }
            }
        });
        // The guard in Odesa: in review, with a note.
        find(ReportKind.CUSTOMER_MISTREATED, r -> r.status() == ReportStatus.IN_REVIEW).ifPresent(r -> {
            review.assign(r.id(), version(r.id()), olena);
            review.note(r.id(), "Asked the Odesa store manager for the entrance camera recording of Saturday, "
                    + "10:30–11:30, and for the guard's shift schedule.");
        });
        // Anna's own report of a threatening customer: acknowledged, handled, Anna recognised.
        find(ReportKind.STAFF_MISTREATED, r -> r.reporterEmployeeId() != null).ifPresent(r -> {
            var c = review.move(r.id(), version(r.id()), ReportStatus.ACKNOWLEDGED, null);
            c = review.assign(r.id(), c.version(), olena);
            c = review.move(r.id(), c.version(), ReportStatus.IN_REVIEW, null);
            review.reply(r.id(), "Thank you for telling us, Anna. Nobody has to put up with threats. "
                    + "We have spoken with Max about what happened.");
            var anna = employee("Anna Kovalenko");
            if (anna.isPresent()) {
                c = review.link(r.id(), review.open(r.id()).orElseThrow().version(), anna.get());
                c = review.recordOutcome(r.id(), c.version(), CustomerOutcome.WARNED,
                        "The store manager told the customer that threats are not accepted in our shops.");
                review.recogniseDignity(r.id(), c.version(), anna.get());
            }
        });
        log.info("Demo review work done");
    }

    private long version(long reportId) {
        return review.open(reportId).orElseThrow().version();
    }

    private Optional<Long> employee(String name) {
        return directory.pick(name, PageRequest.of(0, 1)).stream().findFirst().map(e -> e.id());
    }

    private Optional<ReportDetails> find(ReportKind kind, Predicate<ReportDetails> which) {
        return review.queue(new CaseQuery(java.util.Set.of(), kind, null, null, false), PageRequest.of(0, 50))
                .stream()
                .map(row -> reports.find(row.reportId()))
                .flatMap(Optional::stream)
                .filter(which)
                .findFirst();
    }
}
