package org.forecourt.persistence;

/**
 * An entity that belongs to one store. Its {@code storeId} attribute is what scoping filters on; an entity that
 * has a {@code storeId} attribute but does not implement this interface is refused when the unit opens.
 */
public interface StoreOwned {
    Long getStoreId();
}
