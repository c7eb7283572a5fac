package org.forecourt.masterdata.impl.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.ConflictException;
import org.forecourt.core.api.NotFoundException;
import org.forecourt.core.api.ValidationException;
import org.forecourt.core.api.validation.LicencePlate;
import org.forecourt.core.api.validation.Vin;
import org.forecourt.masterdata.api.MasterdataEvents;
import org.forecourt.masterdata.api.MasterdataPermissions;
import org.forecourt.masterdata.api.UpsertResult;
import org.forecourt.masterdata.api.vehicle.OdometerDraft;
import org.forecourt.masterdata.api.vehicle.OdometerReading;
import org.forecourt.masterdata.api.vehicle.Ownership;
import org.forecourt.masterdata.api.vehicle.Vehicle;
import org.forecourt.masterdata.api.vehicle.VehicleDraft;
import org.forecourt.masterdata.api.vehicle.VehicleFields;
import org.forecourt.masterdata.api.vehicle.VehicleQuery;
import org.forecourt.masterdata.api.vehicle.VehicleService;
import org.forecourt.masterdata.api.vehicle.VehicleSummary;
import org.forecourt.masterdata.impl.internal.entity.CatalogModelEntity;
import org.forecourt.masterdata.impl.internal.entity.CustomerEntity;
import org.forecourt.masterdata.impl.internal.entity.OdometerReadingEntity;
import org.forecourt.masterdata.impl.internal.entity.OwnershipEntity;
import org.forecourt.masterdata.impl.internal.entity.TrimEntity;
import org.forecourt.masterdata.impl.internal.entity.VehicleEntity;
import org.forecourt.persistence.Jpa;

/** The vehicle service over the {@code masterdata} unit. Plain class: tests run it against a real database. */
public final class VehicleServiceImpl implements VehicleService {

    private final Jpa jpa;
    private final Clock clock;
    private final EventSink events;

    public VehicleServiceImpl(Jpa jpa, Clock clock, EventSink events) {
        this.jpa = jpa;
        this.clock = clock;
        this.events = events;
    }

    // ---------------------------------------------------------------------------------------------------- reading

    @Override
    public List<VehicleSummary> find(Actor actor, VehicleQuery query, int offset, int limit) {
        actor.require(MasterdataPermissions.VEHICLE_VIEW);
        Support.checkPage(offset, limit);
        Search search = Search.of(query);
        return jpa.read(actor, em -> {
            TypedQuery<Object[]> q = em.createQuery("SELECT v.id, v.storeId, v.vin, v.plate, v.brandId, v.modelId, "
                    + "v.makeText, v.modelText, v.colour, v.ownerId, v.updatedAt, v.version FROM Vehicle v WHERE "
                    + search.where + " ORDER BY " + search.orderBy, Object[].class);
            search.params.forEach(q::setParameter);
            q.setFirstResult(offset);
            q.setMaxResults(limit);
            List<Object[]> rows = q.getResultList();
            if (rows.isEmpty()) {
                return List.of();
            }
            List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
            List<Long> ownerIds = rows.stream().map(r -> (Long) r[9]).filter(o -> o != null).distinct().toList();
            Map<Long, String> ownerNames = new HashMap<>();
            if (!ownerIds.isEmpty()) {
                for (Object[] o : em.createQuery("SELECT c.id, c.name FROM Customer c WHERE c.id IN :ids",
                        Object[].class).setParameter("ids", ownerIds).getResultList()) {
                    ownerNames.put((Long) o[0], (String) o[1]);
                }
            }
            Map<Long, Integer> lastKm = new HashMap<>();
            for (OdometerReadingEntity r : em.createQuery("SELECT r FROM OdometerReading r WHERE r.vehicleId IN :ids "
                    + "ORDER BY r.readingDate, r.id", OdometerReadingEntity.class).setParameter("ids", ids)
                    .getResultList()) {
                lastKm.put(r.getVehicleId(), r.getKm());
            }
            List<VehicleSummary> out = new ArrayList<>();
            for (Object[] r : rows) {
                Long id = (Long) r[0];
                Long ownerId = (Long) r[9];
                out.add(new VehicleSummary(id, (Long) r[1], (String) r[2], (String) r[3], (Long) r[4], (Long) r[5],
                        (String) r[6], (String) r[7], (String) r[8], ownerId,
                        ownerId == null ? null : ownerNames.get(ownerId), lastKm.get(id), (Instant) r[10],
                        ((Number) r[11]).longValue()));
            }
            return out;
        });
    }

    @Override
    public long count(Actor actor, VehicleQuery query) {
        actor.require(MasterdataPermissions.VEHICLE_VIEW);
        Search search = Search.of(query);
        return jpa.read(actor, em -> {
            TypedQuery<Long> q = em.createQuery("SELECT COUNT(v) FROM Vehicle v WHERE " + search.where, Long.class);
            search.params.forEach(q::setParameter);
            return q.getSingleResult();
        });
    }

    @Override
    public Vehicle get(Actor actor, long id) {
        actor.require(MasterdataPermissions.VEHICLE_VIEW);
        return jpa.read(actor, em -> record(em, load(em, actor, id)));
    }

    @Override
    public Optional<Vehicle> findByVin(Actor actor, long storeId, String vin) {
        actor.require(MasterdataPermissions.VEHICLE_VIEW);
        if (Vin.problem(vin).isPresent() || !actor.scope().includes(storeId)) {
            return Optional.empty();
        }
        String normalized = Vin.normalize(vin);
        return jpa.read(actor, em -> byVin(em, storeId, normalized).map(v -> record(em, v)));
    }

    static VehicleEntity load(EntityManager em, Actor actor, long id) {
        VehicleEntity v = em.find(VehicleEntity.class, id);
        if (v == null || !actor.scope().includes(v.getStoreId())) {
            throw new NotFoundException(Keys.ENTITY_VEHICLE, id);
        }
        return v;
    }

    private static Optional<VehicleEntity> byVin(EntityManager em, long storeId, String vin) {
        return em.createQuery("SELECT v FROM Vehicle v WHERE v.storeId = :s AND v.vin = :vin", VehicleEntity.class)
                .setParameter("s", storeId).setParameter("vin", vin).getResultStream().findFirst();
    }

    private static Vehicle record(EntityManager em, VehicleEntity v) {
        List<OdometerReadingEntity> last = em.createQuery("SELECT r FROM OdometerReading r WHERE r.vehicleId = :v "
                        + "ORDER BY r.readingDate DESC, r.id DESC", OdometerReadingEntity.class)
                .setParameter("v", v.getId()).setMaxResults(1).getResultList();
        return VehicleRules.toRecord(v, last.isEmpty() ? null : last.get(0));
    }

    // ---------------------------------------------------------------------------------------------------- writing

    @Override
    public Vehicle create(Actor actor, VehicleDraft draft) {
        actor.require(MasterdataPermissions.VEHICLE_EDIT);
        LocalDate today = Support.today(clock, actor);
        long storeId = Support.targetStore(actor, draft.storeId(), () -> {
            FieldErrors errors = new FieldErrors();
            VehicleRules.normalize(draft, today, errors);
            errors.throwIfAny();
        });
        Instant now = Support.now(clock);
        Vehicle created = jpa.write(actor, em -> insert(em, actor, storeId, draft, now, today));
        events.post(MasterdataEvents.VEHICLE_CREATED, Support.event(actor, created.id(), created.storeId()));
        if (created.ownerId() != null) {
            postOwnerChanged(actor, created, null);
        }
        return created;
    }

    private Vehicle insert(EntityManager em, Actor actor, long storeId, VehicleDraft draft, Instant now,
                           LocalDate today) {
        FieldErrors errors = new FieldErrors();
        NormalizedVehicle n = check(em, actor, storeId, null, VehicleRules.normalize(draft, today, errors), errors);
        errors.throwIfAny();
        VehicleEntity v = new VehicleEntity(storeId, now);
        VehicleRules.apply(n, v);
        em.persist(v);
        flush(em);
        if (n.ownerId() != null) {
            LocalDate from = n.firstRegistration() != null ? n.firstRegistration() : today;
            em.persist(new OwnershipEntity(storeId, v.getId(), n.ownerId(), from));
            v.setOwnerId(n.ownerId());
            flush(em);
        }
        return record(em, v);
    }

    /** The database checks: catalogue ids (completed from trim and model), owner, VIN unique in the store. */
    private static NormalizedVehicle check(EntityManager em, Actor actor, long storeId, Long selfId,
                                           NormalizedVehicle n, FieldErrors errors) {
        Long brandId = n.brandId();
        Long modelId = n.modelId();
        if (n.trimId() != null) {
            TrimEntity t = em.find(TrimEntity.class, n.trimId());
            if (t == null) {
                errors.add(VehicleFields.TRIM_ID, Keys.UNKNOWN);
            } else if (modelId != null && !modelId.equals(t.getModelId())) {
                errors.add(VehicleFields.TRIM_ID, Keys.VEHICLE_CATALOG_MISMATCH);
            } else {
                modelId = t.getModelId();
            }
        }
        if (modelId != null) {
            CatalogModelEntity m = em.find(CatalogModelEntity.class, modelId);
            if (m == null) {
                errors.add(VehicleFields.MODEL_ID, Keys.UNKNOWN);
            } else if (brandId != null && !brandId.equals(m.getBrandId())) {
                errors.add(VehicleFields.MODEL_ID, Keys.VEHICLE_CATALOG_MISMATCH);
            } else {
                brandId = m.getBrandId();
            }
        }
        if (n.ownerId() != null) {
            checkOwner(em, actor, storeId, n.ownerId(), errors);
        }
        if (n.vin() != null) {
            Optional<VehicleEntity> same = byVin(em, storeId, n.vin());
            if (same.isPresent() && !same.get().getId().equals(selfId)) {
                errors.add(VehicleFields.VIN, Keys.VEHICLE_VIN_TAKEN);
            }
        }
        return new NormalizedVehicle(n.vin(), n.plate(), brandId, modelId, n.trimId(), n.makeText(), n.modelText(),
                n.colour(), n.modelYear(), n.firstRegistration(), n.ownerId());
    }

    private static void checkOwner(EntityManager em, Actor actor, long storeId, long customerId, FieldErrors errors) {
        CustomerEntity c = em.find(CustomerEntity.class, customerId);
        if (c == null || !actor.scope().includes(c.getStoreId())) {
            errors.add(VehicleFields.OWNER_ID, Keys.UNKNOWN);
        } else if (c.getStoreId() != storeId) {
            errors.add(VehicleFields.OWNER_ID, Keys.VEHICLE_OWNER_OTHER_STORE);
        }
    }

    @Override
    public Vehicle update(Actor actor, long id, long expectedVersion, VehicleDraft draft) {
        actor.require(MasterdataPermissions.VEHICLE_EDIT);
        Instant now = Support.now(clock);
        LocalDate today = Support.today(clock, actor);
        Saved saved = jpa.write(actor, em -> {
            VehicleEntity v = load(em, actor, id);
            if (v.getVersion() != expectedVersion) {
                throw new ConflictException(Keys.ENTITY_VEHICLE, id);
            }
            return save(em, actor, v, draft, now, today);
        });
        saved.post(this, actor);
        return saved.vehicle;
    }

    private record Saved(Vehicle vehicle, boolean changed, Long previousOwner, boolean ownerChanged) {
        void post(VehicleServiceImpl service, Actor actor) {
            if (changed) {
                service.events.post(MasterdataEvents.VEHICLE_UPDATED,
                        Support.event(actor, vehicle.id(), vehicle.storeId()));
            }
            if (ownerChanged) {
                service.postOwnerChanged(actor, vehicle, previousOwner);
            }
        }
    }

    private Saved save(EntityManager em, Actor actor, VehicleEntity v, VehicleDraft draft, Instant now,
                       LocalDate today) {
        FieldErrors errors = new FieldErrors();
        NormalizedVehicle n = check(em, actor, v.getStoreId(), v.getId(),
                VehicleRules.normalize(draft, today, errors), errors);
        Long previousOwner = v.getOwnerId();
        boolean ownerChanges = n.ownerId() != null && !n.ownerId().equals(previousOwner);
        OwnershipEntity current = ownerChanges ? currentOwnership(em, v.getId()) : null;
        if (current != null && today.isBefore(current.getFromDate())) {
            errors.add(VehicleFields.OWNER_ID, Keys.VEHICLE_OWNER_FROM_BEFORE_CURRENT, current.getFromDate().toString());
        }
        errors.throwIfAny();
        boolean changed = VehicleRules.apply(n, v);
        if (ownerChanges) {
            transfer(em, v, current, n.ownerId(), today);
            changed = true;
        }
        if (changed) {
            v.setUpdatedAt(now);
            flush(em);
        }
        return new Saved(record(em, v), changed, previousOwner, ownerChanges);
    }

    @Override
    public UpsertResult<Vehicle> upsertByNaturalKey(Actor actor, VehicleDraft draft) {
        actor.require(MasterdataPermissions.VEHICLE_EDIT);
        LocalDate today = Support.today(clock, actor);
        long storeId = Support.targetStore(actor, draft.storeId(), () -> {
            FieldErrors errors = new FieldErrors();
            VehicleRules.normalize(draft, today, errors);
            errors.throwIfAny();
        });
        Instant now = Support.now(clock);
        if (Vin.problem(draft.vin()).isPresent()) {
            FieldErrors errors = new FieldErrors();
            VehicleRules.normalize(draft, today, errors);
            errors.throwIfAny();
        }
        String vin = Vin.normalize(draft.vin());
        Upserted upserted = jpa.write(actor, em -> {
            Optional<VehicleEntity> existing = byVin(em, storeId, vin);
            if (existing.isEmpty()) {
                Vehicle created = insert(em, actor, storeId, draft.withStoreId(storeId), now, today);
                return new Upserted(UpsertResult.created(created), null);
            }
            VehicleEntity v = existing.get();
            Saved saved = save(em, actor, v, VehicleRules.merge(record(em, v), draft), now, today);
            return new Upserted(saved.changed ? UpsertResult.updated(saved.vehicle)
                    : UpsertResult.unchanged(saved.vehicle), saved);
        });
        UpsertResult<Vehicle> result = upserted.result;
        if (upserted.saved == null) {
            events.post(MasterdataEvents.VEHICLE_CREATED,
                    Support.event(actor, result.value().id(), result.value().storeId()));
            if (result.value().ownerId() != null) {
                postOwnerChanged(actor, result.value(), null);
            }
        } else {
            upserted.saved.post(this, actor);
        }
        return result;
    }

    private record Upserted(UpsertResult<Vehicle> result, Saved saved) {
    }

    private static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Support.isUniqueViolation(e)) {
                throw ValidationException.of(VehicleFields.VIN, Keys.VEHICLE_VIN_TAKEN);
            }
            throw e;
        }
    }

    // ---------------------------------------------------------------------------------------------------- odometer

    @Override
    public List<OdometerReading> odometer(Actor actor, long vehicleId) {
        actor.require(MasterdataPermissions.VEHICLE_VIEW);
        return jpa.read(actor, em -> {
            load(em, actor, vehicleId);
            return readings(em, vehicleId).stream().map(VehicleRules::toRecord).toList();
        });
    }

    private static List<OdometerReadingEntity> readings(EntityManager em, long vehicleId) {
        return em.createQuery("SELECT r FROM OdometerReading r WHERE r.vehicleId = :v ORDER BY r.readingDate, r.id",
                OdometerReadingEntity.class).setParameter("v", vehicleId).getResultList();
    }

    @Override
    public OdometerReading recordOdometer(Actor actor, long vehicleId, OdometerDraft reading) {
        actor.require(MasterdataPermissions.VEHICLE_EDIT);
        LocalDate today = Support.today(clock, actor);
        FieldErrors errors = new FieldErrors();
        if (reading.date() == null) {
            errors.add(VehicleFields.ODOMETER_DATE, Keys.REQUIRED);
        } else if (reading.date().isAfter(today)) {
            errors.add(VehicleFields.ODOMETER_DATE, Keys.FUTURE);
        }
        if (reading.km() < 0 || reading.km() > VehicleRules.MAX_KM) {
            errors.add(VehicleFields.ODOMETER_KM, Keys.RANGE, 0, VehicleRules.MAX_KM);
        }
        if (reading.source() == null) {
            errors.add(VehicleFields.ODOMETER_SOURCE, Keys.REQUIRED);
        }
        Instant now = Support.now(clock);
        OdometerReadingEntity saved = jpa.write(actor, em -> {
            VehicleEntity v = load(em, actor, vehicleId);
            errors.throwIfAny();
            if (!reading.replacement()) {
                OdometerReadingEntity before = null;
                OdometerReadingEntity after = null;
                for (OdometerReadingEntity r : readings(em, vehicleId)) {
                    if (!r.getReadingDate().isAfter(reading.date())) {
                        before = r;
                    } else if (after == null) {
                        after = r;
                    }
                }
                if (before != null && reading.km() < before.getKm()) {
                    throw ValidationException.of(VehicleFields.ODOMETER_KM, Keys.ODOMETER_DECREASING,
                            before.getKm(), before.getReadingDate().toString());
                }
                if (after != null && !after.isReplacement() && reading.km() > after.getKm()) {
                    throw ValidationException.of(VehicleFields.ODOMETER_KM, Keys.ODOMETER_ABOVE_LATER,
                            after.getKm(), after.getReadingDate().toString());
                }
            }
            OdometerReadingEntity r = new OdometerReadingEntity(v.getStoreId(), vehicleId, reading.date(),
                    reading.km(), reading.source(), reading.replacement(), now, actor.displayName());
            em.persist(r);
            em.flush();
            return r;
        });
        Map<String, Object> props = Support.event(actor, vehicleId, saved.getStoreId());
        props.put(MasterdataEvents.KM, saved.getKm());
        props.put(MasterdataEvents.READING_DATE, saved.getReadingDate().toString());
        events.post(MasterdataEvents.VEHICLE_ODOMETER_RECORDED, props);
        return VehicleRules.toRecord(saved);
    }

    @Override
    public OptionalDouble averageDailyKm(Actor actor, long vehicleId) {
        actor.require(MasterdataPermissions.VEHICLE_VIEW);
        return jpa.read(actor, em -> {
            VehicleEntity v = load(em, actor, vehicleId);
            return OdometerMath.averageDailyKm(
                    readings(em, vehicleId).stream().map(VehicleRules::toRecord).toList(), v.getFirstRegistration());
        });
    }

    @Override
    public Optional<LocalDate> predictDateAtKm(Actor actor, long vehicleId, int km) {
        actor.require(MasterdataPermissions.VEHICLE_VIEW);
        return jpa.read(actor, em -> {
            VehicleEntity v = load(em, actor, vehicleId);
            return OdometerMath.predictDateAtKm(
                    readings(em, vehicleId).stream().map(VehicleRules::toRecord).toList(), v.getFirstRegistration(),
                    km);
        });
    }

    // ---------------------------------------------------------------------------------------------------- owners

    @Override
    public List<Ownership> owners(Actor actor, long vehicleId) {
        actor.require(MasterdataPermissions.VEHICLE_VIEW);
        return jpa.read(actor, em -> {
            load(em, actor, vehicleId);
            return ownerships(em, vehicleId).stream().map(VehicleRules::toRecord).toList();
        });
    }

    private static List<OwnershipEntity> ownerships(EntityManager em, long vehicleId) {
        return em.createQuery("SELECT o FROM VehicleOwnership o WHERE o.vehicleId = :v ORDER BY o.fromDate, o.id",
                OwnershipEntity.class).setParameter("v", vehicleId).getResultList();
    }

    private static OwnershipEntity currentOwnership(EntityManager em, long vehicleId) {
        return ownerships(em, vehicleId).stream().filter(o -> o.getToDate() == null).reduce((a, b) -> b)
                .orElse(null);
    }

    @Override
    public Ownership changeOwner(Actor actor, long vehicleId, long customerId, LocalDate from) {
        actor.require(MasterdataPermissions.VEHICLE_EDIT);
        Instant now = Support.now(clock);
        OwnerChange change = jpa.write(actor, em -> {
            VehicleEntity v = load(em, actor, vehicleId);
            FieldErrors errors = new FieldErrors();
            if (from == null) {
                errors.add(VehicleFields.OWNER_FROM, Keys.REQUIRED);
            }
            checkOwner(em, actor, v.getStoreId(), customerId, errors);
            errors.throwIfAny();
            OwnershipEntity current = currentOwnership(em, vehicleId);
            if (current != null && current.getCustomerId() == customerId) {
                return new OwnerChange(VehicleRules.toRecord(current), null, null);
            }
            if (current != null && from.isBefore(current.getFromDate())) {
                throw ValidationException.of(VehicleFields.OWNER_FROM, Keys.VEHICLE_OWNER_FROM_BEFORE_CURRENT,
                        current.getFromDate().toString());
            }
            Long previousOwner = v.getOwnerId();
            OwnershipEntity created = transfer(em, v, current, customerId, from);
            v.setUpdatedAt(now);
            em.flush();
            return new OwnerChange(VehicleRules.toRecord(created), record(em, v), previousOwner);
        });
        if (change.vehicle != null) {
            events.post(MasterdataEvents.VEHICLE_UPDATED,
                    Support.event(actor, vehicleId, change.vehicle.storeId()));
            postOwnerChanged(actor, change.vehicle, change.previousOwner);
        }
        return change.ownership;
    }

    /** An ownership change: the vehicle is null when nothing changed. */
    private record OwnerChange(Ownership ownership, Vehicle vehicle, Long previousOwner) {
    }

    /** Closes the current ownership on {@code from} and opens the new one. */
    private static OwnershipEntity transfer(EntityManager em, VehicleEntity v, OwnershipEntity current,
                                            long customerId, LocalDate from) {
        if (current != null) {
            current.setToDate(from);
        }
        OwnershipEntity next = new OwnershipEntity(v.getStoreId(), v.getId(), customerId, from);
        em.persist(next);
        v.setOwnerId(customerId);
        return next;
    }

    private void postOwnerChanged(Actor actor, Vehicle v, Long previousOwner) {
        Map<String, Object> props = Support.event(actor, v.id(), v.storeId());
        props.put(MasterdataEvents.CUSTOMER_ID, v.ownerId());
        if (previousOwner != null) {
            props.put(MasterdataEvents.PREVIOUS_CUSTOMER_ID, previousOwner);
        }
        events.post(MasterdataEvents.VEHICLE_OWNER_CHANGED, props);
    }

    // ---------------------------------------------------------------------------------------------------- search

    /** WHERE and ORDER BY of a vehicle search: each text branch is an equality or prefix on an indexed column. */
    static final class Search {
        final String where;
        final String orderBy;
        final Map<String, Object> params;

        private Search(String where, String orderBy, Map<String, Object> params) {
            this.where = where;
            this.orderBy = orderBy;
            this.params = params;
        }

        static Search of(VehicleQuery query) {
            VehicleQuery q = query == null ? VehicleQuery.all() : query;
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new LinkedHashMap<>();
            String esc = " ESCAPE '" + Text.LIKE_ESCAPE + "'";
            String text = Text.clean(q.text());
            if (text != null) {
                String compact = Text.compactUpper(text);
                if (Vin.problem(text).isEmpty()) {
                    conditions.add("v.vin = :vin");
                    params.put("vin", Vin.normalize(text));
                } else if (LicencePlate.problem(text).isEmpty()) {
                    conditions.add("v.plate = :plate");
                    params.put("plate", LicencePlate.normalize(text));
                } else if (compact.matches("[A-Z0-9]{1,17}")) {
                    // the end of a VIN (e.g. its last six characters) or of a plate without its province
                    conditions.add("(v.vinRev LIKE :rev" + esc + " OR v.plateRev LIKE :rev" + esc + ")");
                    params.put("rev", Text.startsWith(Text.reverse(compact)));
                } else if (compact.length() > 1 && LicencePlate.PROVINCES.indexOf(compact.charAt(0)) >= 0
                        && compact.substring(1).matches("[A-Z0-9]+[\\u4e00-\\u9fff]?")) {
                    conditions.add("v.plate LIKE :plateStart" + esc);
                    params.put("plateStart", Text.startsWith(compact));
                } else {
                    conditions.add("v.ownerId IN (SELECT c.id FROM Customer c WHERE c.searchName LIKE :owner"
                            + esc + ")");
                    params.put("owner", Text.startsWith(Text.searchKey(text)));
                }
            }
            if (q.ownerId() != null) {
                conditions.add("v.ownerId = :ownerId");
                params.put("ownerId", q.ownerId());
            }
            if (q.brandId() != null) {
                conditions.add("v.brandId = :brandId");
                params.put("brandId", q.brandId());
            }
            if (q.modelId() != null) {
                conditions.add("v.modelId = :modelId");
                params.put("modelId", q.modelId());
            }
            if (q.storeId() != null) {
                conditions.add("v.storeId = :storeId");
                params.put("storeId", q.storeId());
            }
            String where = conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions);
            String dir = q.descending() ? " DESC" : "";
            String orderBy = switch (q.sort()) {
                case VIN -> "v.vin" + dir + ", v.id" + dir;
                case PLATE -> "v.plate" + dir + ", v.vin" + dir + ", v.id" + dir;
                case UPDATED -> "v.updatedAt" + dir + ", v.id" + dir;
            };
            return new Search(where, orderBy, params);
        }
    }
}
