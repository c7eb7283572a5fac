package org.forecourt.core.impl.internal.user;

import java.security.SecureRandom;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * bcrypt (BouncyCastle's {@link OpenBSDBCrypt}, {@code $2y$} strings with a random 16-byte salt). Verification
 * recomputes the hash and compares in constant time; passwords are never stored plain or reversibly.
 */
public final class PasswordHasher {

    /** bcrypt reads at most 72 bytes of the password; longer ones would be silently truncated. */
    public static final int MAX_BYTES = 72;

    private static final String VERSION = "2y";

    private final int cost;
    private final SecureRandom random;
    /** A hash of a random password: checked when the user does not exist, so that the answer takes as long. */
    private final String dummyHash;

    public PasswordHasher(int cost) {
        this(cost, new SecureRandom());
    }

    public PasswordHasher(int cost, SecureRandom random) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be 4..31: " + cost);
        }
        this.cost = cost;
        this.random = random;
        char[] throwAway = new char[24];
        for (int i = 0; i < throwAway.length; i++) {
            throwAway[i] = (char) ('a' + random.nextInt(26));
        }
        this.dummyHash = hash(throwAway);
    }

    public int cost() {
        return cost;
    }

    public String hash(char[] password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return OpenBSDBCrypt.generate(VERSION, password, salt, cost);
    }

    /** @return true when the password matches; false for a null or malformed hash */
    public boolean verify(char[] password, String hash) {
        if (password == null) {
            return false;
        }
        if (hash == null) {
            OpenBSDBCrypt.checkPassword(dummyHash, password);
            return false;
        }
        try {
            return OpenBSDBCrypt.checkPassword(hash, password);
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    /** Spends the time of one verification, for callers that have no hash to check (unknown user). */
    public void burn(char[] password) {
        OpenBSDBCrypt.checkPassword(dummyHash, password == null ? new char[0] : password);
    }

    /** True when the hash was made with a lower cost than the configured one (re-hash at the next sign-in). */
    public boolean needsRehash(String hash) {
        try {
            // $2y$12$...
            return hash == null || Integer.parseInt(hash.substring(4, 6)) < cost;
        } catch (RuntimeException e) {
            return true;
        }
    }
}
