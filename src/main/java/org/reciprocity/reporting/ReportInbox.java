package org.reciprocity.reporting;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * HR's side of the reporter's inbox. HR review owns the case (status, deadlines, workflow) and calls this to read a
 * report as told and to record each public step of it — a status the reporter is shown, a reply — in the history
 * the reporter reads with their receipt code or under "My reports". Nothing comes back as an event.
 */
@Service
@Validated
public class ReportInbox {

    private final ReportRepository reports;
    private final ReportHistory history;
    private final Clock clock;

    ReportInbox(ReportRepository reports, ReportHistory history, Clock clock) {
        this.reports = reports;
        this.history = history;
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

    /** Records one public step in the reporter's history: the status they now see, a reply, or both at once. */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public void record(@Valid InboxStep step) {
        var report = reports.findById(step.reportId())
                .orElseThrow(() -> new ReportingException(null, "reporting.report.unknown"));
        var now = clock.instant();
        if (step.status() != null) {
            history.show(report, step.status(), now);
        }
        if (step.reply() != null && !step.reply().isBlank()) {
            history.write(report.getId(), ReportAuthor.COMPANY, step.reply(), now);
        }
    }
}
