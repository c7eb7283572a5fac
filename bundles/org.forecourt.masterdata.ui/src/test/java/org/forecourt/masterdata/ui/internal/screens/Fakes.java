package org.forecourt.masterdata.ui.internal.screens;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Supplier;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.ConflictException;
import org.forecourt.core.api.NotFoundException;
import org.forecourt.core.api.Role;
import org.forecourt.core.api.Scope;
import org.forecourt.core.api.org.Brand;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.core.api.org.Store;
import org.forecourt.masterdata.api.MasterdataPermissions;
import org.forecourt.masterdata.api.UpsertResult;
import org.forecourt.masterdata.api.catalog.BodyType;
import org.forecourt.masterdata.api.catalog.CatalogModel;
import org.forecourt.masterdata.api.catalog.CatalogService;
import org.forecourt.masterdata.api.catalog.EnergyType;
import org.forecourt.masterdata.api.catalog.Trim;
import org.forecourt.masterdata.api.customer.Address;
import org.forecourt.masterdata.api.customer.Consent;
import org.forecourt.masterdata.api.customer.ContactKind;
import org.forecourt.masterdata.api.customer.ContactPoint;
import org.forecourt.masterdata.api.customer.Customer;
import org.forecourt.masterdata.api.customer.CustomerDraft;
import org.forecourt.masterdata.api.customer.CustomerQuery;
import org.forecourt.masterdata.api.customer.CustomerService;
import org.forecourt.masterdata.api.customer.CustomerSource;
import org.forecourt.masterdata.api.customer.CustomerSummary;
import org.forecourt.masterdata.api.customer.CustomerType;
import org.forecourt.masterdata.api.vehicle.OdometerDraft;
import org.forecourt.masterdata.api.vehicle.OdometerReading;
import org.forecourt.masterdata.api.vehicle.OdometerSource;
import org.forecourt.masterdata.api.vehicle.Ownership;
import org.forecourt.masterdata.api.vehicle.Vehicle;
import org.forecourt.masterdata.api.vehicle.VehicleDraft;
import org.forecourt.masterdata.api.vehicle.VehicleQuery;
import org.forecourt.masterdata.api.vehicle.VehicleService;
import org.forecourt.masterdata.api.vehicle.VehicleSummary;

/** In-memory stand-ins for the services the screens use. */
final class Fakes {

    static final Instant T = Instant.parse("2026-11-20T02:00:00Z");

    static Actor actor(String... permissions) {
        return new Actor(5, "wangfang", "王芳", Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai"),
                Set.of(Role.SALES_CONSULTANT), Set.of(permissions), Scope.stores(Set.of(3L, 4L)), 3L);
    }

    static Actor editor() {
        return actor(MasterdataPermissions.CUSTOMER_VIEW, MasterdataPermissions.CUSTOMER_EDIT,
                MasterdataPermissions.VEHICLE_VIEW, MasterdataPermissions.VEHICLE_EDIT,
                MasterdataPermissions.CATALOG_EDIT);
    }

    static final class Organisation implements OrganisationService {
        @Override
        public String groupName() {
            return "测试集团";
        }

        @Override
        public List<Brand> brands(Actor actor) {
            return List.of(new Brand(1, "BYD", "比亚迪", true, 0));
        }

        @Override
        public List<Store> stores(Actor actor) {
            return List.of(new Store(3, 1, "SH-01", "上海浦东店", "上海", "Asia/Shanghai", true, 0),
                    new Store(4, 1, "SH-02", "上海闵行店", "上海", "Asia/Shanghai", true, 0));
        }

        @Override
        public Optional<Store> store(Actor actor, long storeId) {
            return stores(actor).stream().filter(s -> s.id() == storeId).findFirst();
        }

        @Override
        public Brand saveBrand(Actor actor, Brand brand) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Store saveStore(Actor actor, Store store) {
            throw new UnsupportedOperationException();
        }
    }

    static final class Customers implements CustomerService {
        final Map<Long, Customer> byId = new LinkedHashMap<>();
        final List<Boolean> confirmations = new ArrayList<>();
        final List<CustomerDraft> drafts = new ArrayList<>();
        /** When set, writes throw what it supplies. */
        Supplier<RuntimeException> failure;
        long next = 100;

        Customers() {
            byId.put(42L, new Customer(42, 3, CustomerType.PERSON, "王芳", null, "13800138000",
                    List.of(ContactPoint.of(ContactKind.WECHAT, "wangfang88")),
                    new Address("上海市", "上海市", "浦东新区", null), null, null, null, Consent.NONE,
                    Set.of("vip", "老客户"), CustomerSource.WALK_IN, null, T, T, 1));
            byId.put(43L, new Customer(43, 4, CustomerType.COMPANY, "上海某某物流有限公司", "张伟", "13900139000",
                    List.of(), Address.EMPTY, null, null, null, Consent.NONE, Set.of(), null, null, T, T, 1));
        }

        private List<Customer> matching(CustomerQuery q) {
            return byId.values().stream()
                    .filter(c -> q.text() == null || c.name().contains(q.text())
                            || c.mobile() != null && c.mobile().endsWith(q.text()))
                    .filter(c -> q.type() == null || c.type() == q.type())
                    .filter(c -> q.storeId() == null || c.storeId() == q.storeId())
                    .toList();
        }

        @Override
        public List<CustomerSummary> find(Actor actor, CustomerQuery query, int offset, int limit) {
            return matching(query).stream().skip(offset).limit(limit)
                    .map(c -> new CustomerSummary(c.id(), c.storeId(), c.type(), c.name(), c.contactPerson(),
                            c.mobile(), c.idNumber(), c.address().city(), c.updatedAt(), c.version()))
                    .toList();
        }

        @Override
        public long count(Actor actor, CustomerQuery query) {
            return matching(query).size();
        }

        @Override
        public Customer get(Actor actor, long id) {
            Customer c = byId.get(id);
            if (c == null) {
                throw new NotFoundException("Customer", id);
            }
            return c;
        }

        @Override
        public Customer create(Actor actor, CustomerDraft draft, boolean confirmedNotDuplicate) {
            confirmations.add(confirmedNotDuplicate);
            drafts.add(draft);
            if (failure != null) {
                RuntimeException e = failure.get();
                if (e != null) {
                    throw e;
                }
            }
            long id = next++;
            Customer c = new Customer(id, draft.storeId() == null ? 3 : draft.storeId(), draft.type(), draft.name(),
                    draft.contactPerson(), draft.mobile(), draft.otherContacts(), draft.address(), draft.idNumber(),
                    draft.gender(), draft.birthDate(), draft.consent(), draft.tags(), draft.source(), draft.notes(),
                    T, T, 0);
            byId.put(id, c);
            return c;
        }

        @Override
        public Customer update(Actor actor, long id, long expectedVersion, CustomerDraft draft) {
            drafts.add(draft);
            Customer old = get(actor, id);
            if (failure != null) {
                RuntimeException e = failure.get();
                if (e != null) {
                    throw e;
                }
            }
            if (old.version() != expectedVersion) {
                throw new ConflictException("Customer", id);
            }
            Customer c = new Customer(id, old.storeId(), draft.type(), draft.name(), draft.contactPerson(),
                    draft.mobile(), draft.otherContacts(), draft.address(), draft.idNumber(), draft.gender(),
                    draft.birthDate(), draft.consent(), draft.tags(), draft.source(), draft.notes(), old.createdAt(),
                    Instant.now(), old.version() + 1);
            byId.put(id, c);
            return c;
        }

        @Override
        public UpsertResult<Customer> upsertByNaturalKey(Actor actor, CustomerDraft draft) {
            throw new UnsupportedOperationException();
        }
    }

    static final class Vehicles implements VehicleService {
        final Map<Long, Vehicle> byId = new LinkedHashMap<>();
        final List<OdometerReading> readings = new ArrayList<>();
        final List<Ownership> owners = new ArrayList<>();

        Vehicles() {
            byId.put(7L, new Vehicle(7, 3, "LGXCE4CB0P0000001", "沪AD12345", 1L, 3L, 9L, null, null, "极地白", 2024,
                    LocalDate.of(2024, 5, 1), 42L, 12000, LocalDate.of(2026, 10, 1), T, T, 4));
            readings.add(new OdometerReading(1, 7, LocalDate.of(2026, 10, 1), 12000, OdometerSource.SERVICE_VISIT,
                    false, T, "李雷"));
            owners.add(new Ownership(1, 7, 42, LocalDate.of(2024, 5, 1), null));
        }

        private VehicleSummary summary(Vehicle v) {
            return new VehicleSummary(v.id(), v.storeId(), v.vin(), v.plate(), v.brandId(), v.modelId(),
                    v.makeText(), v.modelText(), v.colour(), v.ownerId(), v.ownerId() == null ? null : "王芳",
                    v.lastOdometerKm(), v.updatedAt(), v.version());
        }

        @Override
        public List<VehicleSummary> find(Actor actor, VehicleQuery query, int offset, int limit) {
            return byId.values().stream()
                    .filter(v -> query.ownerId() == null || query.ownerId().equals(v.ownerId()))
                    .skip(offset).limit(limit).map(this::summary).toList();
        }

        @Override
        public long count(Actor actor, VehicleQuery query) {
            return find(actor, query, 0, 500).size();
        }

        @Override
        public Vehicle get(Actor actor, long id) {
            Vehicle v = byId.get(id);
            if (v == null) {
                throw new NotFoundException("Vehicle", id);
            }
            return v;
        }

        @Override
        public Optional<Vehicle> findByVin(Actor actor, long storeId, String vin) {
            return Optional.empty();
        }

        @Override
        public Vehicle create(Actor actor, VehicleDraft d) {
            Vehicle v = new Vehicle(8, d.storeId() == null ? 3 : d.storeId(), d.vin(), d.plate(), d.brandId(),
                    d.modelId(), d.trimId(), d.makeText(), d.modelText(), d.colour(), d.modelYear(),
                    d.firstRegistration(), d.ownerId(), null, null, T, T, 0);
            byId.put(8L, v);
            return v;
        }

        @Override
        public Vehicle update(Actor actor, long id, long expectedVersion, VehicleDraft draft) {
            throw new ConflictException("Vehicle", id);
        }

        @Override
        public UpsertResult<Vehicle> upsertByNaturalKey(Actor actor, VehicleDraft draft) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<OdometerReading> odometer(Actor actor, long vehicleId) {
            return List.copyOf(readings);
        }

        @Override
        public OdometerReading recordOdometer(Actor actor, long vehicleId, OdometerDraft reading) {
            OdometerReading r = new OdometerReading(readings.size() + 1, vehicleId, reading.date(), reading.km(),
                    reading.source(), reading.replacement(), Instant.now(), "王芳");
            readings.add(r);
            Vehicle v = get(actor, vehicleId);
            byId.put(vehicleId, new Vehicle(v.id(), v.storeId(), v.vin(), v.plate(), v.brandId(), v.modelId(),
                    v.trimId(), v.makeText(), v.modelText(), v.colour(), v.modelYear(), v.firstRegistration(),
                    v.ownerId(), reading.km(), reading.date(), v.createdAt(), Instant.now(), v.version() + 1));
            return r;
        }

        @Override
        public OptionalDouble averageDailyKm(Actor actor, long vehicleId) {
            return OptionalDouble.of(42.46);
        }

        @Override
        public Optional<LocalDate> predictDateAtKm(Actor actor, long vehicleId, int km) {
            return Optional.empty();
        }

        @Override
        public List<Ownership> owners(Actor actor, long vehicleId) {
            return List.copyOf(owners);
        }

        @Override
        public Ownership changeOwner(Actor actor, long vehicleId, long customerId, LocalDate from) {
            throw new UnsupportedOperationException();
        }
    }

    static final class Catalog implements CatalogService {
        final CatalogModel seal = new CatalogModel(3, 1, "SEAL", "海豹", "Seal", BodyType.SEDAN, EnergyType.BEV, true,
                0);
        final Trim longRange = new Trim(9, 3, "LR", "长续航智驾版", new BigDecimal("259800.00"), null, null, 0);
        final List<Trim> saved = new ArrayList<>();

        @Override
        public List<CatalogModel> models(Actor actor, long brandId, boolean includeInactive) {
            return brandId == 1 ? List.of(seal) : List.of();
        }

        @Override
        public CatalogModel model(Actor actor, long modelId) {
            if (modelId != 3) {
                throw new NotFoundException("CatalogModel", modelId);
            }
            return seal;
        }

        @Override
        public List<Trim> trims(Actor actor, long modelId) {
            return modelId == 3 ? List.of(longRange) : List.of();
        }

        @Override
        public List<Trim> trimsValidOn(Actor actor, long modelId, LocalDate day) {
            return trims(actor, modelId);
        }

        @Override
        public Trim trim(Actor actor, long trimId) {
            return longRange;
        }

        @Override
        public CatalogModel saveModel(Actor actor, CatalogModel model) {
            return model;
        }

        @Override
        public Trim saveTrim(Actor actor, Trim trim) {
            saved.add(trim);
            return trim;
        }
    }

    private Fakes() {
    }
}
