package org.forecourt.core.ui.internal.users;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.Role;
import org.forecourt.core.api.org.Brand;
import org.forecourt.core.api.org.Store;
import org.forecourt.core.api.user.Level;
import org.forecourt.core.api.user.Membership;
import org.forecourt.core.api.user.UserAccount;

/**
 * What the user form offers the signed-in administrator, mirroring the user service's rules (the service decides;
 * this only keeps the form from offering what would be refused):
 * <ul>
 * <li>a group admin (GROUP_ADMIN with a group-wide scope) grants any role at the level that fits it;</li>
 * <li>anyone else (a store manager) grants ordinary roles in the stores of their scope only, and administers only
 * users whose every membership is such a grant.</li>
 * </ul>
 */
public final class MembershipChoices {

    /** Roles only a group admin may grant. */
    public static final Set<Role> ADMIN_ROLES = EnumSet.of(Role.GROUP_ADMIN, Role.BRAND_ADMIN, Role.INTEGRATOR);

    /** A brand or store a membership can point at. */
    public record Target(Level level, long id, String code, String name) {
    }

    private final Actor actor;
    private final boolean groupAdmin;
    private final List<Brand> brands;
    private final List<Store> stores;

    private MembershipChoices(Actor actor, List<Brand> brands, List<Store> stores) {
        this.actor = actor;
        this.groupAdmin = isGroupAdmin(actor);
        this.brands = List.copyOf(brands);
        this.stores = List.copyOf(stores);
    }

    /**
     * @param brands the brands the organisation service lists for the actor
     * @param stores the stores the organisation service lists for the actor
     */
    public static MembershipChoices of(Actor actor, List<Brand> brands, List<Store> stores) {
        return new MembershipChoices(actor, brands, stores);
    }

    public static boolean isGroupAdmin(Actor actor) {
        return actor.scope().allStores() && (actor.isSystem() || actor.roles().contains(Role.GROUP_ADMIN));
    }

    public boolean groupAdmin() {
        return groupAdmin;
    }

    /** Roles the actor may grant, in the enum's order. */
    public List<Role> roles() {
        List<Role> roles = new ArrayList<>();
        for (Role r : Role.values()) {
            if (groupAdmin || !ADMIN_ROLES.contains(r)) {
                roles.add(r);
            }
        }
        return roles;
    }

    /** The levels that make sense for a role and that the actor may grant, the most usual first. */
    public List<Level> levels(Role role) {
        if (role == null) {
            return List.of();
        }
        if (!groupAdmin) {
            return ADMIN_ROLES.contains(role) ? List.of() : List.of(Level.STORE);
        }
        return switch (role) {
            case GROUP_ADMIN -> List.of(Level.GROUP);
            case BRAND_ADMIN -> List.of(Level.BRAND);
            case INTEGRATOR -> List.of(Level.GROUP, Level.BRAND, Level.STORE);
            default -> List.of(Level.STORE, Level.BRAND, Level.GROUP);
        };
    }

    /** Active brands or stores a new membership at the level may point at (none for GROUP). */
    public List<Target> targets(Level level) {
        if (level == null || level == Level.GROUP) {
            return List.of();
        }
        if (level == Level.BRAND) {
            return groupAdmin ? brands.stream().filter(Brand::active)
                    .map(b -> new Target(Level.BRAND, b.id(), b.code(), b.name())).toList() : List.of();
        }
        return stores.stream().filter(Store::active).filter(s -> groupAdmin || actor.scope().includes(s.id()))
                .map(s -> new Target(Level.STORE, s.id(), s.code(), s.name())).toList();
    }

    /** Whether the actor may grant the membership. */
    public boolean canGrant(Membership m) {
        if (groupAdmin) {
            return true;
        }
        return !ADMIN_ROLES.contains(m.role()) && m.level() == Level.STORE && actor.scope().includes(m.targetId());
    }

    /** Whether the actor may change the user (edit, enable/disable, reset password). */
    public boolean canAdminister(UserAccount user) {
        if (groupAdmin) {
            return true;
        }
        return !user.memberships().isEmpty() && user.memberships().stream().allMatch(this::canGrant);
    }

    /** The memberships to add: those not already held (a membership is held once). */
    public static List<Membership> merge(Collection<Membership> current, Membership added) {
        List<Membership> result = new ArrayList<>(current);
        if (added != null && !result.contains(added)) {
            result.add(added);
        }
        return result;
    }

    /** Brand names by id, for labels. */
    public Map<Long, String> brandNames() {
        return brands.stream().collect(Collectors.toMap(Brand::id, Brand::name, (a, b) -> a));
    }

    /** Store names by id, for labels. */
    public Map<Long, String> storeNames() {
        return stores.stream().collect(Collectors.toMap(Store::id, Store::name, (a, b) -> a));
    }

    /** The brand of each store, for labels. */
    public Map<Long, Long> storeBrands() {
        return stores.stream().collect(Collectors.toMap(Store::id, Store::brandId, (a, b) -> a));
    }
}
