package org.forecourt.masterdata.impl.internal;

import java.time.LocalDate;

/** A validated vehicle draft in its stored form (catalogue ids completed from the trim / model). */
public record NormalizedVehicle(String vin, String plate, Long brandId, Long modelId, Long trimId, String makeText,
                                String modelText, String colour, Integer modelYear, LocalDate firstRegistration,
                                Long ownerId) {
}
