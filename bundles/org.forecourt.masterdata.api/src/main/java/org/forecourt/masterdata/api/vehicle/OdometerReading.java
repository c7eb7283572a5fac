package org.forecourt.masterdata.api.vehicle;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored odometer reading.
 *
 * @param id          database id
 * @param vehicleId   the vehicle
 * @param date        the day it was read
 * @param km          kilometres
 * @param source      where it comes from
 * @param replacement whether it is the first reading of a replaced odometer
 * @param recordedAt  when it was entered
 * @param recordedBy  who entered it (display name)
 */
public record OdometerReading(long id, long vehicleId, LocalDate date, int km, OdometerSource source,
                              boolean replacement, Instant recordedAt, String recordedBy) {
}
