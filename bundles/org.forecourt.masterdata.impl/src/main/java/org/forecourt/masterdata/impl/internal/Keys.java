package org.forecourt.masterdata.impl.internal;

/** Message keys of this module's own validation messages (texts in {@code i18n/masterdata*.properties}). */
public final class Keys {

    /** A required value is missing. */
    public static final String REQUIRED = "masterdata.validation.required";
    /** Longer than {0} characters. */
    public static final String TOO_LONG = "masterdata.validation.tooLong";
    /** More than {0} entries. */
    public static final String TOO_MANY = "masterdata.validation.tooMany";
    /** Not an e-mail address. */
    public static final String EMAIL = "masterdata.validation.email";
    /** Not a phone number. */
    public static final String PHONE = "masterdata.validation.phone";
    /** Not a WeChat id. */
    public static final String WECHAT = "masterdata.validation.wechat";
    /** A date that lies in the future. */
    public static final String FUTURE = "masterdata.validation.future";
    /** A date before {0}. */
    public static final String TOO_EARLY = "masterdata.validation.tooEarly";
    /** No such record (a referenced id). */
    public static final String UNKNOWN = "masterdata.validation.unknown";
    /** Must be between {0} and {1}. */
    public static final String RANGE = "masterdata.validation.range";

    public static final String CUSTOMER_MOBILE_OR_CONTACT = "masterdata.customer.mobileOrContactRequired";

    public static final String VEHICLE_VIN_TAKEN = "masterdata.vehicle.vinTaken";
    /** The model does not belong to the brand, or the trim not to the model. */
    public static final String VEHICLE_CATALOG_MISMATCH = "masterdata.vehicle.catalogMismatch";
    /** The owner is a customer of another store. */
    public static final String VEHICLE_OWNER_OTHER_STORE = "masterdata.vehicle.owner.otherStore";
    /** The new ownership would start before the current one: {0} = current owner's first day. */
    public static final String VEHICLE_OWNER_FROM_BEFORE_CURRENT = "masterdata.vehicle.owner.fromBeforeCurrent";
    /** Lower than the reading before it: {0} km on {1}. */
    public static final String ODOMETER_DECREASING = "masterdata.vehicle.odometer.decreasing";
    /** Higher than the reading after it: {0} km on {1}. */
    public static final String ODOMETER_ABOVE_LATER = "masterdata.vehicle.odometer.aboveLater";

    public static final String CATALOG_CODE_TAKEN = "masterdata.catalog.codeTaken";
    /** More than two decimals (fen). */
    public static final String CATALOG_PRICE_SCALE = "masterdata.catalog.price.scale";
    public static final String CATALOG_PRICE_NEGATIVE = "masterdata.catalog.price.negative";
    public static final String CATALOG_PRICE_TOO_LARGE = "masterdata.catalog.price.tooLarge";
    public static final String CATALOG_VALID_TO_BEFORE_FROM = "masterdata.catalog.validToBeforeFrom";
    /** Another trim with the same code is sold in an overlapping period. */
    public static final String CATALOG_TRIM_OVERLAP = "masterdata.catalog.trim.overlap";
    /** The actor may not edit this brand's catalogue. */
    public static final String CATALOG_BRAND_NOT_PERMITTED = "masterdata.catalog.brandNotPermitted";

    /** Entity names used in NotFoundException and ConflictException. */
    public static final String ENTITY_CUSTOMER = "Customer";
    public static final String ENTITY_VEHICLE = "Vehicle";
    public static final String ENTITY_MODEL = "CatalogModel";
    public static final String ENTITY_TRIM = "Trim";

    private Keys() {
    }
}
