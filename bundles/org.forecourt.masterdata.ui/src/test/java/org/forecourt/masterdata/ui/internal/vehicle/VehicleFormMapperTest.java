package org.forecourt.masterdata.ui.internal.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.forecourt.masterdata.api.vehicle.Vehicle;
import org.forecourt.masterdata.api.vehicle.VehicleDraft;

class VehicleFormMapperTest {

    private static final Instant T = Instant.parse("2026-11-22T08:00:00Z");

    private static Vehicle seal() {
        return new Vehicle(7, 3, "LGXCE4CB0P0000001", "沪AD12345", 1L, 3L, 9L, null, null, "极地白", 2024,
                LocalDate.of(2024, 5, 1), 42L, 12000, LocalDate.of(2026, 10, 1), T, T, 4);
    }

    @Test
    void aStoredVehicleRoundTripsWithoutItsOwner() {
        Vehicle v = seal();
        VehicleForm form = VehicleFormMapper.fromVehicle(v);
        assertThat(form.isNew()).isFalse();
        assertThat(form.getOwnerId()).isEqualTo(42L);
        assertThat(VehicleFormMapper.toDraft(form)).isEqualTo(v.toDraft());
        assertThat(VehicleFormMapper.toDraft(form).ownerId()).as("owners change through the history").isNull();
    }

    @Test
    void aNewVehicleCarriesItsFirstOwnerAndBlankTextIsNull() {
        VehicleForm form = VehicleFormMapper.newVehicle(3L, 42L);
        form.setVin(" lgxce4cb0p0000001 ");
        form.setPlate("  ");
        form.setColour("");
        VehicleDraft d = VehicleFormMapper.toDraft(form);
        assertThat(d.storeId()).isEqualTo(3L);
        assertThat(d.ownerId()).isEqualTo(42L);
        assertThat(d.vin()).isEqualTo("lgxce4cb0p0000001");
        assertThat(d.plate()).isNull();
        assertThat(d.colour()).isNull();
    }

    @Test
    void aHalfClearedCataloguePickIsDroppedDownTheChain() {
        VehicleForm form = VehicleFormMapper.fromVehicle(seal());
        form.setBrandId(null);
        VehicleDraft d = VehicleFormMapper.toDraft(form);
        assertThat(d.brandId()).isNull();
        assertThat(d.modelId()).isNull();
        assertThat(d.trimId()).isNull();

        form = VehicleFormMapper.fromVehicle(seal());
        form.setModelId(null);
        d = VehicleFormMapper.toDraft(form);
        assertThat(d.brandId()).isEqualTo(1L);
        assertThat(d.modelId()).isNull();
        assertThat(d.trimId()).isNull();
    }

    @Test
    void changesAndCopies() {
        VehicleForm loaded = VehicleFormMapper.fromVehicle(seal());
        VehicleForm current = VehicleFormMapper.copy(loaded);
        assertThat(current).usingRecursiveComparison().isEqualTo(loaded);
        assertThat(VehicleFormMapper.changed(loaded, current)).isFalse();
        current.setPlate("沪AD12345 ");
        assertThat(VehicleFormMapper.changed(loaded, current)).isFalse();
        current.setColour("珍珠白");
        assertThat(VehicleFormMapper.changed(loaded, current)).isTrue();
        assertThat(loaded.getColour()).isEqualTo("极地白");
    }

    @Test
    void aNewReadingOrOwnerDoesNotCountAsSomeoneElsesChange() {
        VehicleForm loaded = VehicleFormMapper.fromVehicle(seal());
        Vehicle v = seal();
        Vehicle afterReading = new Vehicle(v.id(), v.storeId(), v.vin(), v.plate(), v.brandId(), v.modelId(),
                v.trimId(), v.makeText(), v.modelText(), v.colour(), v.modelYear(), v.firstRegistration(), 77L,
                15000, LocalDate.of(2026, 11, 22), v.createdAt(), Instant.now(), 6);
        assertThat(VehicleFormMapper.sameValues(loaded, afterReading)).isTrue();

        Vehicle replated = new Vehicle(v.id(), v.storeId(), v.vin(), "沪AD99999", v.brandId(), v.modelId(),
                v.trimId(), v.makeText(), v.modelText(), v.colour(), v.modelYear(), v.firstRegistration(),
                v.ownerId(), v.lastOdometerKm(), v.lastOdometerDate(), v.createdAt(), Instant.now(), 5);
        assertThat(VehicleFormMapper.sameValues(loaded, replated)).isFalse();
    }
}
