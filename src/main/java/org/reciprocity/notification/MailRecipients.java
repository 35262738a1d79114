package org.reciprocity.notification;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reciprocity.people.Addressees;
import org.reciprocity.security.AccountLookup;
import org.reciprocity.shared.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Where a mail to an employee goes and in which language it is written: the one look-up every mail makes. */
@Component
class MailRecipients {

    /** An employee as a mail addresses them. */
    record MailRecipient(String email, String fullName, Locale language) {
    }

    private static final Logger log = LoggerFactory.getLogger(MailRecipients.class);

    private final Addressees addressees;
    private final AccountLookup accounts;

    MailRecipients(Addressees addressees, AccountLookup accounts) {
        this.addressees = addressees;
        this.accounts = accounts;
    }

    /** Empty when the employee has no e-mail address (nothing can be mailed; said in the debug log). */
    Optional<MailRecipient> of(long employeeId) {
        var addressee = addressees.of(List.of(employeeId)).get(employeeId);
        if (addressee == null || addressee.email().isBlank()) {
            log.debug("Nothing mailed to employee {}: no e-mail address", employeeId);
            return Optional.empty();
        }
        var language = accounts.languagesOf(List.of(employeeId)).getOrDefault(employeeId, Languages.ENGLISH);
        return Optional.of(new MailRecipient(addressee.email(), addressee.fullName(), language));
    }
}
