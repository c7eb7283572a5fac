package org.forecourt.masterdata.ui.internal;

/**
 * Stable element ids of the master data screens, for browser tests and for support ("click customer-save"). Ids that
 * repeat per line end in the line's index or the record's id.
 */
public final class Ids {

    // customers list
    public static final String CUSTOMERS_VIEW = "customers-view";
    public static final String CUSTOMER_SEARCH = "customer-search";
    public static final String CUSTOMER_TYPE_FILTER = "customer-type-filter";
    public static final String CUSTOMER_NEW = "customer-new";
    public static final String CUSTOMERS_GRID = "customers-grid";
    public static final String CUSTOMERS_COUNT = "customers-count";

    // customer detail
    public static final String CUSTOMER_VIEW = "customer-view";
    public static final String CUSTOMER_TITLE = "customer-title";
    public static final String CUSTOMER_BACK = "customer-back";
    public static final String CUSTOMER_FORM = "customer-form";
    public static final String CUSTOMER_TYPE = "customer-type";
    public static final String CUSTOMER_STORE = "customer-store";
    public static final String CUSTOMER_NAME = "customer-name";
    public static final String CUSTOMER_CONTACT_PERSON = "customer-contact-person";
    public static final String CUSTOMER_MOBILE = "customer-mobile";
    public static final String CUSTOMER_ID_NUMBER = "customer-id-number";
    public static final String CUSTOMER_GENDER = "customer-gender";
    public static final String CUSTOMER_BIRTH_DATE = "customer-birth-date";
    public static final String CUSTOMER_SOURCE = "customer-source";
    public static final String CUSTOMER_CONSENT = "customer-consent";
    public static final String CUSTOMER_CONSENT_CHANNEL = "customer-consent-channel";
    public static final String CUSTOMER_CONSENT_INFO = "customer-consent-info";
    public static final String CUSTOMER_TAGS = "customer-tags";
    public static final String CUSTOMER_PROVINCE = "customer-province";
    public static final String CUSTOMER_CITY = "customer-city";
    public static final String CUSTOMER_DISTRICT = "customer-district";
    public static final String CUSTOMER_STREET = "customer-street";
    public static final String CUSTOMER_CONTACTS = "customer-contacts";
    /** followed by the line index */
    public static final String CUSTOMER_CONTACT_KIND = "customer-contact-kind-";
    public static final String CUSTOMER_CONTACT_VALUE = "customer-contact-value-";
    public static final String CUSTOMER_CONTACT_NOTE = "customer-contact-note-";
    public static final String CUSTOMER_CONTACT_REMOVE = "customer-contact-remove-";
    public static final String CUSTOMER_CONTACT_ADD = "customer-contact-add";
    public static final String CUSTOMER_NOTES = "customer-notes";
    public static final String CUSTOMER_SAVE = "customer-save";
    public static final String CUSTOMER_CANCEL = "customer-cancel";
    public static final String CUSTOMER_META = "customer-meta";
    public static final String CUSTOMER_CONFLICT = "customer-conflict";
    public static final String CUSTOMER_RELOAD = "customer-reload";
    public static final String CUSTOMER_NOT_FOUND = "customer-not-found";
    public static final String CUSTOMER_VEHICLES = "customer-vehicles";
    public static final String CUSTOMER_VEHICLE_NEW = "customer-vehicle-new";

    // duplicate dialog
    public static final String DUPLICATE_DIALOG = "duplicate-dialog";
    public static final String DUPLICATE_GRID = "duplicate-grid";
    /** followed by the existing customer's id */
    public static final String DUPLICATE_OPEN = "duplicate-open-";
    public static final String DUPLICATE_CREATE_ANYWAY = "duplicate-create-anyway";
    public static final String DUPLICATE_CANCEL = "duplicate-cancel";

    // discard-changes confirmation
    public static final String DISCARD_DIALOG = "discard-dialog";

    // vehicles list
    public static final String VEHICLES_VIEW = "vehicles-view";
    public static final String VEHICLE_SEARCH = "vehicle-search";
    public static final String VEHICLE_NEW = "vehicle-new";
    public static final String VEHICLES_GRID = "vehicles-grid";
    public static final String VEHICLES_COUNT = "vehicles-count";

    // vehicle detail
    public static final String VEHICLE_VIEW = "vehicle-view";
    public static final String VEHICLE_TITLE = "vehicle-title";
    public static final String VEHICLE_BACK = "vehicle-back";
    public static final String VEHICLE_FORM = "vehicle-form";
    public static final String VEHICLE_STORE = "vehicle-store";
    public static final String VEHICLE_VIN = "vehicle-vin";
    public static final String VEHICLE_PLATE = "vehicle-plate";
    public static final String VEHICLE_BRAND = "vehicle-brand";
    public static final String VEHICLE_MODEL = "vehicle-model";
    public static final String VEHICLE_TRIM = "vehicle-trim";
    public static final String VEHICLE_MAKE_TEXT = "vehicle-make-text";
    public static final String VEHICLE_MODEL_TEXT = "vehicle-model-text";
    public static final String VEHICLE_COLOUR = "vehicle-colour";
    public static final String VEHICLE_MODEL_YEAR = "vehicle-model-year";
    public static final String VEHICLE_FIRST_REGISTRATION = "vehicle-first-registration";
    public static final String VEHICLE_OWNER = "vehicle-owner";
    public static final String VEHICLE_SAVE = "vehicle-save";
    public static final String VEHICLE_CANCEL = "vehicle-cancel";
    public static final String VEHICLE_META = "vehicle-meta";
    public static final String VEHICLE_CONFLICT = "vehicle-conflict";
    public static final String VEHICLE_RELOAD = "vehicle-reload";
    public static final String VEHICLE_NOT_FOUND = "vehicle-not-found";
    public static final String VEHICLE_ODOMETER_GRID = "vehicle-odometer-grid";
    public static final String VEHICLE_AVERAGE_KM = "vehicle-average-km";
    public static final String ODOMETER_DATE = "odometer-date";
    public static final String ODOMETER_KM = "odometer-km";
    public static final String ODOMETER_SOURCE = "odometer-source";
    public static final String ODOMETER_REPLACEMENT = "odometer-replacement";
    public static final String ODOMETER_ADD = "odometer-add";
    public static final String VEHICLE_OWNERS_GRID = "vehicle-owners-grid";
    public static final String OWNER_NEW = "owner-new";
    public static final String OWNER_FROM = "owner-from";
    public static final String OWNER_CHANGE = "owner-change";

    // catalogue
    public static final String CATALOG_VIEW = "catalog-view";
    public static final String CATALOG_BRAND = "catalog-brand";
    public static final String CATALOG_SHOW_INACTIVE = "catalog-show-inactive";
    public static final String CATALOG_MODELS_GRID = "catalog-models-grid";
    public static final String CATALOG_MODEL_NEW = "catalog-model-new";
    public static final String CATALOG_MODEL_EDIT = "catalog-model-edit";
    public static final String CATALOG_TRIMS_GRID = "catalog-trims-grid";
    public static final String CATALOG_TRIM_NEW = "catalog-trim-new";
    public static final String CATALOG_TRIM_EDIT = "catalog-trim-edit";
    public static final String CATALOG_MODEL_DIALOG = "catalog-model-dialog";
    public static final String CATALOG_MODEL_CODE = "catalog-model-code";
    public static final String CATALOG_MODEL_NAME_ZH = "catalog-model-name-zh";
    public static final String CATALOG_MODEL_NAME_EN = "catalog-model-name-en";
    public static final String CATALOG_MODEL_BODY_TYPE = "catalog-model-body-type";
    public static final String CATALOG_MODEL_ENERGY_TYPE = "catalog-model-energy-type";
    public static final String CATALOG_MODEL_ACTIVE = "catalog-model-active";
    public static final String CATALOG_MODEL_SAVE = "catalog-model-save";
    public static final String CATALOG_MODEL_CANCEL = "catalog-model-cancel";
    public static final String CATALOG_TRIM_DIALOG = "catalog-trim-dialog";
    public static final String CATALOG_TRIM_CODE = "catalog-trim-code";
    public static final String CATALOG_TRIM_NAME = "catalog-trim-name";
    public static final String CATALOG_TRIM_PRICE = "catalog-trim-price";
    public static final String CATALOG_TRIM_VALID_FROM = "catalog-trim-valid-from";
    public static final String CATALOG_TRIM_VALID_TO = "catalog-trim-valid-to";
    public static final String CATALOG_TRIM_SAVE = "catalog-trim-save";
    public static final String CATALOG_TRIM_CANCEL = "catalog-trim-cancel";

    private Ids() {
    }
}
