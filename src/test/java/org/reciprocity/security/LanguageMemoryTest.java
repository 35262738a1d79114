package org.reciprocity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reciprocity.shared.Languages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
class LanguageMemoryTest {

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void forget() {
        var anna = accountsOf("anna");
        anna.setLanguage(null);
        repository.save(anna);
    }

    @Autowired
    AccountRepository repository;

    private Account accountsOf(String username) {
        return repository.findByUsername(username).orElseThrow();
    }

    @Test
    @WithUserDetails("anna")
    void aChosenLanguageComesBackAtTheNextSignIn() {
        accounts.rememberLanguage(Languages.UKRAINIAN);
        var principal = (AccountPrincipal) userDetails.loadUserByUsername("anna");
        assertThat(principal.language()).isEqualTo("uk");
        assertThat(Languages.closest(Locale.of(principal.language()))).isEqualTo(Languages.UKRAINIAN);
    }

    @Test
    void aBrowserLanguageWeDoNotSpeakFallsBackToEnglish() {
        assertThat(Languages.closest(Locale.GERMANY)).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.closest(Locale.forLanguageTag("ru-UA"))).isEqualTo(Languages.RUSSIAN);
    }
}
