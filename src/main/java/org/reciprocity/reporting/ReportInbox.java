package org.reciprocity.reporting;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * HR's side of the reporter's inbox. HR review owns the case (status, deadlines, workflow) and calls this to read a
 * report as told and to record each public step of it — a status the reporter is shown, a reply — in the history
 * the reporter reads with their receipt code or under "My reports". Nothing comes back to review as an event; the
 * reporter is told there is something new ({@link ReporterUpdated}, for the notification module).
 */
@Service
@Validated
public class ReportInbox {

    private final ReportRepository reports;
    private final ReportHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportInbox(ReportRepository reports, ReportHistory history, ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<ReportDetails> find(long id) {
        return reports.findById(id).map(r -> new ReportDetails(r.getId(), r.getKind(), r.getLocationId(),
                history.locationNames().getOrDefault(r.getLocationId(), ""), r.getOccurredAt(), r.getFiledAt(),
                r.getWho(), r.getWhat(), r.getContactEmail(), r.isPublicConsent(), r.getReporterEmployeeId(),
                history.messagesOf(r.getId()), history.historyOf(r.getId())));
    }

    /**
     * Records one public step in the reporter's history: the status they now see, a reply, or both at once. When the
     * reporter has something new to read, one {@link ReporterUpdated} says so — where to reach them, never what.
     */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public void record(@Valid InboxStep step) {
        var report = reports.findById(step.reportId())
                .orElseThrow(() -> new ReportingException(null, "reporting.report.unknown"));
        var now = clock.instant();
        var news = step.status() != null && history.show(report, step.status(), now);
        if (step.reply() != null && !step.reply().isBlank()) {
            history.write(report.getId(), ReportAuthor.COMPANY, step.reply(), now);
            news = true;
        }
        if (news) {
            // an address is stored only with the reporter's consent to be contacted at it (ReportService.file)
            events.publishEvent(new ReporterUpdated(report.getId(), report.getReporterEmployeeId(),
                    report.getContactEmail(), report.getLanguage(), now));
        }
    }
}
