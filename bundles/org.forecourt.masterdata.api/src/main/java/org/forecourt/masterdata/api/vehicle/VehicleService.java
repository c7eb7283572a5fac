package org.forecourt.masterdata.api.vehicle;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.forecourt.core.api.Actor;
import org.forecourt.masterdata.api.UpsertResult;

/**
 * Vehicles of the stores in the actor's scope. Reading needs {@code masterdata.vehicle.view}, writing
 * {@code masterdata.vehicle.edit}. As with customers, vehicles of other stores do not exist for the actor.
 */
public interface VehicleService {

    /** @param limit 1..500 */
    List<VehicleSummary> find(Actor actor, VehicleQuery query, int offset, int limit);

    long count(Actor actor, VehicleQuery query);

    /** @throws org.forecourt.core.api.NotFoundException when there is no such vehicle in scope */
    Vehicle get(Actor actor, long id);

    /** The vehicle with this VIN in the store (any format the VIN validator accepts), if in scope. */
    Optional<Vehicle> findByVin(Actor actor, long storeId, String vin);

    /**
     * @throws org.forecourt.core.api.ValidationException with {@code masterdata.vehicle.vinTaken} on {@code vin} when
     *                                                    the store already has that VIN
     */
    Vehicle create(Actor actor, VehicleDraft draft);

    /** @throws org.forecourt.core.api.ConflictException when the vehicle changed since {@code expectedVersion} */
    Vehicle update(Actor actor, long id, long expectedVersion, VehicleDraft draft);

    /**
     * Creates or updates by store + VIN; as for customers, only the values the row carries replace stored ones and a
     * row that changes nothing is {@link UpsertResult.Outcome#UNCHANGED}.
     */
    UpsertResult<Vehicle> upsertByNaturalKey(Actor actor, VehicleDraft draft);

    /** The odometer history, oldest first. */
    List<OdometerReading> odometer(Actor actor, long vehicleId);

    /**
     * Records a reading. A reading lower than the one before it (by date), or higher than one after it, is refused
     * with {@code masterdata.vehicle.odometer.decreasing} on {@code odometer.km} unless it is flagged as a
     * replacement.
     */
    OdometerReading recordOdometer(Actor actor, long vehicleId, OdometerDraft reading);

    /**
     * Average kilometres per day over the latest readings (at most the last 5, since the last odometer replacement,
     * spanning at least 7 days); with a single reading and a known first registration date, over the vehicle's life.
     * Empty when there is too little history.
     */
    OptionalDouble averageDailyKm(Actor actor, long vehicleId);

    /**
     * The day the vehicle is expected to reach {@code km}, from the latest reading and {@link #averageDailyKm}; empty
     * when the average is unknown or zero. A date in the past means it is probably already there.
     */
    Optional<LocalDate> predictDateAtKm(Actor actor, long vehicleId, int km);

    /** Owners over time, oldest first. */
    List<Ownership> owners(Actor actor, long vehicleId);

    /**
     * Makes the customer (of the vehicle's store) the owner from {@code from}, closing the current ownership on that
     * day. Re-stating the current owner changes nothing.
     */
    Ownership changeOwner(Actor actor, long vehicleId, long customerId, LocalDate from);
}
