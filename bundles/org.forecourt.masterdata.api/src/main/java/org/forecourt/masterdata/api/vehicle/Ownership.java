package org.forecourt.masterdata.api.vehicle;

import java.time.LocalDate;

/**
 * A customer's ownership of a vehicle over a period: from {@code from} (inclusive) until {@code to} (exclusive; the
 * next owner's first day), open-ended while {@code to} is null.
 *
 * @param id         database id
 * @param vehicleId  the vehicle
 * @param customerId the owner
 * @param from       first day
 * @param to         the day it ended, or null for the current owner
 */
public record Ownership(long id, long vehicleId, long customerId, LocalDate from, LocalDate to) {

    public boolean current() {
        return to == null;
    }
}
