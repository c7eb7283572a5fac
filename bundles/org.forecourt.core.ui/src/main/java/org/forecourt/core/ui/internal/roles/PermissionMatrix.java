package org.forecourt.core.ui.internal.roles;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.forecourt.core.api.Permission;
import org.forecourt.core.api.Role;

/**
 * The editable state of the roles-and-permissions screen: which role grants which permission, as loaded and as
 * edited, and what saving would change. Permissions granted but no longer declared (their module is not installed)
 * are kept as they are.
 */
public final class PermissionMatrix {

    /** The permission the group admin role must keep, or nobody could edit roles any more. */
    public static final String ROLE_EDIT = "core.role.edit";

    /** The permissions of one module (the first segment of their names). */
    public record Module(String id, List<Permission> permissions) {
        public Module {
            permissions = List.copyOf(permissions);
        }
    }

    /**
     * What saving changes for one role.
     *
     * @param role    the role
     * @param added   permissions it gains
     * @param removed permissions it loses
     * @param result  everything it grants afterwards (what {@code setRolePermissions} is called with)
     */
    public record Change(Role role, Set<String> added, Set<String> removed, Set<String> result) {
        public Change {
            added = Collections.unmodifiableSet(new TreeSet<>(added));
            removed = Collections.unmodifiableSet(new TreeSet<>(removed));
            result = Collections.unmodifiableSet(new TreeSet<>(result));
        }
    }

    private final List<Permission> permissions;
    private final Map<Role, Set<String>> loaded = new EnumMap<>(Role.class);
    private final Map<Role, Set<String>> edited = new EnumMap<>(Role.class);

    public PermissionMatrix(List<Permission> declared, Map<Role, Set<String>> grants) {
        Map<String, Permission> byName = new TreeMap<>();
        declared.forEach(p -> byName.putIfAbsent(p.name(), p));
        this.permissions = List.copyOf(byName.values());
        for (Role role : Role.values()) {
            Set<String> granted = new TreeSet<>(grants.getOrDefault(role, Set.of()));
            loaded.put(role, Collections.unmodifiableSet(granted));
            edited.put(role, new TreeSet<>(granted));
        }
    }

    /** The module of a permission: the first segment of its dotted name. */
    public static String moduleOf(String permission) {
        int dot = permission.indexOf('.');
        return dot < 0 ? permission : permission.substring(0, dot);
    }

    /** The declared permissions by module: the core first, then modules by id; permissions by name. */
    public List<Module> modules() {
        Map<String, List<Permission>> byModule = new TreeMap<>(Comparator
                .comparing((String m) -> !"core".equals(m)).thenComparing(Comparator.naturalOrder()));
        for (Permission p : permissions) {
            byModule.computeIfAbsent(moduleOf(p.name()), m -> new ArrayList<>()).add(p);
        }
        List<Module> modules = new ArrayList<>();
        byModule.forEach((id, list) -> modules.add(new Module(id, list)));
        return modules;
    }

    public List<Permission> permissions() {
        return permissions;
    }

    public boolean granted(Role role, String permission) {
        return edited.get(role).contains(permission);
    }

    /** Whether the box differs from the loaded state. */
    public boolean changed(Role role, String permission) {
        return loaded.get(role).contains(permission) != edited.get(role).contains(permission);
    }

    /** Whether the box cannot be changed (the group admin keeps the right to edit roles). */
    public boolean locked(Role role, String permission) {
        return role == Role.GROUP_ADMIN && ROLE_EDIT.equals(permission);
    }

    /** Grants or withdraws; a locked box is left as it is. @return whether the state changed */
    public boolean set(Role role, String permission, boolean grant) {
        if (locked(role, permission) && !grant) {
            return false;
        }
        Set<String> set = edited.get(role);
        return grant ? set.add(permission) : set.remove(permission);
    }

    /** Back to the loaded state. */
    public void reset() {
        loaded.forEach((role, set) -> edited.put(role, new TreeSet<>(set)));
    }

    public boolean isDirty() {
        return !changes().isEmpty();
    }

    /** The changes per role, roles in their order; only roles that change. */
    public Map<Role, Change> changes() {
        Map<Role, Change> changes = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            Set<String> before = loaded.get(role);
            Set<String> after = edited.get(role);
            if (before.equals(after)) {
                continue;
            }
            Set<String> added = new TreeSet<>(after);
            added.removeAll(before);
            Set<String> removed = new TreeSet<>(before);
            removed.removeAll(after);
            changes.put(role, new Change(role, added, removed, after));
        }
        return changes;
    }

    /** How many boxes differ from the loaded state. */
    public int changedCount() {
        return changes().values().stream().mapToInt(c -> c.added().size() + c.removed().size()).sum();
    }

    /**
     * The roles this edit changes whose stored grants someone else changed since they were loaded: saving them
     * would overwrite that change.
     *
     * @param current the grants as stored now
     */
    public List<Role> conflicts(Map<Role, Set<String>> current) {
        List<Role> roles = new ArrayList<>();
        for (Role role : changes().keySet()) {
            if (!Objects.equals(loaded.get(role), new TreeSet<>(current.getOrDefault(role, Set.of())))) {
                roles.add(role);
            }
        }
        return roles;
    }
}
