package org.reciprocity.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Creates ({@code id == null}) or changes an employee. */
public record EmployeeForm(
        @Nullable Long id,
        long version,
        @NotBlank(message = "{people.fullName.required}") @Size(max = 160, message = "{people.fullName.length}") String fullName,
        @NotBlank(message = "{people.jobTitle.required}") @Size(max = 160, message = "{people.jobTitle.length}") String jobTitle,
        @NotBlank(message = "{people.email.required}") @Email(message = "{people.email.invalid}") @Size(max = 254, message = "{people.email.invalid}") String email,
        @NotNull(message = "{people.department.required}") Long departmentId,
        @NotNull(message = "{people.location.required}") Long locationId,
        @Nullable Long managerId) {
}
