package org.reciprocity.people;

import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.reciprocity.shared.EmailAddress;
import org.reciprocity.shared.PlainText;
import org.reciprocity.shared.Text;

/** Creates ({@code id == null}) or changes an employee; texts normalised ({@link Text}), the e-mail lowercase. */
public record EmployeeForm(
        @Nullable Long id,
        long version,
        @PlainText(max = NAME_MAX, required = "{people.fullName.required}", message = "{people.fullName.length}")
        String fullName,
        @PlainText(max = NAME_MAX, required = "{people.jobTitle.required}", message = "{people.jobTitle.length}")
        String jobTitle,
        @EmailAddress(required = "{people.email.required}", message = "{people.email.invalid}") String email,
        @NotNull(message = "{people.department.required}") Long departmentId,
        @NotNull(message = "{people.location.required}") Long locationId,
        @Nullable Long managerId) {

    /** A full name's and a job title's most characters. */
    public static final int NAME_MAX = 160;

    public EmployeeForm {
        fullName = Text.line(fullName);
        jobTitle = Text.line(jobTitle);
        email = Text.line(email).toLowerCase(Locale.ROOT);
    }
}
