package org.forecourt.core.impl.internal.user;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.Role;
import org.forecourt.core.api.Scope;
import org.forecourt.core.api.user.Level;
import org.forecourt.core.api.user.Membership;
import org.forecourt.core.impl.internal.db.MembershipValue;
import org.forecourt.core.impl.internal.db.StoreEntity;
import org.forecourt.core.impl.internal.db.UserEntity;

/**
 * Builds the {@link Actor} of a signed-in user from the database: the heart of scoping.
 * <ul>
 * <li>scope: a GROUP membership sees every store; a BRAND membership every store of that brand as it is now (a
 * store added later is seen from the next sign-in); a STORE membership that store;</li>
 * <li>permissions: the union of what the user's roles grant (rows of {@code fc_role_permission});</li>
 * <li>home store: the first STORE membership; zone: the home store's zone, else the default zone.</li>
 * </ul>
 */
public final class ActorFactory {

    private final ZoneId defaultZone;

    public ActorFactory(ZoneId defaultZone) {
        this.defaultZone = defaultZone;
    }

    public ZoneId defaultZone() {
        return defaultZone;
    }

    /** Runs within the caller's transaction. */
    public Actor build(EntityManager em, UserEntity user) {
        List<Membership> memberships = user.getMemberships().stream().map(MembershipValue::toRecord).toList();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        memberships.forEach(m -> roles.add(m.role()));

        Scope scope = scope(em, memberships);
        Set<String> permissions = permissions(em, roles);

        Long homeStoreId = memberships.stream().filter(m -> m.level() == Level.STORE).map(Membership::targetId)
                .findFirst().orElse(null);
        ZoneId zone = defaultZone;
        if (homeStoreId != null) {
            StoreEntity home = em.find(StoreEntity.class, homeStoreId);
            if (home != null) {
                zone = zone(home.getZoneId());
            }
        }
        return new Actor(user.getId(), user.getUsername(), user.getDisplayName(), locale(user.getLocale()), zone,
                roles, permissions, scope, homeStoreId);
    }

    static Scope scope(EntityManager em, List<Membership> memberships) {
        if (memberships.stream().anyMatch(m -> m.level() == Level.GROUP)) {
            return Scope.all();
        }
        Set<Long> stores = new TreeSet<>();
        Set<Long> brands = new HashSet<>();
        for (Membership m : memberships) {
            if (m.level() == Level.STORE) {
                stores.add(m.targetId());
            } else if (m.level() == Level.BRAND) {
                brands.add(m.targetId());
            }
        }
        if (!brands.isEmpty()) {
            stores.addAll(em.createQuery("SELECT s.id FROM Store s WHERE s.brandId IN :brands", Long.class)
                    .setParameter("brands", brands).getResultList());
        }
        return stores.isEmpty() ? Scope.none() : Scope.stores(stores);
    }

    static Set<String> permissions(EntityManager em, Set<Role> roles) {
        if (roles.isEmpty()) {
            return Set.of();
        }
        List<String> codes = roles.stream().map(Role::name).toList();
        return new TreeSet<>(em.createQuery(
                        "SELECT DISTINCT g.permission FROM RoleGrant g WHERE g.roleCode IN :roles", String.class)
                .setParameter("roles", codes).getResultList());
    }

    private ZoneId zone(String id) {
        try {
            return id == null || id.isBlank() ? defaultZone : ZoneId.of(id);
        } catch (DateTimeException e) {
            return defaultZone;
        }
    }

    static Locale locale(String tag) {
        return Locales.supported(tag == null ? null : Locale.forLanguageTag(tag));
    }
}
