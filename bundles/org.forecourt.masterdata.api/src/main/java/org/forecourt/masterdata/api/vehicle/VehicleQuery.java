package org.forecourt.masterdata.api.vehicle;

/**
 * A vehicle search, always within the actor's scope.
 *
 * @param text       what the user typed (null or blank = everything): the end of a VIN (e.g. its last 6
 *                   characters, 车架号后六位) or a whole VIN, a plate or its end (e.g. {@code A12345} or
 *                   {@code 沪A12345}), or the start of the current owner's name
 * @param ownerId    only vehicles currently owned by this customer; null = any
 * @param brandId    only this catalogue brand; null = any
 * @param modelId    only this catalogue model; null = any
 * @param storeId    only this store; null = every store in scope
 * @param sort       order
 * @param descending reverse order
 */
public record VehicleQuery(String text, Long ownerId, Long brandId, Long modelId, Long storeId, Sort sort,
                           boolean descending) {

    public enum Sort {
        /** by VIN */
        VIN,
        /** by plate (vehicles without a plate last), then VIN */
        PLATE,
        /** by last change, then id */
        UPDATED
    }

    public VehicleQuery {
        sort = sort == null ? Sort.VIN : sort;
    }

    public static VehicleQuery all() {
        return new VehicleQuery(null, null, null, null, null, Sort.VIN, false);
    }

    public static VehicleQuery text(String text) {
        return new VehicleQuery(text, null, null, null, null, Sort.VIN, false);
    }

    /** The vehicles a customer currently owns. */
    public static VehicleQuery ownedBy(long customerId) {
        return new VehicleQuery(null, customerId, null, null, null, Sort.VIN, false);
    }

    public VehicleQuery withText(String v) {
        return new VehicleQuery(v, ownerId, brandId, modelId, storeId, sort, descending);
    }

    public VehicleQuery withStoreId(Long v) {
        return new VehicleQuery(text, ownerId, brandId, modelId, v, sort, descending);
    }

    public VehicleQuery withCatalog(Long brand, Long model) {
        return new VehicleQuery(text, ownerId, brand, model, storeId, sort, descending);
    }

    public VehicleQuery sortedBy(Sort v, boolean desc) {
        return new VehicleQuery(text, ownerId, brandId, modelId, storeId, v, desc);
    }
}
