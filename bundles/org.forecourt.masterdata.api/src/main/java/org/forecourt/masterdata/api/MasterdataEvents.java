package org.forecourt.masterdata.api;

/**
 * Event Admin topics posted (asynchronously, after the transaction committed) when master data changes, if an
 * Event Admin is running. Every event carries {@link #ID}, {@link #STORE_ID} (absent for catalogue events) and
 * {@link #USER_ID}; subscribe with e.g. {@code event.topics=org/forecourt/masterdata/customer/*}. Events carry ids
 * only, never personal data: read the record through the service with your own actor.
 */
public final class MasterdataEvents {

    public static final String TOPIC_PREFIX = "org/forecourt/masterdata/";

    public static final String CUSTOMER_CREATED = TOPIC_PREFIX + "customer/CREATED";
    public static final String CUSTOMER_UPDATED = TOPIC_PREFIX + "customer/UPDATED";

    public static final String VEHICLE_CREATED = TOPIC_PREFIX + "vehicle/CREATED";
    public static final String VEHICLE_UPDATED = TOPIC_PREFIX + "vehicle/UPDATED";
    /** A new owner took over: carries {@link #CUSTOMER_ID} and, if there was one, {@link #PREVIOUS_CUSTOMER_ID}. */
    public static final String VEHICLE_OWNER_CHANGED = TOPIC_PREFIX + "vehicle/OWNER_CHANGED";
    /** An odometer reading was recorded: carries {@link #KM} and {@link #READING_DATE}. */
    public static final String VEHICLE_ODOMETER_RECORDED = TOPIC_PREFIX + "vehicle/ODOMETER_RECORDED";

    /** A catalogue model or trim was created or changed: carries {@link #BRAND_ID} and {@link #MODEL_ID}. */
    public static final String CATALOG_CHANGED = TOPIC_PREFIX + "catalog/CHANGED";

    /** {@code Long}: the id of the customer, vehicle, model or trim. */
    public static final String ID = "id";
    /** {@code Long}: the owning store. */
    public static final String STORE_ID = "storeId";
    /** {@code Long}: the acting user (0 for the system). */
    public static final String USER_ID = "userId";
    /** {@code Long}: the new owner. */
    public static final String CUSTOMER_ID = "customerId";
    /** {@code Long}: the owner before the change. */
    public static final String PREVIOUS_CUSTOMER_ID = "previousCustomerId";
    /** {@code Integer}: odometer kilometres. */
    public static final String KM = "km";
    /** {@code String}: ISO date of the odometer reading. */
    public static final String READING_DATE = "readingDate";
    /** {@code Long}: catalogue brand. */
    public static final String BRAND_ID = "brandId";
    /** {@code Long}: catalogue model. */
    public static final String MODEL_ID = "modelId";

    private MasterdataEvents() {
    }
}
