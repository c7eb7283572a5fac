package org.forecourt.persistence;

import java.util.List;

import org.forecourt.core.api.Actor;

/**
 * Reads the audit log written by every {@link Jpa} unit. The actor needs {@value #PERMISSION_VIEW} and sees only
 * rows of the stores in its scope; rows without a store (entities that are not {@link StoreOwned}) only with a
 * group-wide scope.
 */
public interface AuditLog {

    String PERMISSION_VIEW = "core.audit.view";

    /** Matching rows, newest first, paged by the query's offset and limit. */
    List<AuditRecord> find(Actor actor, AuditQuery query);

    /** How many rows match (offset and limit ignored). */
    long count(Actor actor, AuditQuery query);
}
