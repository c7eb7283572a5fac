package org.forecourt.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.TreeMap;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.persistence.sessions.Session;
import org.forecourt.core.api.Actor;
import org.forecourt.core.api.Scope;
import org.forecourt.persistence.AuditAction;
import org.forecourt.persistence.AuditLog;
import org.forecourt.persistence.AuditQuery;
import org.forecourt.persistence.AuditRecord;
import org.forecourt.persistence.PersistenceSetupException;

/** The audit table {@code fc_audit}: written with the unit's own connection, read for {@link AuditLog}. */
final class AuditStore {

    static final String TABLE = "fc_audit";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

    private static final String INSERT = "INSERT INTO " + TABLE + " (occurred_at, user_id, username, display_name,"
            + " store_id, entity, entity_id, action, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String COLUMNS = "id, occurred_at, user_id, username, display_name, store_id, entity,"
            + " entity_id, action, changes";

    private AuditStore() {
    }

    /** A calendar for reading and writing TIMESTAMP columns as UTC, whatever the JVM's zone. */
    static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }

    static String toJson(Map<String, Object[]> changes) {
        Map<String, Object[]> sorted = new TreeMap<>(changes);
        try {
            return JSON.writeValueAsString(sorted);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode audit changes", e);
        }
    }

    /** Writes the transaction's audit rows on the transaction's own connection. */
    static void write(Connection connection, Session session, TxContext ctx, Instant now) throws SQLException {
        List<AuditEntry> entries = ctx.entries();
        if (entries.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(now);
        try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
            for (AuditEntry e : entries) {
                if (e.action == AuditAction.UPDATE) {
                    e.changes.values().removeIf(v -> Objects.equals(v[0], v[1]) && !AuditValues.MASK.equals(v[0]));
                    if (e.changes.isEmpty()) {
                        continue;
                    }
                }
                Object id = session.getId(e.entity);
                ps.setTimestamp(1, at, utc());
                ps.setLong(2, ctx.actor.userId());
                ps.setString(3, truncate(Objects.requireNonNullElse(ctx.actor.username(), "?"), 100));
                ps.setString(4, truncate(ctx.actor.displayName(), 200));
                if (e.storeId == null) {
                    ps.setNull(5, Types.BIGINT);
                } else {
                    ps.setLong(5, e.storeId);
                }
                ps.setString(6, truncate(e.descriptor.getAlias(), 100));
                ps.setString(7, truncate(String.valueOf(id), 100));
                ps.setString(8, e.action.name());
                ps.setString(9, toJson(e.changes));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    static List<AuditRecord> find(DataSource dataSource, Actor actor, AuditQuery q) {
        actor.require(AuditLog.PERMISSION_VIEW);
        List<Object> args = new ArrayList<>();
        String where = where(actor.scope(), q, args);
        if (where == null) {
            return List.of();
        }
        String sql = "SELECT " + COLUMNS + " FROM " + TABLE + where
                + " ORDER BY id DESC OFFSET " + q.offset() + " ROWS FETCH NEXT " + q.limit() + " ROWS ONLY";
        List<AuditRecord> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long storeId = rs.getLong(6);
                    Long store = rs.wasNull() ? null : storeId;
                    out.add(new AuditRecord(rs.getLong(1), rs.getTimestamp(2, utc()).toInstant(), rs.getLong(3),
                            rs.getString(4), rs.getString(5), store, rs.getString(7), rs.getString(8),
                            AuditAction.valueOf(rs.getString(9)), rs.getString(10)));
                }
            }
        } catch (SQLException e) {
            throw new PersistenceSetupException("Cannot read the audit log: " + e.getMessage(), e);
        }
        return out;
    }

    static long count(DataSource dataSource, Actor actor, AuditQuery q) {
        actor.require(AuditLog.PERMISSION_VIEW);
        List<Object> args = new ArrayList<>();
        String where = where(actor.scope(), q, args);
        if (where == null) {
            return 0;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + TABLE + where)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new PersistenceSetupException("Cannot read the audit log: " + e.getMessage(), e);
        }
    }

    /** @return the WHERE clause, or null when the scope sees nothing */
    private static String where(Scope scope, AuditQuery q, List<Object> args) {
        StringBuilder w = new StringBuilder(" WHERE 1 = 1");
        if (!Scopes.seesAll(scope)) {
            if (scope.storeIds().isEmpty()) {
                return null;
            }
            w.append(" AND store_id IN (");
            String sep = "";
            for (Long id : scope.storeIds()) {
                w.append(sep).append('?');
                args.add(id);
                sep = ", ";
            }
            w.append(')');
        }
        if (q.entity() != null) {
            w.append(" AND entity = ?");
            args.add(q.entity());
        }
        if (q.entityId() != null) {
            w.append(" AND entity_id = ?");
            args.add(q.entityId());
        }
        if (q.userId() != null) {
            w.append(" AND user_id = ?");
            args.add(q.userId());
        }
        if (q.storeId() != null) {
            w.append(" AND store_id = ?");
            args.add(q.storeId());
        }
        if (q.from() != null) {
            w.append(" AND occurred_at >= ?");
            args.add(q.from());
        }
        if (q.to() != null) {
            w.append(" AND occurred_at < ?");
            args.add(q.to());
        }
        return w.toString();
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof Instant t) {
                ps.setTimestamp(i + 1, Timestamp.from(t), utc());
            } else if (a instanceof Long l) {
                ps.setLong(i + 1, l);
            } else {
                ps.setString(i + 1, (String) a);
            }
        }
    }
}
