package org.forecourt.masterdata.api.vehicle;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored vehicle: VIN and plate normalized (upper case, no separators, simplified characters).
 *
 * @param id                database id
 * @param storeId           the owning store
 * @param vin               17 characters
 * @param plate             licence plate, or null
 * @param brandId           catalogue brand, or null
 * @param modelId           catalogue model, or null
 * @param trimId            catalogue trim, or null
 * @param makeText          free-text make, or null
 * @param modelText         free-text model, or null
 * @param colour            colour, or null
 * @param modelYear         model year, or null
 * @param firstRegistration first registration date, or null
 * @param ownerId           current owner (customer id), or null
 * @param lastOdometerKm    latest odometer reading, or null
 * @param lastOdometerDate  date of the latest odometer reading, or null
 * @param createdAt         creation time
 * @param updatedAt         last change
 * @param version           optimistic-lock version
 */
public record Vehicle(long id, long storeId, String vin, String plate, Long brandId, Long modelId, Long trimId,
                      String makeText, String modelText, String colour, Integer modelYear,
                      LocalDate firstRegistration, Long ownerId, Integer lastOdometerKm, LocalDate lastOdometerDate,
                      Instant createdAt, Instant updatedAt, long version) {

    /** The values as a draft (owner left unchanged), to edit and pass to {@code update}. */
    public VehicleDraft toDraft() {
        return new VehicleDraft(storeId, vin, plate, brandId, modelId, trimId, makeText, modelText, colour, modelYear,
                firstRegistration, null);
    }
}
