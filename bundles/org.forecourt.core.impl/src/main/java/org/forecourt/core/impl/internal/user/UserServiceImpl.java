package org.forecourt.core.impl.internal.user;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.ConflictException;
import org.forecourt.core.api.FieldError;
import org.forecourt.core.api.NotFoundException;
import org.forecourt.core.api.NotPermittedException;
import org.forecourt.core.api.Permission;
import org.forecourt.core.api.Role;
import org.forecourt.core.api.ValidationException;
import org.forecourt.core.api.user.Level;
import org.forecourt.core.api.user.Membership;
import org.forecourt.core.api.user.UserAccount;
import org.forecourt.core.api.user.UserService;
import org.forecourt.core.api.validation.ChineseMobile;
import org.forecourt.core.impl.internal.db.BrandEntity;
import org.forecourt.core.impl.internal.db.CredentialEntity;
import org.forecourt.core.impl.internal.db.MembershipValue;
import org.forecourt.core.impl.internal.db.RoleGrantEntity;
import org.forecourt.core.impl.internal.db.StoreEntity;
import org.forecourt.core.impl.internal.db.UserEntity;
import org.forecourt.core.impl.internal.perm.CorePermissions;
import org.forecourt.core.impl.internal.perm.PermissionRegistry;
import org.forecourt.persistence.Jpa;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * User administration. Who may administer whom:
 * <ul>
 * <li>a group admin (GROUP_ADMIN held group-wide) and the system: everyone, any membership;</li>
 * <li>anyone else with {@code core.user.edit} (by default a store manager): sees users with a store membership in
 * their scope; administers a user only when every membership of that user is a store membership within their
 * scope with an ordinary role, and grants only such memberships — never GROUP_ADMIN, BRAND_ADMIN or INTEGRATOR
 * (the integrator may use the Karaf shell), never a group or brand membership.</li>
 * </ul>
 */
public class UserServiceImpl implements UserService {

    private static final Logger LOG = LoggerFactory.getLogger(UserServiceImpl.class);

    /** Roles only a group admin may grant. */
    public static final Set<Role> ADMIN_ROLES = EnumSet.of(Role.GROUP_ADMIN, Role.BRAND_ADMIN, Role.INTEGRATOR);

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final int NAME_MAX = 100;

    private final Jpa jpa;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final PermissionRegistry registry;
    private final Clock clock;

    public UserServiceImpl(Jpa jpa, PasswordHasher hasher, PasswordPolicy policy, PermissionRegistry registry,
                           Clock clock) {
        this.jpa = jpa;
        this.hasher = hasher;
        this.policy = policy;
        this.registry = registry;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    @Override
    public List<UserAccount> find(Actor actor, String text, int offset, int limit) {
        actor.require(CorePermissions.USER_EDIT);
        if (limit <= 0) {
            return List.of();
        }
        return jpa.read(actor, em -> {
            TypedQuery<UserEntity> q = visibleQuery(em, actor, text, "SELECT u FROM User u", " ORDER BY u.username",
                    UserEntity.class);
            if (q == null) {
                return List.<UserAccount>of();
            }
            List<UserEntity> users = q.setFirstResult(Math.max(0, offset)).setMaxResults(limit)
                    .getResultList();
            return toAccounts(em, users);
        });
    }

    @Override
    public long count(Actor actor, String text) {
        actor.require(CorePermissions.USER_EDIT);
        return jpa.read(actor, em -> {
            TypedQuery<Long> q = visibleQuery(em, actor, text, "SELECT COUNT(u) FROM User u", "", Long.class);
            return q == null ? 0L : q.getSingleResult();
        });
    }

    @Override
    public Optional<UserAccount> get(Actor actor, long userId) {
        boolean self = !actor.isSystem() && actor.userId() == userId;
        if (!self) {
            actor.require(CorePermissions.USER_EDIT);
        }
        return jpa.read(actor, em -> {
            UserEntity user = em.find(UserEntity.class, userId);
            if (user == null || !(self || visible(actor, user))) {
                return Optional.<UserAccount>empty();
            }
            return Optional.of(toAccount(user, em.find(CredentialEntity.class, userId)));
        });
    }

    /** A query over the users the actor may see, or null when they see nobody. */
    private static <T> TypedQuery<T> visibleQuery(EntityManager em, Actor actor, String text, String select,
                                                  String orderBy, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE 1 = 1");
        boolean scoped = !actor.scope().allStores();
        if (scoped) {
            if (actor.scope().storeIds().isEmpty()) {
                return null;
            }
            jpql.append(" AND u.id IN (SELECT v.id FROM User v JOIN v.memberships m"
                    + " WHERE m.level = 'STORE' AND m.targetId IN :stores)");
        }
        String like = like(text);
        if (like != null) {
            jpql.append(" AND (LOWER(u.username) LIKE :text ESCAPE '!' OR LOWER(u.displayName) LIKE :text ESCAPE '!')");
        }
        TypedQuery<T> q = em.createQuery(jpql.append(orderBy).toString(), type);
        if (scoped) {
            q.setParameter("stores", actor.scope().storeIds());
        }
        if (like != null) {
            q.setParameter("text", like);
        }
        return q;
    }

    private static String like(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + t + "%";
    }

    // ---------------------------------------------------------------- changing

    @Override
    public UserAccount create(Actor actor, UserAccount account, char[] initialPassword) {
        actor.require(CorePermissions.USER_EDIT);
        Profile p = Profile.of(account);
        List<FieldError> errors = new ArrayList<>(p.errors);
        errors.addAll(policy.check("password", initialPassword));
        if (p.memberships.isEmpty() && !isGroupAdmin(actor)) {
            errors.add(FieldError.of("memberships", "core.user.membership.required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        requireGrantable(actor, p.memberships);
        String hash = hasher.hash(initialPassword);
        UserAccount created = jpa.write(actor, em -> {
            checkInDatabase(em, p, 0, errors);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            Instant now = clock.instant();
            UserEntity user = new UserEntity();
            p.applyTo(user);
            user.setEnabled(account.enabled());
            user.setCreatedAt(now);
            em.persist(user);
            em.flush();
            CredentialEntity credential = new CredentialEntity(user.getId(), hash, now);
            em.persist(credential);
            em.flush();
            return toAccount(user, credential);
        });
        LOG.info("User {} created by {}", created.username(), actor.username());
        return created;
    }

    @Override
    public UserAccount update(Actor actor, UserAccount account) {
        actor.require(CorePermissions.USER_EDIT);
        Profile p = Profile.of(account);
        List<FieldError> errors = new ArrayList<>(p.errors);
        if (p.memberships.isEmpty() && !isGroupAdmin(actor)) {
            errors.add(FieldError.of("memberships", "core.user.membership.required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return jpa.write(actor, em -> {
            UserEntity user = administrable(em, actor, account.id());
            requireGrantable(actor, p.memberships);
            if (user.getVersion() != account.version()) {
                throw new ConflictException("user", account.id());
            }
            checkInDatabase(em, p, account.id(), errors);
            boolean staysGroupAdmin = account.enabled() && p.memberships.stream().anyMatch(UserServiceImpl::isGroupAdmin);
            if (!staysGroupAdmin && isActiveGroupAdmin(user) && !otherActiveGroupAdmin(em, user.getId())) {
                errors.add(FieldError.of("memberships", "core.user.lastGroupAdmin"));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            p.applyTo(user);
            user.setEnabled(account.enabled());
            em.flush();
            return toAccount(user, em.find(CredentialEntity.class, user.getId()));
        });
    }

    @Override
    public void setEnabled(Actor actor, long userId, boolean enabled) {
        actor.require(CorePermissions.USER_EDIT);
        jpa.run(actor, em -> {
            UserEntity user = administrable(em, actor, userId);
            if (!enabled && isActiveGroupAdmin(user) && !otherActiveGroupAdmin(em, userId)) {
                throw ValidationException.of("enabled", "core.user.lastGroupAdmin");
            }
            user.setEnabled(enabled);
        });
        LOG.info("User {} {} by {}", userId, enabled ? "enabled" : "disabled", actor.username());
    }

    @Override
    public void resetPassword(Actor actor, long userId, char[] newPassword) {
        actor.require(CorePermissions.USER_EDIT);
        policy.require("password", newPassword);
        // refuse before spending bcrypt time on a user the actor may not administer
        jpa.read(actor, em -> administrable(em, actor, userId));
        String hash = hasher.hash(newPassword);
        String username = jpa.write(actor, em -> {
            UserEntity user = administrable(em, actor, userId);
            CredentialEntity credential = em.find(CredentialEntity.class, userId);
            Instant now = clock.instant();
            if (credential == null) {
                em.persist(new CredentialEntity(userId, hash, now));
            } else {
                credential.setPasswordHash(hash);
                credential.setPasswordChanged(now);
                credential.setFailedAttempts(0);
                credential.setLockedUntil(null);
            }
            return user.getUsername();
        });
        LOG.info("Password of user {} reset by {}", username, actor.username());
    }

    @Override
    public void changeOwnPassword(Actor actor, char[] currentPassword, char[] newPassword) {
        requireUser(actor);
        String hash = jpa.read(actor, em -> {
            CredentialEntity c = em.find(CredentialEntity.class, actor.userId());
            return c == null ? null : c.getPasswordHash();
        });
        if (!hasher.verify(currentPassword, hash)) {
            throw ValidationException.of("currentPassword", "core.password.wrongCurrent");
        }
        policy.require("newPassword", newPassword);
        String newHash = hasher.hash(newPassword);
        jpa.run(actor, em -> {
            CredentialEntity c = em.find(CredentialEntity.class, actor.userId());
            if (c == null || !c.getPasswordHash().equals(hash)) {
                // changed in the meantime (e.g. reset by an administrator)
                throw new ConflictException("password", actor.userId());
            }
            c.setPasswordHash(newHash);
            c.setPasswordChanged(clock.instant());
        });
        LOG.info("User {} changed their password", actor.username());
    }

    @Override
    public void setOwnLocale(Actor actor, Locale locale) {
        requireUser(actor);
        if (!Locales.isSupported(locale)) {
            throw ValidationException.of("locale", "core.user.locale.unsupported", String.valueOf(locale));
        }
        String tag = Locales.supported(locale).toLanguageTag();
        jpa.run(actor, em -> {
            UserEntity user = em.find(UserEntity.class, actor.userId());
            if (user == null) {
                throw new NotFoundException("user", actor.userId());
            }
            user.setLocale(tag);
        });
    }

    // ---------------------------------------------------------------- role permissions

    @Override
    public List<Permission> permissions(Actor actor) {
        requireAny(actor, CorePermissions.ROLE_EDIT, CorePermissions.USER_EDIT);
        return registry.declared();
    }

    @Override
    public Map<Role, Set<String>> rolePermissions(Actor actor) {
        requireAny(actor, CorePermissions.ROLE_EDIT, CorePermissions.USER_EDIT);
        List<RoleGrantEntity> grants = jpa.read(actor,
                em -> em.createQuery("SELECT g FROM RoleGrant g", RoleGrantEntity.class).getResultList());
        Map<Role, Set<String>> byRole = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            byRole.put(role, new TreeSet<>());
        }
        for (RoleGrantEntity g : grants) {
            role(g.getRoleCode()).ifPresent(r -> byRole.get(r).add(g.getPermission()));
        }
        byRole.replaceAll((r, s) -> Collections.unmodifiableSet(s));
        return Collections.unmodifiableMap(byRole);
    }

    @Override
    public void setRolePermissions(Actor actor, Role role, Set<String> permissions) {
        actor.require(CorePermissions.ROLE_EDIT);
        Set<String> wanted = new TreeSet<>(permissions);
        Set<String> known = registry.known();
        List<FieldError> errors = new ArrayList<>();
        for (String name : wanted) {
            if (!known.contains(name)) {
                errors.add(FieldError.of("permissions", "core.role.permission.unknown", name));
            }
        }
        if (role == Role.GROUP_ADMIN && !wanted.contains(CorePermissions.ROLE_EDIT)) {
            errors.add(FieldError.of("permissions", "core.role.lockout", CorePermissions.ROLE_EDIT));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        jpa.run(actor, em -> {
            List<RoleGrantEntity> current = em.createQuery("SELECT g FROM RoleGrant g WHERE g.roleCode = :role",
                    RoleGrantEntity.class).setParameter("role", role.name()).getResultList();
            Set<String> have = new TreeSet<>();
            for (RoleGrantEntity g : current) {
                if (wanted.contains(g.getPermission())) {
                    have.add(g.getPermission());
                } else {
                    em.remove(g);
                }
            }
            em.flush();
            for (String name : wanted) {
                if (!have.contains(name)) {
                    em.persist(new RoleGrantEntity(role.name(), name));
                }
            }
        });
        LOG.info("Permissions of role {} set to {} by {}", role, wanted, actor.username());
    }

    // ---------------------------------------------------------------- rules

    /** A group admin (or the system) administers everyone and may grant anything. */
    static boolean isGroupAdmin(Actor actor) {
        return actor.scope().allStores() && (actor.isSystem() || actor.roles().contains(Role.GROUP_ADMIN));
    }

    private static boolean isGroupAdmin(Membership m) {
        return m.role() == Role.GROUP_ADMIN && m.level() == Level.GROUP;
    }

    private static boolean isActiveGroupAdmin(UserEntity user) {
        return user.isEnabled() && user.getMemberships().stream().map(MembershipValue::toRecord)
                .anyMatch(UserServiceImpl::isGroupAdmin);
    }

    private static boolean otherActiveGroupAdmin(EntityManager em, long userId) {
        return em.createQuery("SELECT COUNT(u) FROM User u JOIN u.memberships m WHERE u.enabled = TRUE"
                        + " AND u.id <> :id AND m.roleCode = 'GROUP_ADMIN' AND m.level = 'GROUP'", Long.class)
                .setParameter("id", userId).getSingleResult() > 0;
    }

    /** Whether a membership may be granted by a non-group-admin within their scope. */
    private static void requireOrdinary(Actor actor, Membership m) {
        if (ADMIN_ROLES.contains(m.role())) {
            throw new NotPermittedException("core.user.role.notGrantable", m.role().name());
        }
        if (m.level() != Level.STORE) {
            throw new NotPermittedException("core.user.level.notGrantable", m.level().name());
        }
        actor.scope().requireStore(m.targetId());
    }

    private static void requireGrantable(Actor actor, Collection<Membership> memberships) {
        if (!isGroupAdmin(actor)) {
            memberships.forEach(m -> requireOrdinary(actor, m));
        }
    }

    static boolean visible(Actor actor, UserEntity user) {
        if (actor.scope().allStores()) {
            return true;
        }
        return user.getMemberships().stream().map(MembershipValue::toRecord)
                .anyMatch(m -> m.level() == Level.STORE && actor.scope().includes(m.targetId()));
    }

    static boolean administrable(Actor actor, UserEntity user) {
        if (isGroupAdmin(actor)) {
            return true;
        }
        List<Membership> ms = user.getMemberships().stream().map(MembershipValue::toRecord).toList();
        return !ms.isEmpty() && ms.stream().allMatch(m -> !ADMIN_ROLES.contains(m.role())
                && m.level() == Level.STORE && actor.scope().includes(m.targetId()));
    }

    /** Loads a user the actor may administer; a user they cannot see is "not found". */
    private static UserEntity administrable(EntityManager em, Actor actor, long userId) {
        UserEntity user = em.find(UserEntity.class, userId);
        if (user == null || !visible(actor, user)) {
            throw new NotFoundException("user", userId);
        }
        if (!administrable(actor, user)) {
            throw new NotPermittedException("core.user.notAdministrable", user.getUsername());
        }
        return user;
    }

    private static void requireUser(Actor actor) {
        if (actor.isSystem()) {
            throw new NotPermittedException("core.user.notAUser");
        }
    }

    private static void requireAny(Actor actor, String first, String second) {
        if (!actor.has(first) && !actor.has(second)) {
            throw new NotPermittedException("error.permission.missing", first);
        }
    }

    private static Optional<Role> role(String code) {
        try {
            return Optional.of(Role.valueOf(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Uniqueness of the username and existence of membership targets. */
    private static void checkInDatabase(EntityManager em, Profile p, long userId, List<FieldError> errors) {
        if (p.username != null && !em.createQuery("SELECT u.id FROM User u WHERE u.username = :name AND u.id <> :id",
                Long.class).setParameter("name", p.username).setParameter("id", userId).getResultList().isEmpty()) {
            errors.add(FieldError.of("username", "core.user.username.taken", p.username));
        }
        for (Membership m : p.memberships) {
            boolean exists = switch (m.level()) {
                case GROUP -> true;
                case BRAND -> em.find(BrandEntity.class, m.targetId()) != null;
                case STORE -> em.find(StoreEntity.class, m.targetId()) != null;
            };
            if (!exists) {
                errors.add(FieldError.of("memberships", "core.user.membership.unknownTarget", m.level().name(),
                        m.targetId()));
            }
        }
    }

    // ---------------------------------------------------------------- mapping

    private static List<UserAccount> toAccounts(EntityManager em, List<UserEntity> users) {
        if (users.isEmpty()) {
            return List.of();
        }
        Map<Long, CredentialEntity> credentials = new HashMap<>();
        em.createQuery("SELECT c FROM Credential c WHERE c.userId IN :ids", CredentialEntity.class)
                .setParameter("ids", users.stream().map(UserEntity::getId).toList()).getResultList()
                .forEach(c -> credentials.put(c.getUserId(), c));
        return users.stream().map(u -> toAccount(u, credentials.get(u.getId()))).toList();
    }

    static UserAccount toAccount(UserEntity user, CredentialEntity credential) {
        return new UserAccount(user.getId(), user.getUsername(), user.getDisplayName(), user.getMobile(),
                ActorFactory.locale(user.getLocale()), user.isEnabled(),
                user.getMemberships().stream().map(MembershipValue::toRecord).toList(),
                credential == null ? null : credential.getLastSignIn(), user.getVersion());
    }

    /** The editable fields of an account, normalised, with the problems found. */
    static final class Profile {
        String username;
        String displayName;
        String mobile;
        String locale;
        List<Membership> memberships;
        final List<FieldError> errors = new ArrayList<>();

        static Profile of(UserAccount a) {
            Profile p = new Profile();
            String username = a.username() == null ? "" : a.username().strip().toLowerCase(Locale.ROOT);
            if (!USERNAME.matcher(username).matches()) {
                p.errors.add(FieldError.of("username", "core.user.username.invalid"));
            } else {
                p.username = username;
            }
            String name = a.displayName() == null ? "" : a.displayName().strip();
            if (name.isEmpty()) {
                p.errors.add(FieldError.of("displayName", "core.field.required"));
            } else if (name.length() > NAME_MAX) {
                p.errors.add(FieldError.of("displayName", "core.field.tooLong", NAME_MAX));
            }
            p.displayName = name;
            if (a.mobile() != null && !a.mobile().isBlank()) {
                Optional<String> problem = ChineseMobile.problem(a.mobile());
                if (problem.isPresent()) {
                    p.errors.add(FieldError.of("mobile", problem.get()));
                } else {
                    p.mobile = ChineseMobile.normalize(a.mobile());
                }
            }
            if (a.locale() != null && !Locales.isSupported(a.locale())) {
                p.errors.add(FieldError.of("locale", "core.user.locale.unsupported", a.locale().toLanguageTag()));
            }
            p.locale = Locales.supported(a.locale()).toLanguageTag();
            p.memberships = List.copyOf(new LinkedHashSet<>(a.memberships()));
            return p;
        }

        void applyTo(UserEntity user) {
            user.setUsername(username);
            user.setDisplayName(displayName);
            user.setMobile(mobile);
            user.setLocale(locale);
            List<Membership> current = user.getMemberships().stream().map(MembershipValue::toRecord).toList();
            if (!current.equals(memberships)) {
                user.setMemberships(new ArrayList<>(memberships.stream().map(MembershipValue::new).toList()));
            }
        }

        @Override
        public String toString() {
            return "Profile" + Arrays.asList(username, displayName, locale, memberships);
        }
    }
}
