package org.forecourt.persistence.internal;

import java.sql.Connection;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.FlushModeType;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.UnitOfWork;
import org.forecourt.core.api.Actor;
import org.forecourt.core.api.ConflictException;
import org.forecourt.core.api.ForecourtException;

/** One open unit: its EntityManagerFactory, shared by all handles on the same unit name, and its transactions. */
final class Unit {

    private static final Logger LOG = Logger.getLogger(Unit.class.getName());

    final String name;
    final List<Class<?>> entityClasses;
    private final EntityManagerFactory emf;
    private final PersistenceEngine engine;
    int handles;
    private volatile boolean closed;

    Unit(PersistenceEngine engine, String name, List<Class<?>> entityClasses, EntityManagerFactory emf) {
        this.engine = engine;
        this.name = name;
        this.entityClasses = entityClasses;
        this.emf = emf;
    }

    <T> T run(Actor actor, boolean readOnly, Function<EntityManager, T> work) {
        if (actor == null) {
            throw new IllegalArgumentException("An actor is required");
        }
        if (closed) {
            throw new IllegalStateException("Unit " + name + " is closed");
        }
        TxContext ctx = new TxContext(actor, readOnly);
        Map<String, Object> properties = new HashMap<>();
        Scopes.putParameters(ctx.scope, properties);
        properties.put(TxContext.KEY, ctx);
        EntityManager em = emf.createEntityManager(properties);
        EntityTransaction tx = em.getTransaction();
        try {
            if (readOnly) {
                em.setFlushMode(FlushModeType.COMMIT);
            }
            tx.begin();
            T result = work.apply(GuardedEntityManager.wrap(em, ctx.scope, readOnly));
            if (readOnly) {
                tx.rollback();
            } else {
                em.flush(); // computes the changes: scope checks and audit entries (UnitListener)
                if (ctx.hasEntries()) {
                    // the same connection and transaction as the changes themselves
                    AuditStore.write(em.unwrap(Connection.class), em.unwrap(UnitOfWork.class), ctx, Instant.now());
                }
                ctx.sealed = true;
                tx.commit();
            }
            return result;
        } catch (RuntimeException | Error e) {
            rollbackQuietly(tx);
            throw translate(e);
        } catch (java.sql.SQLException e) {
            rollbackQuietly(tx);
            throw new jakarta.persistence.PersistenceException("Cannot write the audit log: " + e.getMessage(), e);
        } finally {
            if (em.isOpen()) {
                em.close();
            }
        }
    }

    private static void rollbackQuietly(EntityTransaction tx) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Rollback failed", e);
        }
    }

    /**
     * A refusal of ours thrown inside EclipseLink surfaces wrapped: find it. Optimistic lock failures become
     * {@link ConflictException}.
     */
    private RuntimeException translate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ForecourtException f) {
                return f;
            }
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.eclipse.persistence.exceptions.OptimisticLockException o) {
                return conflict(objectOf(o), e);
            }
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException o) {
                return conflict(o.getEntity(), e);
            }
        }
        if (e instanceof Error error) {
            throw error;
        }
        return (RuntimeException) e;
    }

    static boolean isOptimisticLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.eclipse.persistence.exceptions.OptimisticLockException
                    || t instanceof jakarta.persistence.OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    private static Object objectOf(org.eclipse.persistence.exceptions.OptimisticLockException e) {
        try {
            return e.getObject();
        } catch (RuntimeException noQuery) {
            return null; // thrown outside a query (e.g. on merge): getObject() fails
        }
    }

    private RuntimeException conflict(Object entity, Throwable cause) {
        String entityName = "?";
        Object id = null;
        if (entity != null) {
            try {
                Session session = emf.unwrap(org.eclipse.persistence.sessions.server.ServerSession.class);
                ClassDescriptor d = session.getClassDescriptor(entity);
                entityName = d == null ? entity.getClass().getSimpleName() : d.getAlias();
                id = session.getId(entity);
            } catch (RuntimeException e) {
                entityName = entity.getClass().getSimpleName();
            }
        }
        ConflictException conflict = new ConflictException(entityName, id);
        conflict.initCause(cause);
        return conflict;
    }

    EntityManagerFactory factory() {
        return emf;
    }

    void close() {
        closed = true;
        try {
            emf.close();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Closing unit " + name + " failed", e);
        }
    }

    boolean isClosed() {
        return closed;
    }

    PersistenceEngine engine() {
        return engine;
    }
}
