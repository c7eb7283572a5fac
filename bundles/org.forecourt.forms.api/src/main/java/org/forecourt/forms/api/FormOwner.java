package org.forecourt.forms.api;

/**
 * The owner of a form.
 *
 * @param level   group, brand or store
 * @param brandId the brand (brand and store level)
 * @param storeId the store (store level)
 */
public record FormOwner(OwnerLevel level, Long brandId, Long storeId) {

    public static FormOwner group() {
        return new FormOwner(OwnerLevel.GROUP, null, null);
    }

    public static FormOwner brand(long brandId) {
        return new FormOwner(OwnerLevel.BRAND, brandId, null);
    }

    public static FormOwner store(long brandId, long storeId) {
        return new FormOwner(OwnerLevel.STORE, brandId, storeId);
    }
}
