package org.forecourt.masterdata.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.forecourt.masterdata.impl.internal.TestData.BRAND_1;
import static org.forecourt.masterdata.impl.internal.TestData.BRAND_2;
import static org.forecourt.masterdata.impl.internal.TestData.BRAND_MANAGER_1;
import static org.forecourt.masterdata.impl.internal.TestData.CONSULTANT_A;
import static org.forecourt.masterdata.impl.internal.TestData.CONSULTANT_B;
import static org.forecourt.masterdata.impl.internal.TestData.GROUP_ADMIN;
import static org.forecourt.masterdata.impl.internal.TestData.STORE_A;
import static org.forecourt.masterdata.impl.internal.TestData.STORE_B;
import static org.forecourt.masterdata.impl.internal.TestData.vin;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.forecourt.core.api.ConflictException;
import org.forecourt.core.api.FieldError;
import org.forecourt.core.api.ValidationException;
import org.forecourt.core.api.validation.LicencePlate;
import org.forecourt.core.api.validation.Vin;
import org.forecourt.masterdata.api.MasterdataEvents;
import org.forecourt.masterdata.api.UpsertResult.Outcome;
import org.forecourt.masterdata.api.catalog.BodyType;
import org.forecourt.masterdata.api.catalog.CatalogModel;
import org.forecourt.masterdata.api.catalog.EnergyType;
import org.forecourt.masterdata.api.catalog.Trim;
import org.forecourt.masterdata.api.customer.Customer;
import org.forecourt.masterdata.api.customer.CustomerDraft;
import org.forecourt.masterdata.api.vehicle.OdometerDraft;
import org.forecourt.masterdata.api.vehicle.OdometerReading;
import org.forecourt.masterdata.api.vehicle.OdometerSource;
import org.forecourt.masterdata.api.vehicle.Ownership;
import org.forecourt.masterdata.api.vehicle.Vehicle;
import org.forecourt.masterdata.api.vehicle.VehicleDraft;
import org.forecourt.masterdata.api.vehicle.VehicleFields;
import org.forecourt.masterdata.api.vehicle.VehicleQuery;
import org.forecourt.masterdata.api.vehicle.VehicleSummary;
import org.junit.jupiter.api.Test;

/** Vehicles: normalization, validation, VIN per store, catalogue ids, imports, odometer rules, owners, search. */
abstract class VehicleContract extends MasterdataContract {

    static final String VIN_1 = vin("000001");
    static final String VIN_2 = vin("000002");
    static final String VIN_3 = vin("123456");

    @Test
    void createNormalizesVinAndPlate() {
        String typed = " " + VIN_1.substring(0, 8).toLowerCase() + "-" + VIN_1.substring(8) + " ";
        Vehicle v = vehicles.create(CONSULTANT_A, VehicleDraft.of(typed).withPlate("沪a·d1 2345")
                .withMakeAndModelText(" 大众 ", "帕萨特").withColour("珍珠白").withModelYear(2024)
                .withFirstRegistration(LocalDate.of(2024, 3, 1)));
        assertThat(v.vin()).isEqualTo(VIN_1);
        assertThat(v.plate()).isEqualTo("沪AD12345");
        assertThat(LicencePlate.isNewEnergy(v.plate())).isTrue();
        assertThat(v.makeText()).isEqualTo("大众");
        assertThat(v.storeId()).isEqualTo(STORE_A);
        assertThat(v.version()).isEqualTo(1);
        assertThat(v.lastOdometerKm()).isNull();
        assertThat(vehicles.get(CONSULTANT_A, v.id())).isEqualTo(v);
        assertThat(vehicles.findByVin(CONSULTANT_A, STORE_A, VIN_1.toLowerCase())).contains(v);
        assertThat(topics()).containsExactly(MasterdataEvents.VEHICLE_CREATED);
    }

    @Test
    void validationReportsEveryInvalidFieldAtOnce() {
        String badCheck = VIN_1.substring(0, 8) + (VIN_1.charAt(8) == '1' ? '2' : '1') + VIN_1.substring(9);
        VehicleDraft draft = VehicleDraft.of(badCheck).withPlate("沪A1234").withModelYear(1900)
                .withFirstRegistration(TODAY.plusDays(1)).withColour("色".repeat(31)).withOwnerId(999_999L);
        assertThatThrownBy(() -> vehicles.create(CONSULTANT_A, draft))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                                tuple(VehicleFields.VIN, Vin.CHECKSUM),
                                tuple(VehicleFields.PLATE, LicencePlate.LENGTH),
                                tuple(VehicleFields.MODEL_YEAR, Keys.RANGE),
                                tuple(VehicleFields.FIRST_REGISTRATION, Keys.FUTURE),
                                tuple(VehicleFields.COLOUR, Keys.TOO_LONG),
                                tuple(VehicleFields.OWNER_ID, Keys.UNKNOWN)));
        assertThatThrownBy(() -> vehicles.create(CONSULTANT_A, VehicleDraft.of("  ")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of(VehicleFields.VIN, Keys.REQUIRED)));
        assertThatThrownBy(() -> vehicles.create(CONSULTANT_A, VehicleDraft.of(VIN_1.replace('0', 'O'))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of(VehicleFields.VIN, Vin.LETTERS_IOQ)));
        assertThat(vehicles.count(CONSULTANT_A, VehicleQuery.all())).isZero();
    }

    @Test
    void aVinIsUniquePerStore() {
        vehicles.create(CONSULTANT_A, VehicleDraft.of(VIN_1));
        assertThatThrownBy(() -> vehicles.create(CONSULTANT_A, VehicleDraft.of(VIN_1.toLowerCase())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of(VehicleFields.VIN, Keys.VEHICLE_VIN_TAKEN)));
        // the same car serviced at another store is that store's own record
        Vehicle inB = vehicles.create(CONSULTANT_B, VehicleDraft.of(VIN_1));
        assertThat(inB.storeId()).isEqualTo(STORE_B);
        assertThat(vehicles.count(GROUP_ADMIN, VehicleQuery.text(VIN_1))).isEqualTo(2);
        // changing another vehicle's VIN to a taken one is refused too
        Vehicle other = vehicles.create(CONSULTANT_A, VehicleDraft.of(VIN_2));
        assertThatThrownBy(() -> vehicles.update(CONSULTANT_A, other.id(), other.version(),
                other.toDraft().withVin(VIN_1))).isInstanceOf(ValidationException.class);
    }

    @Test
    void catalogueIdsAreCompletedFromTheTrimAndChecked() {
        CatalogModel seal = catalog.saveModel(GROUP_ADMIN, CatalogModel.create(BRAND_1, "SEAL", "海豹", "Seal",
                BodyType.SEDAN, EnergyType.BEV));
        Trim trim = catalog.saveTrim(GROUP_ADMIN, Trim.create(seal.id(), "LR", "长续航版",
                new BigDecimal("189800.00"), LocalDate.of(2026, 1, 1), null));
        CatalogModel other = catalog.saveModel(GROUP_ADMIN, CatalogModel.create(BRAND_2, "X1", "其他", null,
                BodyType.SUV, EnergyType.PETROL));

        Vehicle v = vehicles.create(CONSULTANT_A, VehicleDraft.of(VIN_1).withCatalog(null, null, trim.id()));
        assertThat(v.brandId()).isEqualTo(BRAND_1);
        assertThat(v.modelId()).isEqualTo(seal.id());
        assertThat(v.trimId()).isEqualTo(trim.id());

        assertThatThrownBy(() -> vehicles.create(CONSULTANT_A, VehicleDraft.of(VIN_2)
                .withCatalog(null, other.id(), trim.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of(VehicleFields.TRIM_ID, Keys.VEHICLE_CATALOG_MISMATCH)));
        assertThatThrownBy(() -> vehicles.create(CONSULTANT_A, VehicleDraft.of(VIN_2)
                .withCatalog(BRAND_1, other.id(), null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of(VehicleFields.MODEL_ID, Keys.VEHICLE_CATALOG_MISMATCH)));
        assertThatThrownBy(() -> vehicles.create(CONSULTANT_A, VehicleDraft.of(VIN_2)
                .withCatalog(null, null, 987_654L)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of(VehicleFields.TRIM_ID, Keys.UNKNOWN)));
        assertThat(vehicles.count(CONSULTANT_A, VehicleQuery.all().withCatalog(BRAND_1, seal.id())))
                .isEqualTo(1);
    }

    @Test
    void aStaleVersionIsAConflictAndTheFirstSaveSurvives() {
        Vehicle loaded = vehicles.create(CONSULTANT_A, VehicleDraft.of(VIN_1));
        Vehicle first = vehicles.update(TestData.ADVISOR_A, loaded.id(), loaded.version(),
                loaded.toDraft().withPlate("沪A12345"));
        assertThat(first.version()).isEqualTo(loaded.version() + 1);
        assertThatThrownBy(() -> vehicles.update(CONSULTANT_A, loaded.id(), loaded.version(),
                loaded.toDraft().withColour("黑"))).isInstanceOf(ConflictException.class);
        Vehicle now = vehicles.get(CONSULTANT_A, loaded.id());
        assertThat(now.plate()).isEqualTo("沪A12345");
        assertThat(now.colour()).isNull();
    }

    @Test
    void importingTheSameRowTwiceChangesNothingTheSecondTime() {
        Customer owner = customers.create(CONSULTANT_A, CustomerDraft.person("王芳", "13800138000"));
        VehicleDraft row = VehicleDraft.of(VIN_1.toLowerCase()).withPlate("沪A12345").withColour("白")
                .withMakeAndModelText("大众", "朗逸").withModelYear(2022)
                .withFirstRegistration(LocalDate.of(2022, 6, 1)).withOwnerId(owner.id());
        var first = vehicles.upsertByNaturalKey(CONSULTANT_A, row);
        assertThat(first.outcome()).isEqualTo(Outcome.CREATED);
        assertThat(first.value().ownerId()).isEqualTo(owner.id());
        var second = vehicles.upsertByNaturalKey(CONSULTANT_A, row);
        assertThat(second.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(second.value()).isEqualTo(first.value());
        assertThat(vehicles.owners(CONSULTANT_A, first.value().id())).hasSize(1);

        // only the colour is new
        var third = vehicles.upsertByNaturalKey(CONSULTANT_A, VehicleDraft.of(VIN_1).withColour("黑"));
        assertThat(third.outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(third.value().plate()).isEqualTo("沪A12345");
        assertThat(third.value().colour()).isEqualTo("黑");
        assertThat(third.value().ownerId()).isEqualTo(owner.id());
        // a new owner in the file: ownership changes today
        Customer buyer = customers.create(CONSULTANT_A, CustomerDraft.person("李雷", "13900139000"));
        var fourth = vehicles.upsertByNaturalKey(CONSULTANT_A, VehicleDraft.of(VIN_1).withOwnerId(buyer.id()));
        assertThat(fourth.outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(vehicles.owners(CONSULTANT_A, first.value().id())).extracting(Ownership::customerId,
                Ownership::from, Ownership::to).containsExactly(
                tuple(owner.id(), LocalDate.of(2022, 6, 1), TODAY), tuple(buyer.id(), TODAY, null));
        assertThat(vehicles.count(CONSULTANT_A, VehicleQuery.all())).isEqualTo(1);
        assertThat(topics()).containsExactly(MasterdataEvents.CUSTOMER_CREATED, MasterdataEvents.VEHICLE_CREATED,
                MasterdataEvents.VEHICLE_OWNER_CHANGED, MasterdataEvents.VEHICLE_UPDATED,
                MasterdataEvents.CUSTOMER_CREATED, MasterdataEvents.VEHICLE_UPDATED,
                MasterdataEvents.VEHICLE_OWNER_CHANGED);
        assertThat(events.get(events.size() - 1).properties())
                .containsEntry(MasterdataEvents.CUSTOMER_ID, buyer.id())
                .containsEntry(MasterdataEvents.PREVIOUS_CUSTOMER_ID, owner.id())
                .containsEntry(MasterdataEvents.STORE_ID, STORE_A);
    }

    @Test
    void odometerReadingsMayNotGoBackwardsUnlessTheOdometerWasReplaced() {
        Vehicle v = vehicles.create(CONSULTANT_A, VehicleDraft.of(VIN_1));
        long id = v.id();
        vehicles.recordOdometer(CONSULTANT_A, id, OdometerDraft.of(LocalDate.of(2026, 1, 10), 12,
                OdometerSource.DELIVERY));
        vehicles.recordOdometer(TestData.ADVISOR_A, id, OdometerDraft.of(LocalDate.of(2026, 4, 10), 5_012,
                OdometerSource.SERVICE_VISIT));

        assertThatThrownBy(() -> vehicles.recordOdometer(CONSULTANT_A, id, OdometerDraft.of(
                LocalDate.of(2026, 5, 1), 4_000, OdometerSource.CUSTOMER_REPORT)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of(VehicleFields.ODOMETER_KM, Keys.ODOMETER_DECREASING,
                                5_012, "2026-04-10")));
        // a late entry for an earlier day must fit between its neighbours
        assertThatThrownBy(() -> vehicles.recordOdometer(CONSULTANT_A, id, OdometerDraft.of(
                LocalDate.of(2026, 3, 1), 6_000, OdometerSource.CUSTOMER_REPORT)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of(VehicleFields.ODOMETER_KM, Keys.ODOMETER_ABOVE_LATER,
                                5_012, "2026-04-10")));
        vehicles.recordOdometer(CONSULTANT_A, id, OdometerDraft.of(LocalDate.of(2026, 3, 1), 3_000,
                OdometerSource.CUSTOMER_REPORT));
        assertThatThrownBy(() -> vehicles.recordOdometer(CONSULTANT_A, id, OdometerDraft.of(
                TODAY.plusDays(1), 9_000, OdometerSource.CUSTOMER_REPORT)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of(VehicleFields.ODOMETER_DATE, Keys.FUTURE)));
        assertThatThrownBy(() -> vehicles.recordOdometer(CONSULTANT_A, id, new OdometerDraft(null, -1, null,
                false))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                .extracting(FieldError::field).containsExactlyInAnyOrder(VehicleFields.ODOMETER_DATE,
                        VehicleFields.ODOMETER_KM, VehicleFields.ODOMETER_SOURCE));

        // the cluster was replaced: a low reading is accepted when flagged
        OdometerReading replaced = vehicles.recordOdometer(TestData.ADVISOR_A, id,
                new OdometerDraft(LocalDate.of(2026, 6, 1), 20, OdometerSource.SERVICE_VISIT, true));
        assertThat(replaced.replacement()).isTrue();
        assertThat(replaced.recordedBy()).isEqualTo(TestData.ADVISOR_A.displayName());
        vehicles.recordOdometer(CONSULTANT_A, id, OdometerDraft.of(LocalDate.of(2026, 7, 1), 1_520,
                OdometerSource.CUSTOMER_REPORT));

        assertThat(vehicles.odometer(CONSULTANT_A, id)).extracting(OdometerReading::date, OdometerReading::km)
                .containsExactly(tuple(LocalDate.of(2026, 1, 10), 12), tuple(LocalDate.of(2026, 3, 1), 3_000),
                        tuple(LocalDate.of(2026, 4, 10), 5_012), tuple(LocalDate.of(2026, 6, 1), 20),
                        tuple(LocalDate.of(2026, 7, 1), 1_520));
        Vehicle now = vehicles.get(CONSULTANT_A, id);
        assertThat(now.lastOdometerKm()).isEqualTo(1_520);
        assertThat(now.lastOdometerDate()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(now.version()).isEqualTo(v.version()); // readings do not touch the vehicle record
        // the average starts afresh at the replacement: 1500 km in 30 days
        assertThat(vehicles.averageDailyKm(CONSULTANT_A, id).getAsDouble()).isCloseTo(50.0, within(1e-9));
        assertThat(vehicles.predictDateAtKm(CONSULTANT_A, id, 5_020)).contains(LocalDate.of(2026, 9, 9));
        assertThat(vehicles.find(CONSULTANT_A, VehicleQuery.all(), 0, 1).get(0).lastOdometerKm()).isEqualTo(1_520);
        assertThat(topics()).filteredOn(MasterdataEvents.VEHICLE_ODOMETER_RECORDED::equals).hasSize(5);
    }

    @Test
    void averageDailyKmUsesTheLatestReadingsOrTheFirstRegistration() {
        Vehicle v = vehicles.create(CONSULTANT_A, VehicleDraft.of(VIN_1)
                .withFirstRegistration(LocalDate.of(2025, 11, 20)));
        assertThat(vehicles.averageDailyKm(CONSULTANT_A, v.id())).isEmpty();
        assertThat(vehicles.predictDateAtKm(CONSULTANT_A, v.id(), 10_000)).isEmpty();
        vehicles.recordOdometer(CONSULTANT_A, v.id(), OdometerDraft.of(LocalDate.of(2026, 11, 20), 36_500,
                OdometerSource.SERVICE_VISIT));
        // one reading: over the vehicle's life since first registration (365 days)
        assertThat(vehicles.averageDailyKm(CONSULTANT_A, v.id()).getAsDouble()).isCloseTo(100.0, within(1e-9));
        assertThat(vehicles.predictDateAtKm(CONSULTANT_A, v.id(), 40_000)).contains(LocalDate.of(2026, 12, 25));

        Vehicle w = vehicles.create(CONSULTANT_A, VehicleDraft.of(VIN_2));
        int km = 1_000;
        LocalDate day = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < 8; i++) { // 8 readings 30 days apart; the early ones at 10 km/day, the last 5 at 40
            vehicles.recordOdometer(CONSULTANT_A, w.id(), OdometerDraft.of(day, km, OdometerSource.SERVICE_VISIT));
            day = day.plusDays(30);
            km += i < 3 ? 300 : 1_200;
        }
        assertThat(vehicles.averageDailyKm(CONSULTANT_A, w.id()).getAsDouble()).isCloseTo(40.0, within(1e-9));
    }

    @Test
    void ownersOverTime() {
        Customer first = customers.create(CONSULTANT_A, CustomerDraft.person("王芳", "13800138000"));
        Customer second = customers.create(CONSULTANT_A, CustomerDraft.person("李雷", "13900139000"));
        Vehicle v = vehicles.create(CONSULTANT_A, VehicleDraft.of(VIN_1).withPlate("沪A12345")
                .withFirstRegistration(LocalDate.of(2020, 5, 1)).withOwnerId(first.id()));
        assertThat(vehicles.owners(CONSULTANT_A, v.id())).containsExactly(
                new Ownership(vehicles.owners(CONSULTANT_A, v.id()).get(0).id(), v.id(), first.id(),
                        LocalDate.of(2020, 5, 1), null));

        clock.advance(Duration.ofMinutes(1));
        Ownership taken = vehicles.changeOwner(CONSULTANT_A, v.id(), second.id(), LocalDate.of(2026, 10, 1));
        assertThat(taken.customerId()).isEqualTo(second.id());
        assertThat(taken.current()).isTrue();
        List<Ownership> history = vehicles.owners(CONSULTANT_A, v.id());
        assertThat(history).extracting(Ownership::customerId, Ownership::from, Ownership::to).containsExactly(
                tuple(first.id(), LocalDate.of(2020, 5, 1), LocalDate.of(2026, 10, 1)),
                tuple(second.id(), LocalDate.of(2026, 10, 1), null));
        Vehicle after = vehicles.get(CONSULTANT_A, v.id());
        assertThat(after.ownerId()).isEqualTo(second.id());
        assertThat(after.version()).isEqualTo(v.version() + 1);

        // re-stating the current owner changes nothing; an earlier start than the current owner's is refused
        assertThat(vehicles.changeOwner(CONSULTANT_A, v.id(), second.id(), TODAY)).isEqualTo(taken);
        assertThatThrownBy(() -> vehicles.changeOwner(CONSULTANT_A, v.id(), first.id(), LocalDate.of(2026, 9, 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of(VehicleFields.OWNER_FROM,
                                Keys.VEHICLE_OWNER_FROM_BEFORE_CURRENT, "2026-10-01")));
        // an owner must be a customer of the vehicle's own store, even for an actor who sees both stores
        Customer inB = customers.create(CONSULTANT_B, CustomerDraft.person("韩梅梅", "13700137000"));
        assertThatThrownBy(() -> vehicles.changeOwner(BRAND_MANAGER_1, v.id(), inB.id(), TODAY))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of(VehicleFields.OWNER_ID, Keys.VEHICLE_OWNER_OTHER_STORE)));

        assertThat(vehicles.find(CONSULTANT_A, VehicleQuery.ownedBy(second.id()), 0, 10))
                .extracting(VehicleSummary::id, VehicleSummary::ownerName).containsExactly(tuple(v.id(), "李雷"));
        assertThat(vehicles.count(CONSULTANT_A, VehicleQuery.ownedBy(first.id()))).isZero();
    }

    @Test
    void searchByVinEndPlateOrOwner() {
        Customer wang = customers.create(CONSULTANT_A, CustomerDraft.person("王芳", "13800138000"));
        Vehicle a = vehicles.create(CONSULTANT_A, VehicleDraft.of(VIN_1).withPlate("沪A12345")
                .withOwnerId(wang.id()));
        Vehicle b = vehicles.create(CONSULTANT_A, VehicleDraft.of(VIN_2).withPlate("沪AD54321"));
        Vehicle c = vehicles.create(CONSULTANT_A, VehicleDraft.of(VIN_3));

        assertThat(ids(VehicleQuery.text("123456"))).containsExactly(c.id());          // last six of the VIN
        assertThat(ids(VehicleQuery.text(VIN_3.toLowerCase()))).containsExactly(c.id());
        assertThat(ids(VehicleQuery.text("沪A12345"))).containsExactly(a.id());
        assertThat(ids(VehicleQuery.text("a12345"))).containsExactly(a.id());          // plate without province
        assertThat(ids(VehicleQuery.text("沪A"))).containsExactlyInAnyOrder(a.id(), b.id());     // plate start
        assertThat(ids(VehicleQuery.text("王"))).containsExactly(a.id());              // owner name
        assertThat(ids(VehicleQuery.text("00002"))).containsExactly(b.id());
        assertThat(vehicles.count(CONSULTANT_A, VehicleQuery.text("沪A"))).isEqualTo(2);
        assertThat(vehicles.find(CONSULTANT_A, VehicleQuery.all().sortedBy(VehicleQuery.Sort.PLATE, false), 0, 10))
                .extracting(VehicleSummary::plate).containsExactly("沪A12345", "沪AD54321", null);
        VehicleSummary row = vehicles.find(CONSULTANT_A, VehicleQuery.text("沪A12345"), 0, 1).get(0);
        assertThat(row.ownerName()).isEqualTo("王芳");
        assertThat(row.vin()).isEqualTo(VIN_1);
    }

    private List<Long> ids(VehicleQuery q) {
        return vehicles.find(CONSULTANT_A, q, 0, 100).stream().map(VehicleSummary::id).toList();
    }
}
