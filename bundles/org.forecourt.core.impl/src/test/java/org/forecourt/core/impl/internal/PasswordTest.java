package org.forecourt.core.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.forecourt.core.api.FieldError;
import org.forecourt.core.impl.internal.user.PasswordHasher;
import org.forecourt.core.impl.internal.user.PasswordPolicy;
import org.junit.jupiter.api.Test;

/** bcrypt hashing and the password policy. */
class PasswordTest {

    private final PasswordHasher hasher = new PasswordHasher(4);
    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void hashAndVerifyRoundTripWithARandomSalt() {
        String hash = hasher.hash("secret123".toCharArray());
        assertThat(hash).startsWith("$2y$04$").hasSize(60).doesNotContain("secret123");
        assertThat(hasher.verify("secret123".toCharArray(), hash)).isTrue();
        assertThat(hasher.verify("secret124".toCharArray(), hash)).isFalse();
        assertThat(hasher.verify("".toCharArray(), hash)).isFalse();
        assertThat(hasher.hash("secret123".toCharArray())).as("salted").isNotEqualTo(hash);
    }

    @Test
    void chinesePasswordsWork() {
        String hash = hasher.hash("密码是abc123".toCharArray());
        assertThat(hasher.verify("密码是abc123".toCharArray(), hash)).isTrue();
        assertThat(hasher.verify("密码是abc124".toCharArray(), hash)).isFalse();
    }

    @Test
    void theDefaultCostIsTwelve() {
        PasswordHasher production = new PasswordHasher(12);
        String hash = production.hash("secret123".toCharArray());
        assertThat(hash).startsWith("$2y$12$");
        assertThat(production.verify("secret123".toCharArray(), hash)).isTrue();
        assertThat(production.needsRehash(hash)).isFalse();
        assertThat(production.needsRehash(hasher.hash("secret123".toCharArray()))).isTrue();
    }

    @Test
    void malformedOrMissingHashesNeverMatch() {
        assertThat(hasher.verify("secret123".toCharArray(), null)).isFalse();
        assertThat(hasher.verify("secret123".toCharArray(), "secret123")).isFalse();
        assertThat(hasher.verify("secret123".toCharArray(), "$2y$04$tooShort")).isFalse();
        assertThat(hasher.verify(null, hasher.hash("secret123".toCharArray()))).isFalse();
    }

    @Test
    void policyAcceptsEightCharactersWithLettersAndDigits() {
        assertThat(policy.check("password", "abcdefg1".toCharArray())).isEmpty();
        assertThat(policy.check("password", "王芳的密码2026".toCharArray())).isEmpty();
    }

    @Test
    void policyRefusalsCarryFieldAndMessageKeys() {
        assertThat(policy.check("password", "abc1".toCharArray())).containsExactly(
                FieldError.of("password", PasswordPolicy.TOO_SHORT, 8));
        assertThat(policy.check("password", "abcdefgh".toCharArray())).containsExactly(
                FieldError.of("password", PasswordPolicy.LETTER_AND_DIGIT));
        assertThat(policy.check("newPassword", "12345678".toCharArray())).containsExactly(
                FieldError.of("newPassword", PasswordPolicy.LETTER_AND_DIGIT));
        assertThat(policy.check("password", "short".toCharArray())).containsExactly(
                FieldError.of("password", PasswordPolicy.TOO_SHORT, 8),
                FieldError.of("password", PasswordPolicy.LETTER_AND_DIGIT));
        assertThat(policy.check("password", null)).containsExactly(
                FieldError.of("password", PasswordPolicy.TOO_SHORT, 8));
    }

    @Test
    void policyRefusesWhatBcryptWouldTruncate() {
        assertThat(policy.check("password", ("a1" + "x".repeat(70)).toCharArray())).isEmpty();
        assertThat(policy.check("password", ("a1" + "x".repeat(71)).toCharArray())).containsExactly(
                FieldError.of("password", PasswordPolicy.TOO_LONG, 72));
        // 25 Chinese characters are 75 bytes in UTF-8
        assertThat(policy.check("password", ("1" + "密".repeat(25)).toCharArray())).extracting(FieldError::messageKey)
                .containsExactly(PasswordPolicy.TOO_LONG);
    }
}
