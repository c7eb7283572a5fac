package org.forecourt.masterdata.ui.internal.vehicle;

import static org.forecourt.masterdata.ui.internal.common.Formats.blankToNull;

import org.forecourt.masterdata.api.vehicle.Vehicle;
import org.forecourt.masterdata.api.vehicle.VehicleDraft;

/**
 * Between the vehicle form and the service. The owner is part of the draft only when a vehicle is created (its first
 * owner); afterwards owners change through the ownership history with a date, never as a side effect of an edit.
 */
public final class VehicleFormMapper {

    private VehicleFormMapper() {
    }

    /** An empty form for a new vehicle, optionally for a known store and first owner. */
    public static VehicleForm newVehicle(Long storeId, Long ownerId) {
        VehicleForm f = new VehicleForm();
        f.setStoreId(storeId);
        f.setOwnerId(ownerId);
        return f;
    }

    public static VehicleForm fromVehicle(Vehicle v) {
        VehicleForm f = new VehicleForm();
        f.setId(v.id());
        f.setVersion(v.version());
        f.setStoreId(v.storeId());
        f.setVin(v.vin());
        f.setPlate(v.plate());
        f.setBrandId(v.brandId());
        f.setModelId(v.modelId());
        f.setTrimId(v.trimId());
        f.setMakeText(v.makeText());
        f.setModelText(v.modelText());
        f.setColour(v.colour());
        f.setModelYear(v.modelYear());
        f.setFirstRegistration(v.firstRegistration());
        f.setOwnerId(v.ownerId());
        return f;
    }

    /**
     * The draft to send: blank text as null; a model without a brand or a trim without a model is dropped along with
     * what depends on it (the pickers are chained, this keeps a half-cleared chain consistent).
     */
    public static VehicleDraft toDraft(VehicleForm f) {
        Long brand = f.getBrandId();
        Long model = brand == null ? null : f.getModelId();
        Long trim = model == null ? null : f.getTrimId();
        return new VehicleDraft(f.getStoreId(), blankToNull(f.getVin()), blankToNull(f.getPlate()), brand, model, trim,
                blankToNull(f.getMakeText()), blankToNull(f.getModelText()), blankToNull(f.getColour()),
                f.getModelYear(), f.getFirstRegistration(), f.isNew() ? f.getOwnerId() : null);
    }

    public static boolean changed(VehicleForm loaded, VehicleForm current) {
        return !toDraft(loaded).equals(toDraft(current));
    }

    /** An independent copy. */
    public static VehicleForm copy(VehicleForm f) {
        VehicleForm c = new VehicleForm();
        c.setId(f.getId());
        c.setVersion(f.getVersion());
        c.setStoreId(f.getStoreId());
        c.setVin(f.getVin());
        c.setPlate(f.getPlate());
        c.setBrandId(f.getBrandId());
        c.setModelId(f.getModelId());
        c.setTrimId(f.getTrimId());
        c.setMakeText(f.getMakeText());
        c.setModelText(f.getModelText());
        c.setColour(f.getColour());
        c.setModelYear(f.getModelYear());
        c.setFirstRegistration(f.getFirstRegistration());
        c.setOwnerId(f.getOwnerId());
        return c;
    }

    /**
     * Whether a freshly read vehicle still holds the values the form was loaded with (only its odometer, owner or
     * version moved, e.g. after recording a reading on this screen). Then the form may take the new version without
     * losing the user's unsaved edits and without hiding anyone else's change.
     */
    public static boolean sameValues(VehicleForm loaded, Vehicle fresh) {
        VehicleForm a = copy(loaded);
        VehicleForm b = fromVehicle(fresh);
        a.setOwnerId(null);
        b.setOwnerId(null);
        a.setId(1);
        b.setId(1);
        return toDraft(a).equals(toDraft(b));
    }
}
