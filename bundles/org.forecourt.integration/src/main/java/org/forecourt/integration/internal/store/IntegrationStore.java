package org.forecourt.integration.internal.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.ForecourtException;
import org.forecourt.core.api.NotFoundException;
import org.forecourt.integration.api.DeadLetter;
import org.forecourt.integration.api.DeadLetterQuery;
import org.forecourt.integration.api.DeadLetterStatus;
import org.forecourt.integration.api.DeadLetterSummary;
import org.forecourt.integration.internal.db.DeadLetterEntity;
import org.forecourt.integration.internal.db.IdempotentKeyEntity;
import org.forecourt.integration.internal.db.RouteStateEntity;
import org.forecourt.persistence.Jpa;

/**
 * The integration tables: dead letters, idempotency keys and route state, over the {@code integration} unit. Each
 * method is one transaction, except {@link #claim}, which runs in the caller's.
 */
public final class IntegrationStore {

    /** Who the host writes as. */
    public static final Actor SYSTEM = Actor.system("integration");
    /** Longer message ids are stored as {@code sha256:<hex>}. */
    public static final int MAX_KEY = 200;
    static final int MAX_ERROR = 4000;
    private static final String INSERT_KEY =
            "INSERT INTO fc_int_idempotent (processor_name, message_id, created_at) VALUES (?, ?, ?)";

    private final Jpa jpa;
    private final Clock clock;

    public IntegrationStore(Jpa jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    // ------------------------------------------------------------------ idempotency

    /** The stored form of a message id: itself, or its SHA-256 when longer than {@value #MAX_KEY}. */
    public static String key(String messageId) {
        if (messageId == null) {
            throw new IllegalArgumentException("A message id is required");
        }
        if (messageId.length() <= MAX_KEY) {
            return messageId;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(messageId.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return true if the id was new and is now stored, false if it was there already */
    public boolean addKey(String processor, String messageId) {
        String key = key(messageId);
        try {
            return jpa.write(SYSTEM, em -> {
                if (em.find(IdempotentKeyEntity.class, new IdempotentKeyEntity.Key(processor, key)) != null) {
                    return false;
                }
                em.persist(new IdempotentKeyEntity(processor, key, now()));
                em.flush();
                return true;
            });
        } catch (RuntimeException e) {
            if (isDuplicateKey(e)) {
                return false; // stored concurrently by someone else: seen
            }
            throw e;
        }
    }

    public boolean containsKey(String processor, String messageId) {
        String key = key(messageId);
        return jpa.read(SYSTEM,
                em -> em.find(IdempotentKeyEntity.class, new IdempotentKeyEntity.Key(processor, key)) != null);
    }

    public boolean removeKey(String processor, String messageId) {
        String key = key(messageId);
        return jpa.write(SYSTEM, em -> {
            IdempotentKeyEntity e = em.find(IdempotentKeyEntity.class, new IdempotentKeyEntity.Key(processor, key));
            if (e == null) {
                return false;
            }
            em.remove(e);
            return true;
        });
    }

    public int clearKeys(String processor) {
        return jpa.write(SYSTEM, em -> em.createNativeQuery("DELETE FROM fc_int_idempotent WHERE processor_name = ?")
                .setParameter(1, processor).executeUpdate());
    }

    /**
     * Stores the id with the caller's connection, in the caller's transaction (nothing is committed here). When the
     * connection is in a transaction, a savepoint undoes the failed insert of a duplicate, so the transaction stays
     * usable (PostgreSQL would otherwise refuse every further statement).
     */
    public boolean claim(Connection connection, String processor, String messageId) {
        String key = key(messageId);
        try {
            boolean tx = !connection.getAutoCommit();
            Savepoint savepoint = tx ? connection.setSavepoint() : null;
            try (PreparedStatement ps = connection.prepareStatement(INSERT_KEY)) {
                ps.setString(1, processor);
                ps.setString(2, key);
                ps.setTimestamp(3, Timestamp.from(now()), Calendar.getInstance(TimeZone.getTimeZone("UTC")));
                ps.executeUpdate();
            } catch (SQLException e) {
                if (isDuplicateKey(e)) {
                    if (savepoint != null) {
                        connection.rollback(savepoint);
                    }
                    return false;
                }
                throw e;
            }
            if (savepoint != null) {
                connection.releaseSavepoint(savepoint);
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the message id: " + e.getMessage(), e);
        }
    }

    /** A duplicate primary key anywhere in the cause chain: SQLState class 23 (integrity constraint violation). */
    public static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s) {
                for (SQLException n = s; n != null; n = n.getNextException()) {
                    if (n.getSQLState() != null && n.getSQLState().startsWith("23")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ dead letters

    /** What a new dead letter holds. */
    public record NewDeadLetter(String connectorId, String instanceId, String routeId, String bodyText,
                                byte[] bodyBytes, Map<String, String> headers, ErrorInfo error) {
    }

    /** An error as stored. */
    public record ErrorInfo(String type, String message, String stackTrace) {
        public static ErrorInfo of(Throwable t) {
            if (t == null) {
                return new ErrorInfo(null, null, null);
            }
            return new ErrorInfo(t.getClass().getName(), truncate(describe(t), MAX_ERROR), StackSummary.of(t));
        }

        /** The message, or the class' simple name when there is none. */
        static String describe(Throwable t) {
            String m = t.getMessage();
            return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
        }
    }

    public long insertDeadLetter(NewDeadLetter d) {
        return jpa.write(SYSTEM, em -> {
            DeadLetterEntity e = new DeadLetterEntity();
            e.connectorId = d.connectorId();
            e.instanceId = d.instanceId();
            e.routeId = d.routeId();
            e.createdAt = now();
            e.lastAttemptAt = e.createdAt;
            e.status = DeadLetterStatus.NEW;
            e.bodyText = d.bodyText();
            e.bodyBytes = d.bodyBytes();
            e.headers = encodeHeaders(d.headers());
            e.errorType = truncate(d.error().type(), 300);
            e.errorMessage = truncate(d.error().message(), MAX_ERROR);
            e.stackTrace = d.error().stackTrace();
            e.attempts = 1;
            em.persist(e);
            em.flush();
            return e.id;
        });
    }

    /** A replay failed again: keep it NEW, with the new error and one more attempt. */
    public void recordFailedReplay(long id, ErrorInfo error) {
        jpa.run(SYSTEM, em -> {
            DeadLetterEntity e = load(em, id);
            e.attempts++;
            e.lastAttemptAt = now();
            e.errorType = truncate(error.type(), 300);
            e.errorMessage = truncate(error.message(), MAX_ERROR);
            e.stackTrace = error.stackTrace();
        });
    }

    public DeadLetter markReplayed(Actor actor, long id) {
        return jpa.write(SYSTEM, em -> {
            DeadLetterEntity e = load(em, id);
            requireNew(e);
            e.attempts++;
            e.lastAttemptAt = now();
            e.status = DeadLetterStatus.REPLAYED;
            e.resolvedBy = truncate(actor.username(), 100);
            e.resolvedAt = e.lastAttemptAt;
            return toDeadLetter(e);
        });
    }

    public DeadLetter discard(Actor actor, long id, String note) {
        return jpa.write(SYSTEM, em -> {
            DeadLetterEntity e = load(em, id);
            requireNew(e);
            e.status = DeadLetterStatus.DISCARDED;
            e.note = note;
            e.resolvedBy = truncate(actor.username(), 100);
            e.resolvedAt = now();
            return toDeadLetter(e);
        });
    }

    public DeadLetter get(long id) {
        return jpa.read(SYSTEM, em -> toDeadLetter(load(em, id)));
    }

    public List<DeadLetterSummary> find(DeadLetterQuery q) {
        return jpa.read(SYSTEM, em -> {
            TypedQuery<Object[]> query = em.createQuery("SELECT d.id, d.connectorId, d.instanceId, d.routeId, "
                    + "d.createdAt, d.status, d.errorType, d.errorMessage, d.attempts, d.lastAttemptAt "
                    + "FROM IntDeadLetter d" + where(q) + " ORDER BY d.createdAt DESC, d.id DESC", Object[].class);
            bind(query, q);
            query.setFirstResult(q.offset());
            query.setMaxResults(q.limit());
            List<DeadLetterSummary> result = new ArrayList<>();
            for (Object[] r : query.getResultList()) {
                result.add(new DeadLetterSummary(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        (String) r[3], (Instant) r[4], (DeadLetterStatus) r[5], (String) r[6], (String) r[7],
                        ((Number) r[8]).intValue(), (Instant) r[9]));
            }
            return result;
        });
    }

    public long count(DeadLetterQuery q) {
        return jpa.read(SYSTEM, em -> {
            TypedQuery<Long> query = em.createQuery("SELECT COUNT(d) FROM IntDeadLetter d" + where(q), Long.class);
            bind(query, q);
            return query.getSingleResult();
        });
    }

    private static String where(DeadLetterQuery q) {
        List<String> c = new ArrayList<>();
        if (q.connectorId() != null) {
            c.add("d.connectorId = :connector");
        }
        if (q.instanceId() != null) {
            c.add("d.instanceId = :instance");
        }
        if (q.routeId() != null) {
            c.add("d.routeId = :route");
        }
        if (q.status() != null) {
            c.add("d.status = :status");
        }
        return c.isEmpty() ? "" : " WHERE " + String.join(" AND ", c);
    }

    private static void bind(TypedQuery<?> query, DeadLetterQuery q) {
        if (q.connectorId() != null) {
            query.setParameter("connector", q.connectorId());
        }
        if (q.instanceId() != null) {
            query.setParameter("instance", q.instanceId());
        }
        if (q.routeId() != null) {
            query.setParameter("route", q.routeId());
        }
        if (q.status() != null) {
            query.setParameter("status", q.status());
        }
    }

    private static DeadLetterEntity load(EntityManager em, long id) {
        DeadLetterEntity e = em.find(DeadLetterEntity.class, id);
        if (e == null) {
            throw new NotFoundException("integration.deadLetter", id);
        }
        return e;
    }

    private static void requireNew(DeadLetterEntity e) {
        if (e.status != DeadLetterStatus.NEW) {
            throw new ForecourtException("integration.error.notNew", e.id, e.status.name());
        }
    }

    static DeadLetter toDeadLetter(DeadLetterEntity e) {
        DeadLetterSummary s = new DeadLetterSummary(e.id, e.connectorId, e.instanceId, e.routeId, e.createdAt,
                e.status, e.errorType, e.errorMessage, e.attempts, e.lastAttemptAt);
        return new DeadLetter(s, e.bodyText, e.bodyBytes, decodeHeaders(e.headers), e.stackTrace, e.note,
                e.resolvedBy, e.resolvedAt);
    }

    /** Headers as {@link Properties} text (escapes every character that needs it; keys sorted). */
    static String encodeHeaders(Map<String, String> headers) {
        if (headers == null || headers.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> h : new TreeMap<>(headers).entrySet()) {
            Properties one = new Properties();
            one.setProperty(h.getKey(), h.getValue() == null ? "" : h.getValue());
            StringWriter w = new StringWriter();
            try {
                one.store(w, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // drop the date comment Properties.store writes first
            w.toString().lines().filter(l -> !l.startsWith("#")).forEach(l -> out.append(l).append('\n'));
        }
        return out.toString();
    }

    static Map<String, String> decodeHeaders(String text) {
        Map<String, String> result = new TreeMap<>();
        if (text == null || text.isEmpty()) {
            return result;
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        p.stringPropertyNames().forEach(k -> result.put(k, p.getProperty(k)));
        return result;
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    // ------------------------------------------------------------------ route state

    public RouteStateEntity loadRoute(String routeId) {
        return jpa.read(SYSTEM, em -> em.find(RouteStateEntity.class, routeId));
    }

    /** Inserts or updates the route's row with these values. */
    public void saveRoute(RouteStateEntity values) {
        jpa.run(SYSTEM, em -> {
            RouteStateEntity e = em.find(RouteStateEntity.class, values.routeId);
            boolean fresh = e == null;
            if (fresh) {
                e = new RouteStateEntity();
                e.routeId = values.routeId;
            }
            e.connectorId = values.connectorId;
            e.instanceId = values.instanceId;
            e.received = values.received;
            e.processed = values.processed;
            e.failed = values.failed;
            e.lastRunAt = values.lastRunAt;
            e.lastError = truncate(values.lastError, MAX_ERROR);
            e.lastErrorAt = values.lastErrorAt;
            e.paused = values.paused;
            e.pausedBy = truncate(values.pausedBy, 100);
            e.pausedAt = values.pausedAt;
            if (fresh) {
                em.persist(e);
            }
        });
    }
}
