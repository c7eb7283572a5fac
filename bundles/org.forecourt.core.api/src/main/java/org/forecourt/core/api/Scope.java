package org.forecourt.core.api;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The stores whose data an actor may see. Every query on store-owned data is restricted to a scope;
 * there is no way to obtain store data without one.
 *
 * @param allStores true for group-wide roles and system jobs: every store
 * @param storeIds the visible stores when {@code allStores} is false (never null, may be empty = sees nothing)
 */
public record Scope(boolean allStores, Set<Long> storeIds) {

    private static final Scope ALL = new Scope(true, Set.of());
    private static final Scope NONE = new Scope(false, Set.of());

    public Scope {
        storeIds = Collections.unmodifiableSet(new TreeSet<>(storeIds == null ? Set.of() : storeIds));
    }

    public static Scope all() {
        return ALL;
    }

    public static Scope none() {
        return NONE;
    }

    public static Scope stores(Set<Long> storeIds) {
        return new Scope(false, storeIds);
    }

    public static Scope store(long storeId) {
        return new Scope(false, Set.of(storeId));
    }

    public boolean includes(Long storeId) {
        return storeId != null && (allStores || storeIds.contains(storeId));
    }

    /** @throws NotPermittedException when the store is outside this scope */
    public void requireStore(Long storeId) {
        if (!includes(storeId)) {
            throw new NotPermittedException("error.store.outOfScope", storeId);
        }
    }

    /** The intersection of two scopes: what both allow. */
    public Scope narrow(Scope other) {
        if (allStores) {
            return other;
        }
        if (other.allStores) {
            return this;
        }
        Set<Long> common = new TreeSet<>(storeIds);
        common.retainAll(other.storeIds);
        return new Scope(false, common);
    }
}
