package org.forecourt.core.api.user;

import org.forecourt.core.api.Role;

/**
 * A role held at a level: e.g. SALES_CONSULTANT at STORE 3, BRAND_ADMIN at BRAND 1, GROUP_ADMIN at GROUP.
 *
 * @param role     the role
 * @param level    group, brand or store
 * @param targetId brand or store id; null for GROUP
 */
public record Membership(Role role, Level level, Long targetId) {
    public Membership {
        if ((level == Level.GROUP) != (targetId == null)) {
            throw new IllegalArgumentException("A group membership has no target; brand and store ones have one");
        }
    }
}
