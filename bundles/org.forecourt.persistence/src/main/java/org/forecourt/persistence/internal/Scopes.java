package org.forecourt.persistence.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.forecourt.core.api.Scope;

/** How a {@link Scope} becomes the parameters of the store criteria added to every store-owned entity. */
final class Scopes {

    /**
     * Entity manager property: a store id every visible row is above — 0 when the actor sees every store (ids are
     * positive), {@link Long#MAX_VALUE} otherwise. Comparing the column with a parameter (rather than
     * {@code :param = 1}) keeps the whole query bindable: Derby cannot type a bare parameter, and EclipseLink then
     * inlines every value of the query, so Derby compiles each query anew.
     */
    static final String ALL_PARAM = "fcAbove";
    /** Entity manager property: the visible store ids, never empty (an impossible id stands for none). */
    static final String STORES_PARAM = "fcStores";
    /** The JPQL fragment EclipseLink adds to every query on a store-owned entity. */
    static final String CRITERIA = "(this.storeId > :" + ALL_PARAM + " OR this.storeId IN :" + STORES_PARAM + ")";
    /** Matches no store: ids are positive. */
    static final Long NO_STORE = Long.MIN_VALUE;

    private Scopes() {
    }

    static boolean seesAll(Scope scope) {
        return scope.allStores();
    }

    static void putParameters(Scope scope, Map<String, Object> properties) {
        properties.put(ALL_PARAM, seesAll(scope) ? 0L : Long.MAX_VALUE);
        List<Long> ids = new ArrayList<>(scope.storeIds());
        if (ids.isEmpty()) {
            ids.add(NO_STORE);
        }
        properties.put(STORES_PARAM, ids);
    }
}
