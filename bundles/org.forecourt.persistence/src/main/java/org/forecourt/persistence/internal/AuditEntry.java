package org.forecourt.persistence.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.forecourt.persistence.AuditAction;

/** A pending audit row: values are already converted to JSON-friendly values (and masked). */
final class AuditEntry {

    final Object entity;
    final ClassDescriptor descriptor;
    AuditAction action;
    Long storeId;
    /** attribute → {before, after} */
    final Map<String, Object[]> changes;

    AuditEntry(Object entity, ClassDescriptor descriptor, AuditAction action, Long storeId,
               Map<String, Object[]> changes) {
        this.entity = entity;
        this.descriptor = descriptor;
        this.action = action;
        this.storeId = storeId;
        this.changes = new LinkedHashMap<>(changes);
    }

    /** A later change of the same entity in the same transaction: keep the first before, take the last after. */
    void mergeLater(AuditEntry later) {
        if (later.action == AuditAction.DELETE) {
            action = AuditAction.DELETE;
            changes.clear();
            changes.putAll(later.changes);
        } else {
            later.changes.forEach((attribute, beforeAfter) -> {
                Object[] existing = changes.get(attribute);
                if (existing == null) {
                    changes.put(attribute, beforeAfter);
                } else {
                    changes.put(attribute, new Object[] {existing[0], beforeAfter[1]});
                }
            });
        }
        if (later.storeId != null) {
            storeId = later.storeId;
        }
    }
}
