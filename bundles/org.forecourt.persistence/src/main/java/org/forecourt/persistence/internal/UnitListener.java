package org.forecourt.persistence.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;
import org.eclipse.persistence.sessions.changesets.UnitOfWorkChangeSet;
import org.forecourt.core.api.NotPermittedException;
import org.forecourt.persistence.AuditAction;
import org.forecourt.persistence.NotAudited;
import org.forecourt.persistence.StoreOwned;

/**
 * Sees every change EclipseLink computes before it writes anything (on flush and on commit): refuses changes to
 * store-owned entities outside the actor's scope (before and after the change) and collects audit entries with
 * the old values EclipseLink kept in its change records.
 */
final class UnitListener extends SessionEventAdapter {

    private static final String STORE_ID = "storeId";

    @Override
    public void postCalculateUnitOfWorkChangeSet(SessionEvent event) {
        UnitOfWorkImpl uow = (UnitOfWorkImpl) event.getSession();
        UnitOfWorkChangeSet changeSet = (UnitOfWorkChangeSet) event.getProperty("UnitOfWorkChangeSet");
        boolean changes = changeSet != null && changeSet.hasChanges();
        // removals are not in the calculated change set yet: EclipseLink adds them when it writes
        @SuppressWarnings("unchecked")
        Map<Object, Object> removed = uow.hasDeletedObjects() ? uow.getDeletedObjects() : Map.of();
        if (!changes && removed.isEmpty()) {
            return;
        }
        TxContext ctx = (TxContext) uow.getProperty(TxContext.KEY);
        if (ctx == null) {
            throw new IllegalStateException("Writes are only possible within Jpa.write");
        }
        if (ctx.readOnly) {
            throw new IllegalStateException("A read transaction cannot change data");
        }
        if (changes) {
            @SuppressWarnings("unchecked")
            Map<ObjectChangeSet, ObjectChangeSet> all = changeSet.getAllChangeSets();
            for (ObjectChangeSet ocs : all.keySet()) {
                Object entity = changeSet.getUOWCloneForObjectChangeSet(ocs);
                if (entity != null && !removed.containsKey(entity)) {
                    handle(uow, ctx, ocs, entity, ocs.isNew() ? AuditAction.CREATE : AuditAction.UPDATE);
                }
            }
        }
        for (Object entity : removed.keySet()) {
            if (ctx.firstRemoval(entity)) {
                handle(uow, ctx, null, entity, AuditAction.DELETE);
            }
        }
    }

    private static void handle(UnitOfWorkImpl uow, TxContext ctx, ObjectChangeSet ocs, Object entity,
                               AuditAction action) {
        if (action == AuditAction.UPDATE && !ocs.hasChanges()) {
            return;
        }
        if (ctx.sealed) {
            throw new IllegalStateException("Change computed after the audit was written: " + entity.getClass());
        }
        ClassDescriptor descriptor = uow.getClassDescriptor(entity);
        Long storeId = null;
        if (entity instanceof StoreOwned owned) {
            storeId = owned.getStoreId();
            ctx.scope.requireStore(storeId);
            if (action == AuditAction.UPDATE) {
                ChangeRecord storeChange = ocs.getChangesForAttributeNamed(STORE_ID);
                if (storeChange != null) {
                    requireStore(ctx, storeChange.getOldValue());
                }
            } else if (action == AuditAction.DELETE
                    && uow.getBackupClone(entity, descriptor) instanceof StoreOwned original) {
                requireStore(ctx, original.getStoreId());
            }
        }
        if (entity.getClass().isAnnotationPresent(NotAudited.class)) {
            return;
        }
        Map<String, Object[]> changes = new LinkedHashMap<>();
        switch (action) {
            case CREATE -> AuditValues.snapshot(uow, descriptor, entity, "")
                    .forEach((k, v) -> changes.put(k, new Object[] {null, v}));
            case DELETE -> AuditValues.snapshot(uow, descriptor, entity, "")
                    .forEach((k, v) -> changes.put(k, new Object[] {v, null}));
            case UPDATE -> AuditValues.changes(uow, descriptor, ocs, "", changes);
        }
        ctx.record(new AuditEntry(entity, descriptor, action, storeId, changes));
    }

    private static void requireStore(TxContext ctx, Object storeId) {
        if (!(storeId instanceof Long id) || !ctx.scope.includes(id)) {
            throw new NotPermittedException("error.store.outOfScope", storeId);
        }
    }
}
