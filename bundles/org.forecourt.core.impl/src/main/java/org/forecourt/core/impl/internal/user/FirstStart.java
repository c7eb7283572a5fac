package org.forecourt.core.impl.internal.user;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.Role;
import org.forecourt.core.api.user.Level;
import org.forecourt.core.api.user.Membership;
import org.forecourt.core.impl.internal.db.CredentialEntity;
import org.forecourt.core.impl.internal.db.MembershipValue;
import org.forecourt.core.impl.internal.db.UserEntity;
import org.forecourt.persistence.Jpa;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On an empty database, creates {@code admin} (GROUP_ADMIN) so that someone can sign in: with the configured
 * initial password, or with a generated one that is logged once at WARN.
 */
public class FirstStart {

    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);
    public static final String ADMIN = "admin";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Jpa jpa;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final Clock clock;
    private final SecureRandom random;

    public FirstStart(Jpa jpa, PasswordHasher hasher, PasswordPolicy policy, Clock clock, SecureRandom random) {
        this.jpa = jpa;
        this.hasher = hasher;
        this.policy = policy;
        this.clock = clock;
        this.random = random;
    }

    /** What happened: nothing (there were users), or admin was created with a configured or generated password. */
    public enum Outcome { USERS_EXIST, CREATED_WITH_CONFIGURED_PASSWORD, CREATED_WITH_GENERATED_PASSWORD }

    /** @param generatedPassword the generated password (also logged), or null */
    public record Result(Outcome outcome, String generatedPassword) {
        @Override
        public String toString() {
            return "Result[" + outcome + "]";
        }
    }

    /**
     * @param configuredPassword {@code initialAdminPassword} from the configuration, may be empty
     */
    public Result run(String configuredPassword) {
        Actor system = Actor.system("first start");
        if (hasUsers(system)) {
            return new Result(Outcome.USERS_EXIST, null);
        }
        char[] password;
        boolean generated;
        if (configuredPassword != null && !configuredPassword.isEmpty()) {
            password = configuredPassword.toCharArray();
            generated = false;
            if (!policy.check("initialAdminPassword", password).isEmpty()) {
                LOG.error("initialAdminPassword in etc/org.forecourt.core.cfg does not meet the password policy (at"
                        + " least {} characters with letters and digits); generating one instead",
                        PasswordPolicy.MIN_LENGTH);
                password = generate();
                generated = true;
            }
        } else {
            password = generate();
            generated = true;
        }
        String hash = hasher.hash(password);
        boolean created = jpa.write(system, em -> {
            if (!em.createQuery("SELECT u.id FROM User u", Long.class).setMaxResults(1).getResultList().isEmpty()) {
                return false;
            }
            Instant now = clock.instant();
            UserEntity admin = new UserEntity();
            admin.setUsername(ADMIN);
            admin.setDisplayName("Administrator");
            admin.setLocale("zh-CN");
            admin.setEnabled(true);
            admin.setCreatedAt(now);
            admin.getMemberships().add(new MembershipValue(new Membership(Role.GROUP_ADMIN, Level.GROUP, null)));
            em.persist(admin);
            em.flush();
            em.persist(new CredentialEntity(admin.getId(), hash, now));
            return true;
        });
        if (!created) {
            return new Result(Outcome.USERS_EXIST, null);
        }
        if (generated) {
            LOG.warn("The database had no user: created '{}' (group admin) with the generated password {} — sign in"
                    + " and change it. To choose it instead, set initialAdminPassword in etc/org.forecourt.core.cfg"
                    + " before the first start.", ADMIN, new String(password));
            return new Result(Outcome.CREATED_WITH_GENERATED_PASSWORD, new String(password));
        }
        LOG.info("The database had no user: created '{}' (group admin) with initialAdminPassword from"
                + " etc/org.forecourt.core.cfg — change it after signing in and remove it from the file.", ADMIN);
        return new Result(Outcome.CREATED_WITH_CONFIGURED_PASSWORD, null);
    }

    private boolean hasUsers(Actor system) {
        return !jpa.read(system, em -> em.createQuery("SELECT u.id FROM User u", Long.class).setMaxResults(1)
                .getResultList()).isEmpty();
    }

    /** 16 characters from an unambiguous alphabet, always with letters and digits. */
    char[] generate() {
        while (true) {
            char[] p = new char[16];
            for (int i = 0; i < p.length; i++) {
                p[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            }
            if (policy.check("password", p).isEmpty()) {
                return p;
            }
        }
    }

}
