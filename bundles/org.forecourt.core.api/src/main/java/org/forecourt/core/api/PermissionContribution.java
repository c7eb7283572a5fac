package org.forecourt.core.api;

import java.util.List;

/**
 * Whiteboard service: a module declares the permissions it checks. The core registers them on first sight and
 * grants each to its default roles once; later changes by an admin are kept.
 */
public interface PermissionContribution {

    /** The module's id, e.g. {@code sales}. */
    String module();

    List<Permission> permissions();
}
