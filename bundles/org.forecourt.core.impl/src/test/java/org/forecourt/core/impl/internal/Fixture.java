package org.forecourt.core.impl.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.Role;
import org.forecourt.core.api.org.Brand;
import org.forecourt.core.api.org.Store;
import org.forecourt.core.api.user.Level;
import org.forecourt.core.api.user.Membership;
import org.forecourt.core.api.user.UserAccount;
import org.forecourt.core.impl.internal.db.CoreUnit;
import org.forecourt.core.impl.internal.health.DatabaseHealthCheck;
import org.forecourt.core.impl.internal.org.OrganisationServiceImpl;
import org.forecourt.core.impl.internal.perm.CorePermissions;
import org.forecourt.core.impl.internal.perm.PermissionRegistry;
import org.forecourt.core.impl.internal.user.ActorFactory;
import org.forecourt.core.impl.internal.user.ApiKeyServiceImpl;
import org.forecourt.core.impl.internal.user.AuthenticationServiceImpl;
import org.forecourt.core.impl.internal.user.FirstStart;
import org.forecourt.core.impl.internal.user.PasswordHasher;
import org.forecourt.core.impl.internal.user.PasswordPolicy;
import org.forecourt.core.impl.internal.user.UserServiceImpl;
import org.forecourt.persistence.ClasspathMigrations;
import org.forecourt.persistence.Jpa;
import org.forecourt.persistence.UnitDefinition;
import org.forecourt.persistence.internal.PersistenceEngine;

/**
 * The core's plain classes wired as the OSGi components wire them, over the real persistence engine: on the
 * database's shared schema emptied before each test (migrating and building the unit once per database), or on a
 * schema of its own. bcrypt cost 4 keeps the tests fast (production: 12).
 */
public final class Fixture implements AutoCloseable {

    public static final String PASSWORD = "secret123";
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    public final String kind;
    public final DataSource dataSource;
    public final PersistenceEngine engine;
    public final Jpa jpa;
    private final boolean owned;
    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T01:00:00Z"));
    public final PasswordHasher hasher = new PasswordHasher(4);
    public final PasswordPolicy policy = new PasswordPolicy();
    public final PermissionRegistry registry;
    public final ActorFactory actors = new ActorFactory(SHANGHAI);
    public final OrganisationServiceImpl org;
    public final UserServiceImpl users;
    public final ApiKeyServiceImpl apiKeys;
    public final AuthenticationServiceImpl auth;
    public final Actor system = Actor.system("test");

    /** The core unit with its migrations read from the class path. */
    public static UnitDefinition definition() {
        return CoreUnit.definition(ClasspathMigrations.of(CoreUnit.class.getClassLoader(), CoreUnit.MIGRATIONS,
                "V1__organisation_users_permissions.sql"));
    }

    /** On a schema of its own, closed with the fixture. */
    public static Fixture isolated(TestDatabase db) {
        DataSource ds = db.freshSchema();
        PersistenceEngine engine = new PersistenceEngine(ds);
        return new Fixture(ds, engine, engine.open(definition()), db.kind(), true);
    }

    /** On the database's shared schema, emptied first. */
    public static Fixture shared(TestDatabase db) {
        TestDatabase.Shared shared = db.shared();
        TestDatabase.wipe(shared.dataSource());
        return new Fixture(shared.dataSource(), shared.engine(), shared.jpa(), db.kind(), false);
    }

    private Fixture(DataSource dataSource, PersistenceEngine engine, Jpa jpa, String kind, boolean owned) {
        this.kind = kind;
        this.dataSource = dataSource;
        this.engine = engine;
        this.jpa = jpa;
        this.owned = owned;
        this.registry = new PermissionRegistry(jpa, clock);
        registry.register(new CorePermissions());
        this.org = new OrganisationServiceImpl(jpa, "测试汽车集团", SHANGHAI);
        this.users = new UserServiceImpl(jpa, hasher, policy, registry, clock);
        this.apiKeys = new ApiKeyServiceImpl(jpa, registry, clock, new SecureRandom(), SHANGHAI);
        this.auth = new AuthenticationServiceImpl(jpa, hasher, actors, apiKeys, clock, 5, Duration.ofMinutes(15));
    }

    public FirstStart firstStart() {
        return new FirstStart(jpa, hasher, policy, clock, new SecureRandom());
    }

    public DatabaseHealthCheck health() {
        return new DatabaseHealthCheck(jpa, engine.databaseKind());
    }

    public Brand brand(String code, String name) {
        return org.saveBrand(system, new Brand(0, code, name, true, 0));
    }

    public Store store(Brand brand, String code) {
        return store(brand, code, "Asia/Shanghai");
    }

    public Store store(Brand brand, String code, String zone) {
        return org.saveStore(system, new Store(0, brand.id(), code, code + " 店", "上海", zone, true, 0));
    }

    public static Membership group(Role role) {
        return new Membership(role, Level.GROUP, null);
    }

    public static Membership brandRole(Role role, Brand brand) {
        return new Membership(role, Level.BRAND, brand.id());
    }

    public static Membership storeRole(Role role, Store store) {
        return new Membership(role, Level.STORE, store.id());
    }

    public static UserAccount account(String username, Membership... memberships) {
        return new UserAccount(0, username, username.toUpperCase(Locale.ROOT), null, Locale.SIMPLIFIED_CHINESE,
                true, List.of(memberships), null, 0);
    }

    /** Creates the user (as the system) with {@link #PASSWORD}. */
    public UserAccount user(String username, Membership... memberships) {
        return users.create(system, account(username, memberships), PASSWORD.toCharArray());
    }

    /** Signs in with {@link #PASSWORD}; fails the test if refused. */
    public Actor signIn(String username) {
        return auth.authenticate(username, PASSWORD.toCharArray())
                .orElseThrow(() -> new AssertionError("sign-in of " + username + " refused"));
    }

    /** Creates the user and signs in. */
    public Actor actor(String username, Membership... memberships) {
        user(username, memberships);
        return signIn(username);
    }

    @Override
    public void close() {
        if (!owned) {
            return;
        }
        try {
            jpa.close();
        } finally {
            engine.close();
        }
    }
}
