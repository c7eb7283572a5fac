package org.forecourt.masterdata.ui.internal.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.org.Store;
import org.forecourt.core.api.org.OrganisationService;

/** The stores in the user's scope, read once per screen, by id. */
public final class StoreNames {

    private final Map<Long, Store> stores = new LinkedHashMap<>();

    public StoreNames(OrganisationService organisation, Actor actor) {
        for (Store s : organisation.stores(actor)) {
            stores.put(s.id(), s);
        }
    }

    /** The store's name, or {@code #id} when it is not in the user's list. */
    public String name(Long storeId) {
        if (storeId == null) {
            return "";
        }
        Store s = stores.get(storeId);
        return s == null ? "#" + storeId : s.name();
    }

    /** Active stores a new record may be created in. */
    public List<Store> active() {
        return stores.values().stream().filter(Store::active).toList();
    }

    /** Whether the user chooses a store for new records (more than one store in scope). */
    public boolean choice() {
        return active().size() > 1;
    }

    public Map<Long, Store> asMap() {
        return stores;
    }
}
