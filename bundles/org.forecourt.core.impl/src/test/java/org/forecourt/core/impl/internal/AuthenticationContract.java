package org.forecourt.core.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forecourt.core.impl.internal.Fixture.storeRole;

import java.time.Duration;
import java.time.Instant;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.Role;
import org.forecourt.core.api.org.Store;
import org.forecourt.core.api.user.UserAccount;
import org.forecourt.core.impl.internal.db.CredentialEntity;
import org.forecourt.core.impl.internal.user.AuthenticationServiceImpl;
import org.forecourt.core.impl.internal.user.PasswordHasher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sign-in: generic failures, lockout with an injectable clock, disabled users, lastSignIn. */
public abstract class AuthenticationContract extends DatabaseTest {

    Store pudong;
    UserAccount qian;

    @BeforeEach
    void user() {
        pudong = f.store(f.brand("BYD", "比亚迪"), "SH-PD-01");
        qian = f.user("qian", storeRole(Role.SALES_CONSULTANT, pudong));
    }

    private boolean signIn(String password) {
        return f.auth.authenticate("qian", password.toCharArray()).isPresent();
    }

    private CredentialEntity credential() {
        return f.jpa.read(f.system, em -> em.find(CredentialEntity.class, qian.id()));
    }

    @Test
    void successRecordsTheLastSignInAndAnswersTheActor() {
        Instant now = f.clock.instant();
        Actor actor = f.auth.authenticate("  QIAN ", Fixture.PASSWORD.toCharArray()).orElseThrow();
        assertThat(actor.userId()).isEqualTo(qian.id());
        assertThat(f.users.get(f.system, qian.id()).orElseThrow().lastSignIn()).isEqualTo(now);
    }

    @Test
    void failuresDoNotTellWhy() {
        assertThat(signIn("wrong-password1")).isFalse();
        assertThat(f.auth.authenticate("nobody", Fixture.PASSWORD.toCharArray())).isEmpty();
        assertThat(f.auth.authenticate("", Fixture.PASSWORD.toCharArray())).isEmpty();
        assertThat(f.auth.authenticate(null, null)).isEmpty();
        assertThat(f.auth.authenticate("qian", new char[0])).isEmpty();
    }

    @Test
    void fiveFailuresLockForFifteenMinutesThenTheAccountOpensAgain() {
        for (int i = 0; i < 4; i++) {
            assertThat(signIn("wrong-password1")).isFalse();
        }
        assertThat(credential().getFailedAttempts()).isEqualTo(4);
        assertThat(signIn("wrong-password1")).isFalse();
        assertThat(credential().getLockedUntil()).isEqualTo(f.clock.instant().plus(Duration.ofMinutes(15)));

        assertThat(signIn(Fixture.PASSWORD)).as("locked: even the right password").isFalse();
        f.clock.advance(Duration.ofMinutes(14));
        assertThat(signIn(Fixture.PASSWORD)).isFalse();
        f.clock.advance(Duration.ofMinutes(1));
        assertThat(signIn(Fixture.PASSWORD)).as("unlocked after 15 minutes").isTrue();
        assertThat(credential().getFailedAttempts()).isZero();
        assertThat(credential().getLockedUntil()).isNull();
    }

    @Test
    void aSuccessResetsTheCountOfFailures() {
        for (int i = 0; i < 4; i++) {
            signIn("wrong-password1");
        }
        assertThat(signIn(Fixture.PASSWORD)).isTrue();
        for (int i = 0; i < 4; i++) {
            signIn("wrong-password1");
        }
        assertThat(signIn(Fixture.PASSWORD)).as("only 4 consecutive failures").isTrue();
    }

    @Test
    void aPasswordResetByAnAdministratorUnlocks() {
        for (int i = 0; i < 5; i++) {
            signIn("wrong-password1");
        }
        assertThat(signIn(Fixture.PASSWORD)).isFalse();
        f.users.resetPassword(f.system, qian.id(), "fresh1234".toCharArray());
        assertThat(signIn("fresh1234")).isTrue();
    }

    @Test
    void disabledUsersAreRefusedEvenWithTheRightPassword() {
        f.users.setEnabled(f.system, qian.id(), false);
        assertThat(signIn(Fixture.PASSWORD)).isFalse();
        assertThat(credential().getLastSignIn()).isNull();
        f.users.setEnabled(f.system, qian.id(), true);
        assertThat(signIn(Fixture.PASSWORD)).isTrue();
    }

    @Test
    void theLockoutIsConfigurable() {
        AuthenticationServiceImpl strict = new AuthenticationServiceImpl(f.jpa, f.hasher, f.actors, f.apiKeys, f.clock,
                2, Duration.ofMinutes(1));
        strict.authenticate("qian", "wrong-password1".toCharArray());
        strict.authenticate("qian", "wrong-password1".toCharArray());
        assertThat(strict.authenticate("qian", Fixture.PASSWORD.toCharArray())).isEmpty();
        f.clock.advance(Duration.ofMinutes(1));
        assertThat(strict.authenticate("qian", Fixture.PASSWORD.toCharArray())).isPresent();
    }

    @Test
    void aHashOfALowerCostIsUpgradedAtSignIn() {
        String old = credential().getPasswordHash();
        assertThat(old).startsWith("$2y$04$");
        AuthenticationServiceImpl stronger = new AuthenticationServiceImpl(f.jpa, new PasswordHasher(5), f.actors,
                f.apiKeys, f.clock, 5, Duration.ofMinutes(15));
        assertThat(stronger.authenticate("qian", Fixture.PASSWORD.toCharArray())).isPresent();
        assertThat(credential().getPasswordHash()).startsWith("$2y$05$");
        assertThat(signIn(Fixture.PASSWORD)).isTrue();
    }
}
