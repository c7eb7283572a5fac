package org.forecourt.masterdata.api.vehicle;

import java.time.Instant;

/**
 * One row of a vehicle search.
 *
 * @param id             database id
 * @param storeId        the owning store
 * @param vin            17 characters
 * @param plate          licence plate, or null
 * @param brandId        catalogue brand, or null
 * @param modelId        catalogue model, or null
 * @param makeText       free-text make, or null
 * @param modelText      free-text model, or null
 * @param colour         colour, or null
 * @param ownerId        current owner, or null
 * @param ownerName      current owner's name, or null
 * @param lastOdometerKm latest odometer reading, or null
 * @param updatedAt      last change
 * @param version        optimistic-lock version
 */
public record VehicleSummary(long id, long storeId, String vin, String plate, Long brandId, Long modelId,
                             String makeText, String modelText, String colour, Long ownerId, String ownerName,
                             Integer lastOdometerKm, Instant updatedAt, long version) {
}
