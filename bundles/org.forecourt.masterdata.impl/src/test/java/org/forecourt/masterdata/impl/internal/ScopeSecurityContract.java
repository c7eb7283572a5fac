package org.forecourt.masterdata.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.forecourt.masterdata.impl.internal.TestData.BRAND_ADMIN_1;
import static org.forecourt.masterdata.impl.internal.TestData.BRAND_MANAGER_1;
import static org.forecourt.masterdata.impl.internal.TestData.CONSULTANT_A;
import static org.forecourt.masterdata.impl.internal.TestData.CONSULTANT_B;
import static org.forecourt.masterdata.impl.internal.TestData.GROUP_ADMIN;
import static org.forecourt.masterdata.impl.internal.TestData.NOBODY_A;
import static org.forecourt.masterdata.impl.internal.TestData.PARTS_A;
import static org.forecourt.masterdata.impl.internal.TestData.STORE_A;
import static org.forecourt.masterdata.impl.internal.TestData.STORE_B;
import static org.forecourt.masterdata.impl.internal.TestData.idCard;
import static org.forecourt.masterdata.impl.internal.TestData.vin;

import java.util.List;
import java.util.Set;

import org.forecourt.core.api.NotFoundException;
import org.forecourt.core.api.NotPermittedException;
import org.forecourt.core.api.ValidationException;
import org.forecourt.masterdata.api.MasterdataPermissions;
import org.forecourt.masterdata.api.UpsertResult;
import org.forecourt.masterdata.api.customer.Customer;
import org.forecourt.masterdata.api.customer.CustomerDraft;
import org.forecourt.masterdata.api.customer.CustomerQuery;
import org.forecourt.masterdata.api.customer.CustomerSummary;
import org.forecourt.masterdata.api.vehicle.OdometerDraft;
import org.forecourt.masterdata.api.vehicle.OdometerSource;
import org.forecourt.masterdata.api.vehicle.Vehicle;
import org.forecourt.masterdata.api.vehicle.VehicleDraft;
import org.forecourt.masterdata.api.vehicle.VehicleFields;
import org.forecourt.masterdata.api.vehicle.VehicleQuery;
import org.forecourt.masterdata.api.vehicle.VehicleSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The key security property: a consultant of store A cannot read, list, search, count, open, change or import over
 * store B's customers and vehicles by any service call; brand- and group-level actors see both stores.
 */
abstract class ScopeSecurityContract extends MasterdataContract {

    static final String B_MOBILE = "13912345678";
    static final String B_ID = idCard("310115", "19850612", "123");
    static final String B_VIN = vin("400001");

    Customer customerA;
    Customer customerB;
    Vehicle vehicleA;
    Vehicle vehicleB;

    @BeforeEach
    void twoStores() {
        customerA = customers.create(CONSULTANT_A, CustomerDraft.person("张伟", "13800138000")
                .withIdNumber(idCard("310115", "19800101", "111")).withTags(Set.of("vip")));
        customerB = customers.create(CONSULTANT_B, CustomerDraft.person("张敏", B_MOBILE).withIdNumber(B_ID)
                .withTags(Set.of("vip")));
        vehicleA = vehicles.create(CONSULTANT_A, VehicleDraft.of(vin("300001")).withPlate("沪A12345")
                .withOwnerId(customerA.id()));
        vehicleB = vehicles.create(CONSULTANT_B, VehicleDraft.of(B_VIN).withPlate("沪B54321")
                .withOwnerId(customerB.id()));
        assertThat(customerB.storeId()).isEqualTo(STORE_B);
        assertThat(vehicleB.storeId()).isEqualTo(STORE_B);
    }

    @Test
    void consultantOfStoreACannotSeeStoreBCustomersByAnyCall() {
        // open by id
        assertThatThrownBy(() -> customers.get(CONSULTANT_A, customerB.id())).isInstanceOf(NotFoundException.class);
        // list and count
        assertThat(customers.find(CONSULTANT_A, CustomerQuery.all(), 0, 100)).extracting(CustomerSummary::id)
                .containsExactly(customerA.id());
        assertThat(customers.count(CONSULTANT_A, CustomerQuery.all())).isEqualTo(1);
        // every kind of search: name prefix, full mobile, mobile end, identity number, tag, store filter
        for (String text : List.of("张", "张敏", B_MOBILE, "+86 139 1234 5678", "5678", "139", B_ID,
                B_ID.substring(0, 14), "vip")) {
            assertThat(customers.find(CONSULTANT_A, CustomerQuery.text(text), 0, 100))
                    .as("search %s", text).extracting(CustomerSummary::id).doesNotContain(customerB.id());
            assertThat(customers.count(CONSULTANT_A, CustomerQuery.text(text)))
                    .as("count %s", text).isLessThanOrEqualTo(1);
        }
        assertThat(customers.find(CONSULTANT_A, CustomerQuery.all().withStoreId(STORE_B), 0, 100)).isEmpty();
        assertThat(customers.count(CONSULTANT_A, CustomerQuery.all().withStoreId(STORE_B))).isZero();
        assertThat(customers.count(CONSULTANT_A, CustomerQuery.all().withTag("vip"))).isEqualTo(1);
    }

    @Test
    void consultantOfStoreACannotChangeStoreBCustomers() {
        // update by id: the record does not exist for A
        assertThatThrownBy(() -> customers.update(CONSULTANT_A, customerB.id(), customerB.version(),
                customerB.toDraft().withName("改名"))).isInstanceOf(NotFoundException.class);
        // create or import into store B: refused
        assertThatThrownBy(() -> customers.create(CONSULTANT_A,
                CustomerDraft.person("王五", "13700137000").withStoreId(STORE_B)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> customers.upsertByNaturalKey(CONSULTANT_A,
                CustomerDraft.person("张敏", B_MOBILE).withStoreId(STORE_B).withNotes("hijack")))
                .isInstanceOf(NotPermittedException.class);
        // creating in A with B's mobile and identity number is no duplicate for A: A cannot see B's customer
        Customer mine = customers.create(CONSULTANT_A, CustomerDraft.person("张敏", B_MOBILE).withIdNumber(B_ID),
                false);
        assertThat(mine.storeId()).isEqualTo(STORE_A);
        // an import row in A with B's natural keys matches A's own customer only
        UpsertResult<Customer> imported = customers.upsertByNaturalKey(CONSULTANT_A,
                CustomerDraft.person("张敏", B_MOBILE).withIdNumber(B_ID).withNotes("A's copy"));
        assertThat(imported.outcome()).isEqualTo(UpsertResult.Outcome.UPDATED);
        assertThat(imported.value().id()).isEqualTo(mine.id());

        Customer untouched = customers.get(CONSULTANT_B, customerB.id());
        assertThat(untouched.version()).isEqualTo(customerB.version());
        assertThat(untouched.name()).isEqualTo("张敏");
        assertThat(untouched.notes()).isNull();
    }

    @Test
    void consultantOfStoreACannotSeeOrTouchStoreBVehicles() {
        long id = vehicleB.id();
        assertThatThrownBy(() -> vehicles.get(CONSULTANT_A, id)).isInstanceOf(NotFoundException.class);
        assertThat(vehicles.findByVin(CONSULTANT_A, STORE_B, B_VIN)).isEmpty();
        assertThat(vehicles.findByVin(CONSULTANT_A, STORE_A, B_VIN)).isEmpty();
        assertThat(vehicles.find(CONSULTANT_A, VehicleQuery.all(), 0, 100)).extracting(VehicleSummary::id)
                .containsExactly(vehicleA.id());
        assertThat(vehicles.count(CONSULTANT_A, VehicleQuery.all())).isEqualTo(1);
        for (String text : List.of(B_VIN, B_VIN.substring(11), "沪B54321", "B54321", "54321", "张敏", "张")) {
            assertThat(vehicles.find(CONSULTANT_A, VehicleQuery.text(text), 0, 100))
                    .as("search %s", text).extracting(VehicleSummary::id).doesNotContain(id);
        }
        assertThat(vehicles.count(CONSULTANT_A, VehicleQuery.ownedBy(customerB.id()))).isZero();
        assertThat(vehicles.count(CONSULTANT_A, VehicleQuery.all().withStoreId(STORE_B))).isZero();

        assertThatThrownBy(() -> vehicles.odometer(CONSULTANT_A, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> vehicles.owners(CONSULTANT_A, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> vehicles.averageDailyKm(CONSULTANT_A, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> vehicles.update(CONSULTANT_A, id, vehicleB.version(),
                vehicleB.toDraft().withColour("黑"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> vehicles.recordOdometer(CONSULTANT_A, id,
                OdometerDraft.of(TODAY, 100, OdometerSource.SERVICE_VISIT))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> vehicles.changeOwner(CONSULTANT_A, id, customerA.id(), TODAY))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> vehicles.upsertByNaturalKey(CONSULTANT_A,
                VehicleDraft.of(B_VIN).withStoreId(STORE_B).withColour("黑")))
                .isInstanceOf(NotPermittedException.class);
        // B's customer cannot become the owner of A's vehicle: for A it does not exist
        assertThatThrownBy(() -> vehicles.changeOwner(CONSULTANT_A, vehicleA.id(), customerB.id(), TODAY))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .anySatisfy(f -> assertThat(f.field()).isEqualTo(VehicleFields.OWNER_ID)));

        Vehicle untouched = vehicles.get(CONSULTANT_B, id);
        assertThat(untouched.version()).isEqualTo(vehicleB.version());
        assertThat(untouched.colour()).isNull();
        assertThat(vehicles.odometer(CONSULTANT_B, id)).isEmpty();
    }

    @Test
    void brandAndGroupActorsSeeBothStores() {
        for (var actor : List.of(BRAND_MANAGER_1, BRAND_ADMIN_1, GROUP_ADMIN)) {
            assertThat(customers.count(actor, CustomerQuery.all())).as(actor.username()).isEqualTo(2);
            assertThat(customers.find(actor, CustomerQuery.text("张"), 0, 10)).as(actor.username())
                    .extracting(CustomerSummary::id).containsExactlyInAnyOrder(customerA.id(), customerB.id());
            assertThat(customers.get(actor, customerB.id()).name()).isEqualTo("张敏");
            assertThat(vehicles.count(actor, VehicleQuery.all())).as(actor.username()).isEqualTo(2);
            assertThat(vehicles.get(actor, vehicleB.id()).vin()).isEqualTo(B_VIN);
        }
        assertThat(customers.count(BRAND_MANAGER_1, CustomerQuery.all().withStoreId(STORE_B))).isEqualTo(1);
    }

    @Test
    void everyCallChecksItsPermissionFirst() {
        assertThatThrownBy(() -> customers.find(NOBODY_A, CustomerQuery.all(), 0, 10))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> customers.count(NOBODY_A, CustomerQuery.all()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> customers.get(NOBODY_A, customerA.id())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> vehicles.get(NOBODY_A, vehicleA.id())).isInstanceOf(NotPermittedException.class);
        // a parts manager may look vehicles and customers up but change neither
        assertThat(vehicles.get(PARTS_A, vehicleA.id()).id()).isEqualTo(vehicleA.id());
        assertThat(customers.get(PARTS_A, customerA.id()).id()).isEqualTo(customerA.id());
        assertThatThrownBy(() -> customers.create(PARTS_A, CustomerDraft.person("李四", "13600136000")))
                .isInstanceOfSatisfying(NotPermittedException.class,
                        e -> assertThat(e.args()).contains(MasterdataPermissions.CUSTOMER_EDIT));
        assertThatThrownBy(() -> vehicles.recordOdometer(PARTS_A, vehicleA.id(),
                OdometerDraft.of(TODAY, 10, OdometerSource.SERVICE_VISIT)))
                .isInstanceOfSatisfying(NotPermittedException.class,
                        e -> assertThat(e.args()).contains(MasterdataPermissions.VEHICLE_EDIT));
        // a brand admin sees but does not edit store data by default
        assertThatThrownBy(() -> customers.update(BRAND_ADMIN_1, customerA.id(), customerA.version(),
                customerA.toDraft())).isInstanceOf(NotPermittedException.class);
    }
}
