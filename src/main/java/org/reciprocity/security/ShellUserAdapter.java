package org.reciprocity.security;

import com.vaadin.flow.spring.annotation.UIScope;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import org.reciprocity.shared.ShellUser;
import org.springframework.stereotype.Component;

/** Gives the shell the signed-in person's name, language memory and sign-out. */
@Component
@UIScope
class ShellUserAdapter implements ShellUser {

    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final AuthenticationContext authenticationContext;

    ShellUserAdapter(CurrentUser currentUser, AccountService accounts, AuthenticationContext authenticationContext) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.authenticationContext = authenticationContext;
    }

    @Override
    public String displayName() {
        return currentUser.get().map(SignedInUser::displayName).orElse("");
    }

    @Override
    public void rememberLanguage(Locale locale) {
        if (currentUser.get().isPresent()) {
            accounts.rememberLanguage(locale);
        }
    }

    @Override
    public void signOut() {
        authenticationContext.logout();
    }
}
