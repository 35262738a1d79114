package org.reciprocity.reporting;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.reciprocity.shared.EmailAddress;
import org.reciprocity.shared.EmailAddressValidator;
import org.reciprocity.shared.Languages;
import org.reciprocity.shared.PlainText;
import org.reciprocity.shared.Text;

/**
 * A report as the form filled it in, its texts normalised ({@link Text}): what is judged is what is stored.
 *
 * @param kind           what it is about
 * @param locationId     where it happened
 * @param occurredAt     when, in the company's time zone (date and approximate time); not in the future
 * @param who            the staff member: name, badge or a description
 * @param what           what happened, 20–4,000 characters
 * @param email          optional address for the company to answer (null when empty); kept only with
 *                       {@code contactConsent}
 * @param contactConsent the reporter agrees to be contacted at {@code email}
 * @param publicConsent  for praise: the story may be shown on the recognition board
 * @param named          a signed-in employee files under their name (HR sees who); false files anonymously
 * @param trap           the honeypot field, invisible to people: anything in it marks a robot
 * @param language       the portal language the form was shown in (en, uk, ru; anything else files as English):
 *                       a notice to the reporter speaks it
 */
public record FileReport(
        @NotNull(message = "{reporting.kind.required}") @Nullable ReportKind kind,
        @NotNull(message = "{reporting.location.required}") @Nullable Long locationId,
        @NotNull(message = "{reporting.occurredAt.required}") @Nullable LocalDateTime occurredAt,
        @PlainText(max = WHO_MAX, required = "{reporting.who.required}", message = "{reporting.who.length}") String who,
        @PlainText(min = WHAT_MIN, max = WHAT_MAX, multiline = true, required = "{reporting.what.required}",
                message = "{reporting.what.length}") String what,
        @EmailAddress(message = "{reporting.email.invalid}") @Nullable String email,
        boolean contactConsent,
        boolean publicConsent,
        boolean named,
        @Nullable String trap,
        String language) {

    public static final int WHO_MAX = 200;
    public static final int WHAT_MIN = 20;
    public static final int WHAT_MAX = 4000;
    public static final int EMAIL_MAX = EmailAddressValidator.MAX_LENGTH;

    public FileReport {
        who = Text.line(who);
        what = Text.lines(what);
        email = Text.lineOrNull(email);
        language = Languages.closest(Locale.of(language)).getLanguage();
    }

    /** A report filed in English (the demo's, the tests'); the form says its language with {@link #withLanguage}. */
    public FileReport(@Nullable ReportKind kind, @Nullable Long locationId, @Nullable LocalDateTime occurredAt,
                      String who, String what, @Nullable String email, boolean contactConsent, boolean publicConsent,
                      boolean named, @Nullable String trap) {
        this(kind, locationId, occurredAt, who, what, email, contactConsent, publicConsent, named, trap,
                Languages.ENGLISH.getLanguage());
    }

    /** The same report, filed in the language of {@code locale}. */
    public FileReport withLanguage(Locale locale) {
        return new FileReport(kind, locationId, occurredAt, who, what, email, contactConsent, publicConsent, named,
                trap, locale.getLanguage());
    }

    /** An anonymous report without contact details, as most are. */
    public static FileReport anonymous(ReportKind kind, long locationId, LocalDateTime occurredAt, String who,
                                       String what) {
        return new FileReport(kind, locationId, occurredAt, who, what, null, false, false, false, null);
    }
}
