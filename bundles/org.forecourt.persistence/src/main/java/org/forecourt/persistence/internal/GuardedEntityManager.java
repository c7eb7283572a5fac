package org.forecourt.persistence.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.Query;

import org.eclipse.persistence.jpa.JpaQuery;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.queries.ModifyAllQuery;
import org.forecourt.core.api.ConflictException;
import org.forecourt.core.api.Scope;
import org.forecourt.persistence.NotAudited;
import org.forecourt.persistence.StoreOwned;

/**
 * The EntityManager a module's work gets: the real one, minus what would let it escape the unit's rules. The
 * transaction and the entity manager's life belong to {@link ScopedJpa}; the scope parameters cannot be
 * changed; {@code find}/{@code getReference} re-check the scope of what they return; bulk JPQL updates and deletes
 * of audited or store-owned entities are refused (they would bypass audit and write checks); in a read
 * transaction nothing can be written. Native SQL stays possible and is neither scoped nor audited: it is for
 * technical tables and reports, and needs a reviewer's eye.
 */
final class GuardedEntityManager implements InvocationHandler {

    private static final Set<String> FORBIDDEN = Set.of("getTransaction", "joinTransaction", "close",
            "getEntityManagerFactory", "runWithConnection", "callWithConnection");
    private static final Set<String> WRITES = Set.of("persist", "merge", "remove", "flush", "lock");

    private final EntityManager target;
    private final Scope scope;
    private final boolean readOnly;

    private GuardedEntityManager(EntityManager target, Scope scope, boolean readOnly) {
        this.target = target;
        this.scope = scope;
        this.readOnly = readOnly;
    }

    static EntityManager wrap(EntityManager target, Scope scope, boolean readOnly) {
        // the proxy's loader must see every type the interface's methods mention: in OSGi only the Jakarta
        // Persistence bundle does (this bundle does not import jakarta.persistence.criteria and the like)
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, new GuardedEntityManager(target, scope, readOnly));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (method.getDeclaringClass() == Object.class) {
            return switch (name) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "Guarded" + target;
            };
        }
        if (FORBIDDEN.contains(name)) {
            throw new IllegalStateException("EntityManager." + name
                    + " is not available: the transaction belongs to Jpa.read/Jpa.write");
        }
        if (name.equals("setProperty") && args[0] instanceof String key && isReserved(key)) {
            throw new IllegalArgumentException("Property " + key + " is reserved");
        }
        if (readOnly && WRITES.contains(name)) {
            throw new IllegalStateException("EntityManager." + name + " in a read transaction; use Jpa.write");
        }
        if (name.equals("createNativeQuery") && args.length > 1 && args[1] instanceof Class<?> c
                && StoreOwned.class.isAssignableFrom(c)) {
            throw new UnsupportedOperationException("Native queries cannot load store-owned entities ("
                    + c.getName() + "): they would bypass store scoping; use JPQL or criteria");
        }
        Object result;
        try {
            result = call(target, method, args);
        } catch (RuntimeException e) {
            if (name.equals("merge") && Unit.isOptimisticLockFailure(e)) {
                throw conflict(args[0], e);
            }
            throw e;
        }
        if (name.equals("find")) {
            return inScope(result) ? result : null;
        }
        if (name.equals("getReference") && !inScope(result)) {
            throw new EntityNotFoundException("No such entity within the actor's scope");
        }
        if (result instanceof Query q && method.getReturnType().isInterface()
                && Query.class.isAssignableFrom(method.getReturnType())) {
            return GuardedQuery.wrap(q, method.getReturnType(), name.equals("createNativeQuery"), readOnly);
        }
        return result;
    }

    /** A stale detached entity: EclipseLink's exception does not carry it, but we know what was merged. */
    private RuntimeException conflict(Object entity, RuntimeException cause) {
        String entityName = entity.getClass().getSimpleName();
        Object id = null;
        try {
            entityName = target.getMetamodel().entity(entity.getClass()).getName();
            id = target.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
        ConflictException conflict = new ConflictException(entityName, id);
        conflict.initCause(cause);
        return conflict;
    }

    static boolean isReserved(String key) {
        return key.equals(Scopes.ALL_PARAM) || key.equals(Scopes.STORES_PARAM) || key.equals(TxContext.KEY);
    }

    private boolean inScope(Object entity) {
        return !(entity instanceof StoreOwned owned) || scope.includes(owned.getStoreId());
    }

    static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Queries keep their fluent API (setters return the guarded query) and check bulk writes. */
    static final class GuardedQuery implements InvocationHandler {
        private final Query target;
        private final boolean nativeQuery;
        private final boolean readOnly;

        private GuardedQuery(Query target, boolean nativeQuery, boolean readOnly) {
            this.target = target;
            this.nativeQuery = nativeQuery;
            this.readOnly = readOnly;
        }

        static Object wrap(Query target, Class<?> type, boolean nativeQuery, boolean readOnly) {
            return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                    new GuardedQuery(target, nativeQuery, readOnly));
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "Guarded" + target;
                };
            }
            if (method.getName().equals("executeUpdate")) {
                if (readOnly) {
                    throw new IllegalStateException("executeUpdate in a read transaction; use Jpa.write");
                }
                if (!nativeQuery) {
                    checkBulk();
                }
            }
            Object result = call(target, method, args);
            return result == target ? proxy : result;
        }

        private void checkBulk() {
            DatabaseQuery query = target.unwrap(JpaQuery.class).getDatabaseQuery();
            if (query instanceof ModifyAllQuery modify) {
                Class<?> type = modify.getReferenceClass();
                if (type == null || StoreOwned.class.isAssignableFrom(type)
                        || !type.isAnnotationPresent(NotAudited.class)) {
                    throw new UnsupportedOperationException("Bulk update/delete of "
                            + (type == null ? "?" : type.getName())
                            + " would bypass the audit and the store checks: change the entities one by one");
                }
            }
        }
    }
}
