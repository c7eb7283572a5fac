package org.forecourt.core.impl.internal.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.user.AuthenticationService;
import org.forecourt.core.impl.internal.db.CredentialEntity;
import org.forecourt.core.impl.internal.db.UserEntity;
import org.forecourt.persistence.Jpa;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-in. A failure never says why (unknown user, wrong password, locked, disabled all look the same and take the
 * same bcrypt time). After {@code maxFailures} consecutive failures the account is locked for {@code lockDuration};
 * attempts while locked are refused without counting. A successful sign-in resets the counter and records
 * {@code lastSignIn}. bcrypt runs outside database transactions so that it holds no connection.
 */
public class AuthenticationServiceImpl implements AuthenticationService {

    private static final Logger LOG = LoggerFactory.getLogger(AuthenticationServiceImpl.class);
    static final Actor SYSTEM = Actor.system("sign-in");

    private final Jpa jpa;
    private final PasswordHasher hasher;
    private final ActorFactory actors;
    private final ApiKeyServiceImpl apiKeys;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    public AuthenticationServiceImpl(Jpa jpa, PasswordHasher hasher, ActorFactory actors, ApiKeyServiceImpl apiKeys,
                                     Clock clock, int maxFailures, Duration lockDuration) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1: " + maxFailures);
        }
        this.jpa = jpa;
        this.hasher = hasher;
        this.actors = actors;
        this.apiKeys = apiKeys;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    /** What sign-in needs to know before checking the password. */
    private record Candidate(long userId, String hash, Instant lockedUntil) {
    }

    @Override
    public Optional<Actor> authenticate(String username, char[] password) {
        if (username == null || username.isBlank() || password == null) {
            hasher.burn(password);
            return Optional.empty();
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        Candidate candidate = jpa.read(SYSTEM, em -> {
            UserEntity user = em.createQuery("SELECT u FROM User u WHERE u.username = :name", UserEntity.class)
                    .setParameter("name", name).getResultStream().findFirst().orElse(null);
            CredentialEntity c = user == null ? null : em.find(CredentialEntity.class, user.getId());
            return c == null ? null : new Candidate(user.getId(), c.getPasswordHash(), c.getLockedUntil());
        });
        if (candidate == null) {
            hasher.burn(password);
            LOG.debug("Sign-in refused: no user {}", name);
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (candidate.lockedUntil() != null && now.isBefore(candidate.lockedUntil())) {
            hasher.burn(password);
            LOG.info("Sign-in refused: user {} is locked until {}", name, candidate.lockedUntil());
            return Optional.empty();
        }
        boolean matches = hasher.verify(password, candidate.hash());
        String rehash = matches && hasher.needsRehash(candidate.hash()) ? hasher.hash(password) : null;
        return jpa.write(SYSTEM, em -> {
            CredentialEntity c = em.find(CredentialEntity.class, candidate.userId());
            UserEntity user = em.find(UserEntity.class, candidate.userId());
            if (c == null || user == null) {
                return Optional.<Actor>empty();
            }
            if (!matches) {
                // atomic increment: parallel guesses cannot share one count
                em.createQuery("UPDATE Credential c SET c.failedAttempts = c.failedAttempts + 1"
                        + " WHERE c.userId = :id").setParameter("id", candidate.userId()).executeUpdate();
                em.refresh(c);
                if (c.getFailedAttempts() >= maxFailures) {
                    c.setFailedAttempts(0);
                    c.setLockedUntil(now.plus(lockDuration));
                    LOG.warn("User {} locked until {} after {} failed sign-ins", name, c.getLockedUntil(), maxFailures);
                } else {
                    LOG.info("Sign-in refused: wrong password for user {} ({} of {})", name, c.getFailedAttempts(),
                            maxFailures);
                }
                return Optional.<Actor>empty();
            }
            if (!user.isEnabled()) {
                LOG.info("Sign-in refused: user {} is disabled", name);
                return Optional.<Actor>empty();
            }
            c.setFailedAttempts(0);
            c.setLockedUntil(null);
            c.setLastSignIn(now);
            if (rehash != null && c.getPasswordHash().equals(candidate.hash())) {
                c.setPasswordHash(rehash);
            }
            return Optional.of(actors.build(em, user));
        });
    }

    @Override
    public Optional<Actor> actor(long userId) {
        return jpa.read(SYSTEM, em -> {
            UserEntity user = em.find(UserEntity.class, userId);
            if (user == null || !user.isEnabled()) {
                return Optional.<Actor>empty();
            }
            return Optional.of(actors.build(em, user));
        });
    }

    @Override
    public Optional<Actor> authenticateApiKey(String apiKey) {
        return apiKeys.authenticate(apiKey);
    }
}
