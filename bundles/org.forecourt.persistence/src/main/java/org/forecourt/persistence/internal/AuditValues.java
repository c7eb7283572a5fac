package org.forecourt.persistence.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.VersionLockingPolicy;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.changesets.AggregateChangeRecord;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectToFieldChangeRecord;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;
import org.eclipse.persistence.sessions.changesets.ObjectReferenceChangeRecord;

/** Turns entity attributes and EclipseLink change records into JSON-friendly, masked values. */
final class AuditValues {

    static final String MASK = "***";
    private static final Set<String> SECRETS = Set.of("password", "passwordhash", "secret", "apikey");

    private AuditValues() {
    }

    static boolean isSecret(String attribute) {
        String last = attribute.substring(attribute.lastIndexOf('.') + 1);
        return SECRETS.contains(last.toLowerCase(Locale.ROOT));
    }

    /** Every audited attribute of an entity (no id, no version, no collections), for creates and deletes. */
    static Map<String, Object> snapshot(Session session, ClassDescriptor descriptor, Object entity, String prefix) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (entity == null) {
            return values;
        }
        String version = versionAttribute(descriptor);
        for (DatabaseMapping m : descriptor.getMappings()) {
            String name = prefix + m.getAttributeName();
            if (m.isPrimaryKeyMapping() || m.getAttributeName().equals(version)) {
                continue;
            }
            if (m.isDirectToFieldMapping()) {
                values.put(name, json(name, m.getAttributeValueFromObject(entity)));
            } else if (m.isAggregateObjectMapping()) {
                Object aggregate = m.getAttributeValueFromObject(entity);
                if (aggregate != null) {
                    values.putAll(snapshot(session, m.getReferenceDescriptor(), aggregate, name + "."));
                }
            } else if (m.isObjectReferenceMapping()) {
                values.put(name, idOf(session, m.getRealAttributeValueFromObject(entity,
                        (org.eclipse.persistence.internal.sessions.AbstractSession) session)));
            }
        }
        return values;
    }

    /** The changed attributes of an update, before → after. */
    static void changes(Session session, ClassDescriptor descriptor, ObjectChangeSet ocs, String prefix,
                        Map<String, Object[]> out) {
        String version = versionAttribute(descriptor);
        for (ChangeRecord r : ocs.getChanges()) {
            String name = prefix + r.getAttribute();
            if (r.getAttribute().equals(version)) {
                continue;
            }
            if (r instanceof DirectToFieldChangeRecord d) {
                Object before = json(name, d.getOldValue());
                Object after = json(name, d.getNewValue());
                if (!java.util.Objects.equals(before, after) || isSecret(name)) {
                    out.put(name, new Object[] {before, after});
                }
            } else if (r instanceof AggregateChangeRecord a) {
                ObjectChangeSet nested = a.getChangedObject();
                DatabaseMapping m = descriptor.getMappingForAttributeName(r.getAttribute());
                if (nested != null && m != null && m.getReferenceDescriptor() != null) {
                    changes(session, m.getReferenceDescriptor(), nested, name + ".", out);
                } else {
                    out.put(name, new Object[] {null, "(changed)"});
                }
            } else if (r instanceof ObjectReferenceChangeRecord o) {
                ObjectChangeSet target = o.getNewValue();
                out.put(name, new Object[] {idOf(session, o.getOldValue()),
                        target == null ? null : json(name, target.getId())});
            } else {
                out.put(name, new Object[] {null, "(changed)"});
            }
        }
    }

    private static String versionAttribute(ClassDescriptor descriptor) {
        if (descriptor.usesVersionLocking()
                && descriptor.getOptimisticLockingPolicy() instanceof VersionLockingPolicy v
                && v.getVersionMapping() != null) {
            return v.getVersionMapping().getAttributeName();
        }
        return "";
    }

    private static Object idOf(Session session, Object entity) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof ObjectChangeSet ocs) {
            return json("", ocs.getId());
        }
        return json("", session.getId(entity));
    }

    /** A value Jackson writes plainly: null, Boolean, Number, String. */
    static Object json(String attribute, Object value) {
        if (value == null) {
            return null;
        }
        if (isSecret(attribute)) {
            return MASK;
        }
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte || value instanceof BigInteger
                || value instanceof Double || value instanceof Float) {
            return value;
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof java.sql.Date || value instanceof java.sql.Time) {
            return value.toString();
        }
        if (value instanceof Date d) {
            return d.toInstant().toString();
        }
        if (value instanceof Calendar c) {
            return c.toInstant().toString();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof byte[] b) {
            return "(" + b.length + " bytes)";
        }
        if (value instanceof char[] c) {
            return new String(c);
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(v -> json(attribute, v)).toList();
        }
        return value.toString();
    }
}
