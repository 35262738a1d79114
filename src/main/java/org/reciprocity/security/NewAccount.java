package org.reciprocity.security;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reciprocity.shared.Text;

/** Opens an account, usually for an employee of the directory; the username normalised and lowercase. */
public record NewAccount(
        @Pattern(regexp = USERNAME_PATTERN, message = "{account.username.invalid}") String username,
        @Size(min = PASSWORD_MIN, max = PASSWORD_MAX, message = "{account.password.length}") String password,
        @NotEmpty(message = "{account.roles.required}") Set<Role> roles,
        @Nullable Long employeeId) {

    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{1,39}";
    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 128;

    public NewAccount {
        username = Text.line(username).toLowerCase(Locale.ROOT);
    }
}
