package org.reciprocity.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.reciprocity.people.Directory;
import org.reciprocity.shared.Text;
import org.springframework.stereotype.Component;

/**
 * What a reporter sees happen to their report — the statuses they were shown and the conversation — read and
 * written in one place for the reporter's side ({@link ReportService}) and HR's ({@link ReportInbox}).
 */
@Component
class ReportHistory {

    private final ReportMessageRepository messages;
    private final ReportStatusRepository statuses;
    private final Directory directory;

    ReportHistory(ReportMessageRepository messages, ReportStatusRepository statuses, Directory directory) {
        this.messages = messages;
        this.statuses = statuses;
        this.directory = directory;
    }

    /** A new report's first step: received, when it was filed. */
    void received(Report report) {
        statuses.save(new ReportStatusEntry(report.getId(), report.getStatus(), report.getFiledAt()));
    }

    /** The report now shows {@code status}; a status it already shows is not repeated. True if it is new. */
    boolean show(Report report, ReportStatus status, Instant at) {
        if (report.getStatus() == status) {
            return false;
        }
        report.changeStatus(status, at);
        statuses.save(new ReportStatusEntry(report.getId(), status, at));
        return true;
    }

    /** Stores a message as {@link Text#lines} normalises it: the form that was validated. */
    ReportMessage write(long reportId, ReportAuthor author, String text, Instant at) {
        return messages.save(new ReportMessageEntry(reportId, author, Text.lines(text), at)).view();
    }

    List<ReportMessage> messagesOf(long reportId) {
        return messages.findByReportIdOrderByWrittenAtAscIdAsc(reportId).stream().map(ReportMessageEntry::view)
                .toList();
    }

    List<StatusChange> historyOf(long reportId) {
        return statuses.findByReportIdOrderByChangedAtAscIdAsc(reportId).stream().map(ReportStatusEntry::view)
                .toList();
    }

    Map<Long, String> locationNames() {
        return directory.locationNames();
    }
}
