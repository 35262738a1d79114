package org.reciprocity.reporting;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A report as the form filled it in.
 *
 * @param kind           what it is about
 * @param locationId     where it happened
 * @param occurredAt     when, in the company's time zone (date and approximate time); not in the future
 * @param who            the staff member: name, badge or a description
 * @param what           what happened, 20–4,000 characters
 * @param email          optional address for the company to answer; kept only with {@code contactConsent}
 * @param contactConsent the reporter agrees to be contacted at {@code email}
 * @param publicConsent  for praise: the story may be shown on the recognition board
 * @param named          a signed-in employee files under their name (HR sees who); false files anonymously
 * @param trap           the honeypot field, invisible to people: anything in it marks a robot
 */
public record FileReport(
        @NotNull(message = "{reporting.kind.required}") @Nullable ReportKind kind,
        @NotNull(message = "{reporting.location.required}") @Nullable Long locationId,
        @NotNull(message = "{reporting.occurredAt.required}") @Nullable LocalDateTime occurredAt,
        @NotBlank(message = "{reporting.who.required}") @Size(max = WHO_MAX, message = "{reporting.who.length}") String who,
        @NotBlank(message = "{reporting.what.required}") @Size(min = WHAT_MIN, max = WHAT_MAX, message = "{reporting.what.length}") String what,
        @Email(message = "{reporting.email.invalid}") @Size(max = EMAIL_MAX, message = "{reporting.email.invalid}") @Nullable String email,
        boolean contactConsent,
        boolean publicConsent,
        boolean named,
        @Nullable String trap) {

    public static final int WHO_MAX = 200;
    public static final int WHAT_MIN = 20;
    public static final int WHAT_MAX = 4000;
    public static final int EMAIL_MAX = 254;

    /** An anonymous report without contact details, as most are. */
    public static FileReport anonymous(ReportKind kind, long locationId, LocalDateTime occurredAt, String who,
                                       String what) {
        return new FileReport(kind, locationId, occurredAt, who, what, null, false, false, false, null);
    }
}
