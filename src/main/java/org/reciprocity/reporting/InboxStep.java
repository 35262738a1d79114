package org.reciprocity.reporting;

import jakarta.validation.constraints.AssertTrue;
import org.jspecify.annotations.Nullable;
import org.reciprocity.shared.PlainText;
import org.reciprocity.shared.Text;

/**
 * One public step of a report, as HR review records it in the reporter's inbox: a new status, a reply, or both.
 *
 * @param status the status the reporter now sees; null keeps the current one
 * @param reply  a message the reporter reads with their code or under "My reports"; null for none
 */
public record InboxStep(long reportId, @Nullable ReportStatus status,
                        @PlainText(max = ReportService.MESSAGE_MAX, multiline = true,
                                message = "{reporting.message.length}") @Nullable String reply) {

    public InboxStep {
        reply = reply == null ? null : Text.lines(reply);
    }

    public static InboxStep status(long reportId, ReportStatus status) {
        return new InboxStep(reportId, status, null);
    }

    public static InboxStep reply(long reportId, String text) {
        return new InboxStep(reportId, null, text);
    }

    @AssertTrue(message = "{reporting.message.required}")
    boolean isSomething() {
        return status != null || (reply != null && !reply.isEmpty());
    }
}
