package org.forecourt.masterdata.impl.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.forecourt.core.api.validation.LicencePlate;
import org.forecourt.core.api.validation.Vin;
import org.forecourt.masterdata.api.vehicle.OdometerReading;
import org.forecourt.masterdata.api.vehicle.Ownership;
import org.forecourt.masterdata.api.vehicle.Vehicle;
import org.forecourt.masterdata.api.vehicle.VehicleDraft;
import org.forecourt.masterdata.api.vehicle.VehicleFields;
import org.forecourt.masterdata.impl.internal.entity.OdometerReadingEntity;
import org.forecourt.masterdata.impl.internal.entity.OwnershipEntity;
import org.forecourt.masterdata.impl.internal.entity.VehicleEntity;

/** Validation, normalization, mapping and the import merge of vehicles. Pure functions. */
public final class VehicleRules {

    public static final int MAX_TEXT = 50;
    public static final int MAX_COLOUR = 30;
    public static final int EARLIEST_MODEL_YEAR = 1950;
    public static final LocalDate EARLIEST_REGISTRATION = LocalDate.of(1950, 1, 1);
    public static final int MAX_KM = 2_000_000;

    private VehicleRules() {
    }

    /**
     * Checks the fields that need no database; catalogue ids, owner and VIN uniqueness are checked by the service
     * into the same {@code errors}.
     */
    public static NormalizedVehicle normalize(VehicleDraft d, LocalDate today, FieldErrors errors) {
        String vin = null;
        Optional<String> vinProblem = Vin.problem(d.vin());
        if (vinProblem.isPresent()) {
            errors.add(VehicleFields.VIN, vinProblem.get().equals(Vin.EMPTY) ? Keys.REQUIRED : vinProblem.get());
        } else {
            vin = Vin.normalize(d.vin());
        }
        String plate = null;
        if (!Text.isBlank(d.plate())) {
            Optional<String> plateProblem = LicencePlate.problem(d.plate());
            if (plateProblem.isPresent()) {
                errors.add(VehicleFields.PLATE, plateProblem.get());
            } else {
                plate = LicencePlate.normalize(d.plate());
            }
        }
        String makeText = errors.maxLength(VehicleFields.MAKE_TEXT, Text.clean(d.makeText()), MAX_TEXT);
        String modelText = errors.maxLength(VehicleFields.MODEL_TEXT, Text.clean(d.modelText()), MAX_TEXT);
        String colour = errors.maxLength(VehicleFields.COLOUR, Text.clean(d.colour()), MAX_COLOUR);
        Integer modelYear = d.modelYear();
        int maxYear = today.getYear() + 1;
        if (modelYear != null && (modelYear < EARLIEST_MODEL_YEAR || modelYear > maxYear)) {
            errors.add(VehicleFields.MODEL_YEAR, Keys.RANGE, EARLIEST_MODEL_YEAR, maxYear);
        }
        LocalDate firstRegistration = d.firstRegistration();
        if (firstRegistration != null && firstRegistration.isAfter(today)) {
            errors.add(VehicleFields.FIRST_REGISTRATION, Keys.FUTURE);
        } else if (firstRegistration != null && firstRegistration.isBefore(EARLIEST_REGISTRATION)) {
            errors.add(VehicleFields.FIRST_REGISTRATION, Keys.TOO_EARLY, EARLIEST_REGISTRATION.toString());
        }
        return new NormalizedVehicle(vin, plate, d.brandId(), d.modelId(), d.trimId(), makeText, modelText, colour,
                modelYear, firstRegistration, d.ownerId());
    }

    /** Writes the values (not the owner: ownership changes go through the owner history). */
    public static boolean apply(NormalizedVehicle n, VehicleEntity e) {
        boolean changed = false;
        if (!Objects.equals(e.getVin(), n.vin())) {
            e.setVin(n.vin());
            e.setVinRev(Text.reverse(n.vin()));
            changed = true;
        }
        if (!Objects.equals(e.getPlate(), n.plate())) {
            e.setPlate(n.plate());
            e.setPlateRev(Text.reverse(n.plate()));
            changed = true;
        }
        if (!Objects.equals(e.getBrandId(), n.brandId())) {
            e.setBrandId(n.brandId());
            changed = true;
        }
        if (!Objects.equals(e.getModelId(), n.modelId())) {
            e.setModelId(n.modelId());
            changed = true;
        }
        if (!Objects.equals(e.getTrimId(), n.trimId())) {
            e.setTrimId(n.trimId());
            changed = true;
        }
        if (!Objects.equals(e.getMakeText(), n.makeText())) {
            e.setMakeText(n.makeText());
            changed = true;
        }
        if (!Objects.equals(e.getModelText(), n.modelText())) {
            e.setModelText(n.modelText());
            changed = true;
        }
        if (!Objects.equals(e.getColour(), n.colour())) {
            e.setColour(n.colour());
            changed = true;
        }
        if (!Objects.equals(e.getModelYear(), n.modelYear())) {
            e.setModelYear(n.modelYear());
            changed = true;
        }
        if (!Objects.equals(e.getFirstRegistration(), n.firstRegistration())) {
            e.setFirstRegistration(n.firstRegistration());
            changed = true;
        }
        return changed;
    }

    public static Vehicle toRecord(VehicleEntity e, OdometerReadingEntity last) {
        return new Vehicle(e.getId(), e.getStoreId(), e.getVin(), e.getPlate(), e.getBrandId(), e.getModelId(),
                e.getTrimId(), e.getMakeText(), e.getModelText(), e.getColour(), e.getModelYear(),
                e.getFirstRegistration(), e.getOwnerId(), last == null ? null : last.getKm(),
                last == null ? null : last.getReadingDate(), e.getCreatedAt(), e.getUpdatedAt(), e.getVersion());
    }

    public static OdometerReading toRecord(OdometerReadingEntity r) {
        return new OdometerReading(r.getId(), r.getVehicleId(), r.getReadingDate(), r.getKm(), r.getSource(),
                r.isReplacement(), r.getRecordedAt(), r.getRecordedBy());
    }

    public static Ownership toRecord(OwnershipEntity o) {
        return new Ownership(o.getId(), o.getVehicleId(), o.getCustomerId(), o.getFromDate(), o.getToDate());
    }

    /**
     * The import merge rule: values the row carries replace the stored ones, the rest is kept. Catalogue ids are taken
     * as a unit: a row naming only the brand (or model) the vehicle already has keeps the stored model (and trim).
     */
    public static VehicleDraft merge(Vehicle existing, VehicleDraft row) {
        Long brand = existing.brandId();
        Long model = existing.modelId();
        Long trim = existing.trimId();
        if (row.trimId() != null) {
            brand = row.brandId();
            model = row.modelId();
            trim = row.trimId();
        } else if (row.modelId() != null) {
            trim = row.modelId().equals(existing.modelId()) ? existing.trimId() : null;
            brand = row.brandId();
            model = row.modelId();
        } else if (row.brandId() != null && !row.brandId().equals(existing.brandId())) {
            brand = row.brandId();
            model = null;
            trim = null;
        }
        return new VehicleDraft(existing.storeId(), existing.vin(),
                Text.isBlank(row.plate()) ? existing.plate() : row.plate(),
                brand, model, trim,
                Text.isBlank(row.makeText()) ? existing.makeText() : row.makeText(),
                Text.isBlank(row.modelText()) ? existing.modelText() : row.modelText(),
                Text.isBlank(row.colour()) ? existing.colour() : row.colour(),
                row.modelYear() != null ? row.modelYear() : existing.modelYear(),
                row.firstRegistration() != null ? row.firstRegistration() : existing.firstRegistration(),
                row.ownerId());
    }
}
