package org.forecourt.core.api;

import java.time.ZoneId;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The person (or system job) on whose behalf a service call runs. Services take an actor as their first
 * argument, check a permission with {@link #require(String)} and read data within {@link #scope()}.
 *
 * @param userId      the user's id, or 0 for the system
 * @param username    sign-in name
 * @param displayName name shown in the UI and in the audit log
 * @param locale      the user's language
 * @param zone        the time zone times are shown in (the user's store's zone)
 * @param roles       role codes the user holds somewhere in the organisation
 * @param permissions every permission granted by those roles
 * @param scope       the stores the actor may see
 * @param homeStoreId the store new records default to, or null for group/brand level users
 */
public record Actor(long userId, String username, String displayName, Locale locale, ZoneId zone,
                    Set<Role> roles, Set<String> permissions, Scope scope, Long homeStoreId) {

    public static final long SYSTEM_ID = 0L;

    public Actor {
        roles = Collections.unmodifiableSet(roles.isEmpty() ? Set.of() : new TreeSet<>(roles));
        permissions = Collections.unmodifiableSet(new TreeSet<>(permissions));
    }

    /** The platform itself (migrations, imports from a watched folder, connectors): all permissions, all stores. */
    public static Actor system(String name) {
        return new Actor(SYSTEM_ID, "system", name, Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai"),
                Set.of(), Set.of(Permission.ALL), Scope.all(), null);
    }

    /** A system job acting for a single store (e.g. an import dropped into that store's folder). */
    public static Actor systemForStore(String name, long storeId) {
        return new Actor(SYSTEM_ID, "system", name, Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai"),
                Set.of(), Set.of(Permission.ALL), Scope.store(storeId), storeId);
    }

    public boolean isSystem() {
        return userId == SYSTEM_ID;
    }

    public boolean has(String permission) {
        return permissions.contains(Permission.ALL) || permissions.contains(permission);
    }

    /** @throws NotPermittedException if the actor lacks the permission */
    public void require(String permission) {
        if (!has(permission)) {
            throw new NotPermittedException("error.permission.missing", permission);
        }
    }

    public Actor withLocale(Locale newLocale) {
        return new Actor(userId, username, displayName, newLocale, zone, roles, permissions, scope, homeStoreId);
    }
}
