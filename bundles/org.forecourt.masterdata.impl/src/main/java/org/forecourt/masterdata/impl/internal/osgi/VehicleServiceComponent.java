package org.forecourt.masterdata.impl.internal.osgi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.forecourt.core.api.Actor;
import org.forecourt.masterdata.api.UpsertResult;
import org.forecourt.masterdata.api.vehicle.OdometerDraft;
import org.forecourt.masterdata.api.vehicle.OdometerReading;
import org.forecourt.masterdata.api.vehicle.Ownership;
import org.forecourt.masterdata.api.vehicle.Vehicle;
import org.forecourt.masterdata.api.vehicle.VehicleDraft;
import org.forecourt.masterdata.api.vehicle.VehicleQuery;
import org.forecourt.masterdata.api.vehicle.VehicleService;
import org.forecourt.masterdata.api.vehicle.VehicleSummary;
import org.forecourt.masterdata.impl.internal.EventSink;
import org.forecourt.masterdata.impl.internal.VehicleServiceImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Publishes {@link VehicleService}; the logic is {@link VehicleServiceImpl}. */
@Component(service = VehicleService.class, property = "forecourt.module=masterdata")
public class VehicleServiceComponent implements VehicleService {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventSink eventSink;

    private final VehicleServiceImpl delegate;

    @Activate
    public VehicleServiceComponent(@Reference MasterdataStore store) {
        this.delegate = new VehicleServiceImpl(store.jpa(), Clock.systemUTC(), (topic, props) -> {
            EventSink sink = eventSink;
            if (sink != null) {
                sink.post(topic, props);
            }
        });
    }

    @Override
    public List<VehicleSummary> find(Actor actor, VehicleQuery query, int offset, int limit) {
        return delegate.find(actor, query, offset, limit);
    }

    @Override
    public long count(Actor actor, VehicleQuery query) {
        return delegate.count(actor, query);
    }

    @Override
    public Vehicle get(Actor actor, long id) {
        return delegate.get(actor, id);
    }

    @Override
    public Optional<Vehicle> findByVin(Actor actor, long storeId, String vin) {
        return delegate.findByVin(actor, storeId, vin);
    }

    @Override
    public Vehicle create(Actor actor, VehicleDraft draft) {
        return delegate.create(actor, draft);
    }

    @Override
    public Vehicle update(Actor actor, long id, long expectedVersion, VehicleDraft draft) {
        return delegate.update(actor, id, expectedVersion, draft);
    }

    @Override
    public UpsertResult<Vehicle> upsertByNaturalKey(Actor actor, VehicleDraft draft) {
        return delegate.upsertByNaturalKey(actor, draft);
    }

    @Override
    public List<OdometerReading> odometer(Actor actor, long vehicleId) {
        return delegate.odometer(actor, vehicleId);
    }

    @Override
    public OdometerReading recordOdometer(Actor actor, long vehicleId, OdometerDraft reading) {
        return delegate.recordOdometer(actor, vehicleId, reading);
    }

    @Override
    public OptionalDouble averageDailyKm(Actor actor, long vehicleId) {
        return delegate.averageDailyKm(actor, vehicleId);
    }

    @Override
    public Optional<LocalDate> predictDateAtKm(Actor actor, long vehicleId, int km) {
        return delegate.predictDateAtKm(actor, vehicleId, km);
    }

    @Override
    public List<Ownership> owners(Actor actor, long vehicleId) {
        return delegate.owners(actor, vehicleId);
    }

    @Override
    public Ownership changeOwner(Actor actor, long vehicleId, long customerId, LocalDate from) {
        return delegate.changeOwner(actor, vehicleId, customerId, from);
    }
}
