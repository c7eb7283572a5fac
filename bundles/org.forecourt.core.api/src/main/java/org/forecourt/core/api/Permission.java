package org.forecourt.core.api;

import java.util.Set;

/**
 * A named permission a module declares, e.g. {@code sales.lead.edit}.
 *
 * @param name         dotted name, module first
 * @param labelKey     message key of a human description
 * @param defaultRoles roles that get it on a fresh installation
 */
public record Permission(String name, String labelKey, Set<Role> defaultRoles) {

    /** Held only by the system actor: implies every permission. */
    public static final String ALL = "*";

    public Permission {
        if (name == null || !name.matches("[a-z][a-z0-9]*(\\.[a-z][a-zA-Z0-9-]*)+")) {
            throw new IllegalArgumentException("Permission names are dotted lower-case words: " + name);
        }
        defaultRoles = Set.copyOf(defaultRoles);
    }

    public static Permission of(String name, Role... defaultRoles) {
        return new Permission(name, "permission." + name, Set.of(defaultRoles));
    }
}
