package org.forecourt.masterdata.api.vehicle;

import java.time.LocalDate;

/**
 * What a user (or an import) enters for a vehicle.
 *
 * @param storeId           the owning store; null = the actor's home store; ignored on update
 * @param vin               vehicle identification number (required; 17 characters with a valid check digit; unique
 *                          per store)
 * @param plate             licence plate (optional; GA 36-2018, including 8-character new-energy plates)
 * @param brandId           catalogue brand ({@code org.forecourt.core.api.org.Brand} id), optional
 * @param modelId           catalogue model, optional; must belong to the brand
 * @param trimId            catalogue trim, optional; must belong to the model (brand and model are filled in from it)
 * @param makeText          free-text make for vehicles outside the catalogue (trade-ins, other makes in service)
 * @param modelText         free-text model for vehicles outside the catalogue
 * @param colour            colour as text, e.g. 珍珠白
 * @param modelYear         model year (1950..next year), optional
 * @param firstRegistration date of first registration (not in the future), optional
 * @param ownerId           the owning customer (same store). On create: the first owner, from the first
 *                          registration date (or today). On update and import: when it differs from the current
 *                          owner, ownership changes today. Null leaves the owners as they are
 */
public record VehicleDraft(Long storeId, String vin, String plate, Long brandId, Long modelId, Long trimId,
                           String makeText, String modelText, String colour, Integer modelYear,
                           LocalDate firstRegistration, Long ownerId) {

    public static VehicleDraft of(String vin) {
        return new VehicleDraft(null, vin, null, null, null, null, null, null, null, null, null, null);
    }

    public VehicleDraft withStoreId(Long v) {
        return new VehicleDraft(v, vin, plate, brandId, modelId, trimId, makeText, modelText, colour, modelYear,
                firstRegistration, ownerId);
    }

    public VehicleDraft withVin(String v) {
        return new VehicleDraft(storeId, v, plate, brandId, modelId, trimId, makeText, modelText, colour, modelYear,
                firstRegistration, ownerId);
    }

    public VehicleDraft withPlate(String v) {
        return new VehicleDraft(storeId, vin, v, brandId, modelId, trimId, makeText, modelText, colour, modelYear,
                firstRegistration, ownerId);
    }

    public VehicleDraft withCatalog(Long brand, Long model, Long trim) {
        return new VehicleDraft(storeId, vin, plate, brand, model, trim, makeText, modelText, colour, modelYear,
                firstRegistration, ownerId);
    }

    public VehicleDraft withMakeAndModelText(String make, String model) {
        return new VehicleDraft(storeId, vin, plate, brandId, modelId, trimId, make, model, colour, modelYear,
                firstRegistration, ownerId);
    }

    public VehicleDraft withColour(String v) {
        return new VehicleDraft(storeId, vin, plate, brandId, modelId, trimId, makeText, modelText, v, modelYear,
                firstRegistration, ownerId);
    }

    public VehicleDraft withModelYear(Integer v) {
        return new VehicleDraft(storeId, vin, plate, brandId, modelId, trimId, makeText, modelText, colour, v,
                firstRegistration, ownerId);
    }

    public VehicleDraft withFirstRegistration(LocalDate v) {
        return new VehicleDraft(storeId, vin, plate, brandId, modelId, trimId, makeText, modelText, colour, modelYear,
                v, ownerId);
    }

    public VehicleDraft withOwnerId(Long v) {
        return new VehicleDraft(storeId, vin, plate, brandId, modelId, trimId, makeText, modelText, colour, modelYear,
                firstRegistration, v);
    }
}
