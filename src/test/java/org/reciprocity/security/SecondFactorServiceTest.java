package org.reciprocity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reciprocity.security.SecondFactorFixture.codeAt;
import static org.reciprocity.security.SecondFactorFixture.nextCodeAfter;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reciprocity.MutableClock;
import org.reciprocity.RunAs;
import org.reciprocity.security.SecondFactorCheck.Outcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class SecondFactorServiceTest {

    /** Ten seconds into a 30-second step, so that "now" and "the next step" are unambiguous. */
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:10Z");

    @Autowired
    SecondFactorService secondFactor;
    @Autowired
    SecondFactorFixture fixture;
    @Autowired
    SecondFactorPolicy policy;
    @Autowired
    SecondFactorRepository factors;
    @Autowired
    SecondFactorKeys keys;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;
    @Autowired
    SecurityLog log;

    @BeforeEach
    void setClock() {
        clock.set(NOW);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void hrAndAdminsMustPassASecondFactorButTheDemoAccountsAreExemptInDemoMode() {
        assertThat(policy.requires(fixture.principal(fixture.openAccount(Set.of(Role.HR))).user())).isTrue();
        assertThat(policy.requires(fixture.principal(fixture.openAccount(Set.of(Role.ADMIN))).user())).isTrue();
        assertThat(policy.requires(fixture.principal(fixture.openAccount(Set.of(Role.MANAGER))).user())).isFalse();
        assertThat(policy.requires(fixture.principal("olena").user())).as("demo HR, demo mode").isFalse();
        assertThat(policy.requires(fixture.principal("admin").user())).as("demo admin, demo mode").isFalse();
    }

    @Test
    void aFirstCodeFromTheAppConfirmsTheEnrolmentAndGivesTenRecoveryCodesOnce() {
        var username = fixture.openAccount(Set.of(Role.HR));
        var pending = fixture.halfwayIn(username);
        assertThat(secondFactor.isEnrolled(pending)).isFalse();

        var enrolment = secondFactor.startEnrolment(pending);
        assertThat(enrolment.key()).as("160 bits in Base32").matches("[A-Z2-7]{32}");
        assertThat(enrolment.otpauthUri()).startsWith("otpauth://totp/Reciprocity:" + username + "?secret="
                + enrolment.key() + "&issuer=Reciprocity").contains("digits=6", "period=30", "algorithm=SHA1");

        var wrong = secondFactor.confirmEnrolment(pending, "000000".equals(codeAt(enrolment.key(), NOW))
                ? "111111" : "000000");
        assertThat(wrong.outcome()).isEqualTo(Outcome.WRONG);
        assertThat(pending.passed()).isFalse();
        assertThat(secondFactor.isEnrolled(pending)).isFalse();

        var confirmed = secondFactor.confirmEnrolment(pending, codeAt(enrolment.key(), NOW));
        assertThat(confirmed.passed()).isTrue();
        assertThat(pending.passed()).isTrue();
        assertThat(secondFactor.isEnrolled(pending)).isTrue();
        assertThat(confirmed.newRecoveryCodes()).hasSize(10).doesNotHaveDuplicates()
                .allMatch(c -> c.matches("[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}"));
        assertThatThrownBy(() -> secondFactor.startEnrolment(fixture.halfwayIn(username)))
                .as("an enrolled person does not enrol again without a reset").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSecretIsStoredEncryptedAndOpensOnlyForItsOwnAccount() {
        var username = fixture.openAccount(Set.of(Role.HR));
        var key = fixture.enrol(secondFactor, username, NOW).key();
        var id = fixture.accountId(username);

        var stored = factors.findById(id).orElseThrow().secret();
        assertThat(stored).startsWith("v1:").doesNotContain(key).doesNotContain(key.toLowerCase(Locale.ROOT));
        assertThat(keys.decrypt(id, stored)).isEqualTo(Base32.decode(key));
        assertThatThrownBy(() -> keys.decrypt(id + 1, stored)).as("copied onto another account")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theEnrolmentPageShownAgainKeepsItsKeyButAnotherSignInGetsANewOne() {
        var username = fixture.openAccount(Set.of(Role.ADMIN));
        var pending = fixture.halfwayIn(username);
        var first = secondFactor.startEnrolment(pending).key();
        assertThat(secondFactor.startEnrolment(pending).key()).as("reloaded, or another language").isEqualTo(first);

        var someoneElseWithThePassword = fixture.halfwayIn(username);
        var other = secondFactor.startEnrolment(someoneElseWithThePassword).key();
        assertThat(other).isNotEqualTo(first);
        assertThat(secondFactor.confirmEnrolment(pending, codeAt(first, NOW)).outcome())
                .as("the secret seen first is not the one that can be confirmed").isEqualTo(Outcome.WRONG);
    }

    @Test
    void aCodeFromTheAppPassesOnceAndIsRefusedWhenPlayedAgain() {
        var username = fixture.openAccount(Set.of(Role.HR));
        var key = fixture.enrol(secondFactor, username, NOW).key();
        clock.set(NOW.plus(Duration.ofMinutes(5)));
        var now = clock.instant();

        var pending = fixture.halfwayIn(username);
        assertThat(secondFactor.verify(pending, codeAt(key, now)).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(pending.passed()).isTrue();

        var replay = fixture.halfwayIn(username);
        assertThat(secondFactor.verify(replay, codeAt(key, now)).outcome()).isEqualTo(Outcome.USED_ALREADY);
        assertThat(replay.passed()).isFalse();
        assertThat(secondFactor.verify(replay, nextCodeAfter(key, now)).outcome())
                .as("the next code, one step ahead of the clock").isEqualTo(Outcome.PASSED);
    }

    @Test
    void eachRecoveryCodeWorksOnceAsPrintedOrTypedLoosely() {
        var username = fixture.openAccount(Set.of(Role.HR));
        var codes = fixture.enrol(secondFactor, username, NOW).recoveryCodes();

        var first = secondFactor.useRecoveryCode(fixture.halfwayIn(username), codes.getFirst());
        assertThat(first.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(first.recoveryCodesLeft()).isEqualTo(9);
        var again = fixture.halfwayIn(username);
        assertThat(secondFactor.useRecoveryCode(again, codes.getFirst()).outcome()).isEqualTo(Outcome.WRONG);
        assertThat(again.passed()).isFalse();

        var loosely = " " + codes.get(1).toUpperCase(Locale.ROOT).replace("-", " ") + " ";
        assertThat(secondFactor.useRecoveryCode(again, loosely).recoveryCodesLeft()).isEqualTo(8);
        assertThat(again.passed()).isTrue();
    }

    @Test
    void afterFiveWrongCodesTheAccountTakesNoCodeForFifteenMinutes() {
        var username = fixture.openAccount(Set.of(Role.HR));
        var enrolled = fixture.enrol(secondFactor, username, NOW);
        clock.set(NOW.plus(Duration.ofMinutes(1)));
        var firstFailure = clock.instant();
        var right = codeAt(enrolled.key(), firstFailure);
        var wrong = right.equals("123456") ? "654321" : "123456";
        for (int n = 0; n < SecondFactor.MAX_FAILURES; n++) {
            // from different sign-ins: the bound is the account's, not the browser's
            assertThat(secondFactor.verify(fixture.halfwayIn(username), wrong).outcome()).isEqualTo(Outcome.WRONG);
        }

        var pending = fixture.halfwayIn(username);
        var refused = secondFactor.verify(pending, right);
        assertThat(refused.outcome()).as("even the right code").isEqualTo(Outcome.TOO_MANY_WRONG);
        assertThat(refused.refusedUntil()).isEqualTo(firstFailure.plus(SecondFactor.WINDOW));
        assertThat(secondFactor.useRecoveryCode(pending, enrolled.recoveryCodes().getFirst()).outcome())
                .as("nor a recovery code").isEqualTo(Outcome.TOO_MANY_WRONG);
        assertThat(pending.passed()).isFalse();

        clock.set(firstFailure.plus(SecondFactor.WINDOW).plusSeconds(1));
        assertThat(secondFactor.verify(pending, codeAt(enrolled.key(), clock.instant())).outcome())
                .isEqualTo(Outcome.PASSED);
    }

    @Test
    void anotherAdminResetsTheSecondFactorAndThePersonEnrolsAgain() {
        var username = fixture.openAccount(Set.of(Role.HR));
        var enrolled = fixture.enrol(secondFactor, username, NOW);
        var id = fixture.accountId(username);
        assertThat(runAs.user("admin", () -> secondFactor.enrolledSince(id))).contains(NOW);

        runAs.user("admin", () -> secondFactor.reset(id));

        var pending = fixture.halfwayIn(username);
        assertThat(secondFactor.isEnrolled(pending)).isFalse();
        assertThat(runAs.user("admin", () -> secondFactor.enrolledSince(id))).isEmpty();
        assertThat(policy.requires(pending.user())).as("still HR: enrols at the next sign-in").isTrue();
        assertThat(secondFactor.startEnrolment(pending).key()).isNotEqualTo(enrolled.key());
    }

    @Test
    void nobodyResetsTheirOwnSecondFactorAndOnlyAnAdminResetsAnyone() {
        var admin = fixture.openAccount(Set.of(Role.ADMIN));
        fixture.enrol(secondFactor, admin, NOW);
        var id = fixture.accountId(admin);

        assertThatThrownBy(() -> runAs.user(admin, () -> secondFactor.reset(id)))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.mfa.reset.self"));
        assertThatThrownBy(() -> runAs.user("olena", () -> secondFactor.reset(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(runAs.user("admin", () -> secondFactor.enrolledSince(id))).isPresent();
    }

    @Test
    void theSecurityLogTellsEnrolmentPassesFailuresRecoveryAndResetButNeverACodeOrTheSecret() {
        var username = fixture.openAccount(Set.of(Role.HR));
        var enrolled = fixture.enrol(secondFactor, username, NOW);
        clock.set(NOW.plus(Duration.ofMinutes(2)));
        var right = codeAt(enrolled.key(), clock.instant());
        secondFactor.verify(fixture.halfwayIn(username), right.equals("123456") ? "654321" : "123456");
        secondFactor.verify(fixture.halfwayIn(username), right);
        secondFactor.useRecoveryCode(fixture.halfwayIn(username), enrolled.recoveryCodes().getFirst());
        runAs.user("admin", () -> secondFactor.reset(fixture.accountId(username)));

        var lines = runAs.user("admin", () -> log.find(EnumSet.of(SecurityEventKind.MFA_ENROLLED,
                SecurityEventKind.MFA_PASSED, SecurityEventKind.MFA_FAILED, SecurityEventKind.MFA_RECOVERY_CODE_USED,
                SecurityEventKind.MFA_RESET), username, PageRequest.of(0, 20)).getContent());

        assertThat(lines).extracting(SecurityLogLine::kind).containsExactly(SecurityEventKind.MFA_RESET,
                SecurityEventKind.MFA_RECOVERY_CODE_USED, SecurityEventKind.MFA_PASSED, SecurityEventKind.MFA_FAILED,
                SecurityEventKind.MFA_ENROLLED);
        assertThat(lines).allMatch(l -> username.equals(l.account()));
        assertThat(lines.getFirst().actor()).as("who reset it").isEqualTo("admin");
        var secrets = new java.util.ArrayList<>(enrolled.recoveryCodes());
        secrets.addAll(List.of(enrolled.key(), right, codeAt(enrolled.key(), NOW)));
        for (var line : lines) {
            assertThat(secrets).as(line.detail()).noneMatch(line.detail()::contains);
        }
    }
}
