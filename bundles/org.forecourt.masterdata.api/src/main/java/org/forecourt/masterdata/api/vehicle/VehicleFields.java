package org.forecourt.masterdata.api.vehicle;

/** Field names used in {@link org.forecourt.core.api.FieldError#field()} for vehicles, and their label keys. */
public final class VehicleFields {

    public static final String STORE_ID = "storeId";
    public static final String VIN = "vin";
    public static final String PLATE = "plate";
    public static final String BRAND_ID = "brandId";
    public static final String MODEL_ID = "modelId";
    public static final String TRIM_ID = "trimId";
    public static final String MAKE_TEXT = "makeText";
    public static final String MODEL_TEXT = "modelText";
    public static final String COLOUR = "colour";
    public static final String MODEL_YEAR = "modelYear";
    public static final String FIRST_REGISTRATION = "firstRegistration";
    public static final String OWNER_ID = "ownerId";
    /** odometer reading fields */
    public static final String ODOMETER_DATE = "odometer.date";
    public static final String ODOMETER_KM = "odometer.km";
    public static final String ODOMETER_SOURCE = "odometer.source";
    /** ownership change fields */
    public static final String OWNER_FROM = "owner.from";

    private VehicleFields() {
    }

    /** {@code masterdata.vehicle.} followed by the field, e.g. {@code masterdata.vehicle.vin}. */
    public static String labelKey(String field) {
        return "masterdata.vehicle." + field.replaceAll("\\[\\d+]", "");
    }
}
