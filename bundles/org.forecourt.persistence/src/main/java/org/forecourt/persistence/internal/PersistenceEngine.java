package org.forecourt.persistence.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.DefaultSessionLog;
import org.eclipse.persistence.logging.jul.JavaLog;
import org.forecourt.core.api.Actor;
import org.forecourt.persistence.AuditLog;
import org.forecourt.persistence.AuditQuery;
import org.forecourt.persistence.AuditRecord;
import org.forecourt.persistence.ClasspathMigrations;
import org.forecourt.persistence.Jpa;
import org.forecourt.persistence.JpaUnits;
import org.forecourt.persistence.PersistenceSetupException;
import org.forecourt.persistence.UnitDefinition;

/**
 * Everything {@link JpaUnits} and {@link AuditLog} do, over a plain DataSource: the OSGi component only hands it
 * the platform's DataSource, and tests (also modules' tests, outside OSGi) use it directly.
 */
public final class PersistenceEngine implements JpaUnits, AuditLog, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PersistenceEngine.class.getName());
    /** The persistence bundle's own unit (the audit table); modules cannot use the name. */
    public static final String OWN_UNIT = "persistence";
    private static final AtomicLong SESSIONS = new AtomicLong();

    static {
        // EclipseLink's default log (used before a unit's session exists) writes to System.out: use JUL instead
        if (AbstractSessionLog.getLog() instanceof DefaultSessionLog) {
            AbstractSessionLog.setLog(new JavaLog());
        }
    }

    private final DataSource dataSource;
    private final DatabaseKind kind;
    private final Map<String, Unit> units = new HashMap<>();
    private boolean closed;

    /**
     * Checks the database and migrates the audit table.
     *
     * @throws PersistenceSetupException if the database is unreachable, unsupported or cannot be migrated
     */
    public PersistenceEngine(DataSource dataSource) {
        this.dataSource = dataSource;
        this.kind = DatabaseKind.of(dataSource);
        Migrator.migrate(dataSource, kind, OWN_UNIT, ClasspathMigrations.of(PersistenceEngine.class.getClassLoader(),
                "org/forecourt/persistence/internal/db", "V1__audit.sql"));
    }

    @Override
    public String databaseKind() {
        return kind.id;
    }

    @Override
    public synchronized Jpa open(UnitDefinition definition) {
        if (closed) {
            throw new IllegalStateException("The persistence engine is closed");
        }
        String name = definition.name();
        if (OWN_UNIT.equals(name)) {
            throw new PersistenceSetupException("Unit name " + OWN_UNIT + " is reserved");
        }
        Unit unit = units.get(name);
        if (unit != null) {
            if (!new LinkedHashSet<>(unit.entityClasses).equals(new LinkedHashSet<>(definition.entityClasses()))) {
                throw new PersistenceSetupException("Unit " + name + " is already open with other entity classes");
            }
            unit.handles++;
            return new ScopedJpa(unit);
        }
        for (Class<?> c : definition.entityClasses()) {
            if (!c.isAnnotationPresent(Entity.class)) {
                throw new PersistenceSetupException("Unit " + name + ": " + c.getName() + " is not an @Entity");
            }
        }
        Migrator.migrate(dataSource, kind, name, definition.migrations());
        unit = new Unit(this, name, definition.entityClasses(), createFactory(definition));
        unit.handles = 1;
        units.put(name, unit);
        return new ScopedJpa(unit);
    }

    private EntityManagerFactory createFactory(UnitDefinition definition) {
        ClassLoader loader = new CompositeClassLoader(definition.classLoader(),
                PersistenceProvider.class.getClassLoader(), Entity.class.getClassLoader(),
                PersistenceEngine.class.getClassLoader());
        UnitInfo info = new UnitInfo(definition.name(), definition.entityClasses(), dataSource, loader);
        Map<String, Object> props = new HashMap<>();
        props.put(PersistenceUnitProperties.SESSION_NAME,
                "forecourt-" + definition.name() + "-" + SESSIONS.incrementAndGet());
        props.put(PersistenceUnitProperties.WEAVING, "false");
        props.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
        props.put(PersistenceUnitProperties.SCHEMA_GENERATION_DATABASE_ACTION,
                PersistenceUnitProperties.SCHEMA_GENERATION_NONE_ACTION);
        // The logger is set by UnitCustomizer: EclipseLink loads a logger named here with the loader of its jpa
        // bundle, which does not import org.eclipse.persistence.logging.jul (ClassNotFoundException in OSGi).
        // refusals, conflicts and constraint violations reach the caller; no stack traces in the log for them
        props.put(PersistenceUnitProperties.LOGGING_EXCEPTIONS, "false");
        props.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
        props.put(PersistenceUnitProperties.TARGET_DATABASE, kind.eclipseLinkPlatform);
        props.put(PersistenceUnitProperties.SESSION_CUSTOMIZER, new UnitCustomizer(definition.name()));
        props.put(PersistenceUnitProperties.VALIDATION_MODE, "NONE");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        EntityManagerFactory emf = null;
        try {
            thread.setContextClassLoader(loader);
            emf = new PersistenceProvider().createContainerEntityManagerFactory(info, props);
            // fail fast: deploys the unit, logs in, runs the customizer
            EntityManager em = emf.createEntityManager();
            em.close();
            return emf;
        } catch (RuntimeException e) {
            if (emf != null) {
                try {
                    emf.close();
                } catch (RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof PersistenceSetupException p) {
                    throw p;
                }
            }
            throw new PersistenceSetupException("Unit " + definition.name() + " cannot be built: " + e.getMessage(),
                    e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** For tests: the open unit of that name, or null. */
    synchronized Unit unit(String name) {
        return units.get(name);
    }

    synchronized void release(Unit unit) {
        if (--unit.handles <= 0 && units.get(unit.name) == unit) {
            units.remove(unit.name);
            unit.close();
        }
    }

    @Override
    public List<AuditRecord> find(Actor actor, AuditQuery query) {
        return AuditStore.find(dataSource, actor, query == null ? AuditQuery.all() : query);
    }

    @Override
    public long count(Actor actor, AuditQuery query) {
        return AuditStore.count(dataSource, actor, query == null ? AuditQuery.all() : query);
    }

    /** Closes every open unit; their handles then refuse work. */
    @Override
    public synchronized void close() {
        closed = true;
        for (Unit u : units.values()) {
            LOG.log(Level.FINE, "Closing unit {0}", u.name);
            u.close();
        }
        units.clear();
    }
}
