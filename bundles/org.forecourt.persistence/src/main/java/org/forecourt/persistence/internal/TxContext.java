package org.forecourt.persistence.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.Scope;
import org.forecourt.persistence.AuditAction;

/**
 * One transaction of a unit: who acts, what they may touch, and the audit entries collected from EclipseLink's
 * change sets until they are written just before commit. Reached from EclipseLink through the unit of work's
 * properties.
 */
final class TxContext {

    /** Entity manager property under which EclipseLink hands this context to the session listener. */
    static final String KEY = "forecourt.tx";

    final Actor actor;
    final Scope scope;
    final boolean readOnly;
    /** Set once the audit rows are written: any change computed after that would escape the audit. */
    boolean sealed;
    private final Map<Object, AuditEntry> entries = new IdentityHashMap<>();
    private final List<AuditEntry> order = new ArrayList<>();
    private final Map<Object, Boolean> removals = new IdentityHashMap<>();

    TxContext(Actor actor, boolean readOnly) {
        this.actor = actor;
        this.scope = actor.scope();
        this.readOnly = readOnly;
    }

    /** Merges a change of one entity into what this transaction already did to it. */
    void record(AuditEntry change) {
        AuditEntry earlier = entries.get(change.entity);
        if (earlier == null) {
            entries.put(change.entity, change);
            order.add(change);
            return;
        }
        if (earlier.action == AuditAction.CREATE && change.action == AuditAction.DELETE) {
            // created and deleted in the same transaction: nothing happened
            entries.remove(change.entity);
            order.remove(earlier);
            return;
        }
        earlier.mergeLater(change);
    }

    /** EclipseLink keeps removed entities listed until commit: each removal is handled once. */
    boolean firstRemoval(Object entity) {
        return removals.put(entity, Boolean.TRUE) == null;
    }

    boolean hasEntries() {
        return !order.isEmpty();
    }

    List<AuditEntry> entries() {
        return List.copyOf(order);
    }
}
