package org.forecourt.core.impl.internal.perm;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.Permission;
import org.forecourt.core.api.PermissionContribution;
import org.forecourt.core.api.Role;
import org.forecourt.core.impl.internal.db.PermissionEntity;
import org.forecourt.core.impl.internal.db.RoleGrantEntity;
import org.forecourt.persistence.Jpa;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The permissions modules declare. Each permission is stored once, the first time it is seen, and only then granted
 * to its default roles: when an administrator later takes it away from a role, it stays away, also when the module
 * is stopped and started again or updated.
 */
public class PermissionRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(PermissionRegistry.class);
    private static final Actor SYSTEM = Actor.system("permission registry");

    private final Jpa jpa;
    private final Clock clock;
    private final Map<PermissionContribution, List<Permission>> live = new IdentityHashMap<>();

    public PermissionRegistry(Jpa jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** Stores the contribution's new permissions and grants those to their default roles. */
    public synchronized void register(PermissionContribution contribution) {
        String module;
        List<Permission> permissions;
        try {
            module = contribution.module();
            permissions = List.copyOf(contribution.permissions());
        } catch (RuntimeException e) {
            LOG.error("A permission contribution failed to describe itself; ignored", e);
            return;
        }
        List<String> added = jpa.write(SYSTEM, em -> {
            List<String> fresh = new ArrayList<>();
            for (Permission p : permissions) {
                if (em.find(PermissionEntity.class, p.name()) != null) {
                    continue;
                }
                em.persist(new PermissionEntity(p.name(), module, p.labelKey(), clock.instant()));
                em.flush();
                for (Role role : p.defaultRoles()) {
                    em.persist(new RoleGrantEntity(role.name(), p.name()));
                }
                fresh.add(p.name());
            }
            return fresh;
        });
        live.put(contribution, permissions);
        if (!added.isEmpty()) {
            LOG.info("Module {} declared new permissions {}; granted to their default roles", module, added);
        }
    }

    public synchronized void unregister(PermissionContribution contribution) {
        live.remove(contribution);
    }

    /** The permissions of the modules present now, by name (the first declaration of a name wins). */
    public synchronized List<Permission> declared() {
        Map<String, Permission> byName = new LinkedHashMap<>();
        live.values().forEach(list -> list.forEach(p -> byName.putIfAbsent(p.name(), p)));
        return byName.values().stream().sorted(Comparator.comparing(Permission::name)).toList();
    }

    /** Every permission ever declared (also by modules not present now). */
    public Set<String> known() {
        return Set.copyOf(jpa.read(SYSTEM,
                em -> em.createQuery("SELECT p.name FROM PermissionDef p", String.class).getResultList()));
    }
}
