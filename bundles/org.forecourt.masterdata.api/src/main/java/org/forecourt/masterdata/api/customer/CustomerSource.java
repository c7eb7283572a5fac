package org.forecourt.masterdata.api.customer;

/** How the customer first came to the store (the showroom traffic sources, plus aftersales and imports). */
public enum CustomerSource {
    WALK_IN,
    PHONE,
    PROMOTION,
    REFERRAL,
    /** a lead handed over by the carmaker */
    OEM_LEAD,
    WEB,
    /** came for service first (bought the car elsewhere) */
    AFTERSALES,
    /** a fleet or company buyer won by a key-account manager */
    KEY_ACCOUNT,
    /** taken over from another system */
    IMPORT,
    OTHER;

    /** e.g. {@code masterdata.customer.source.WALK_IN} */
    public String labelKey() {
        return "masterdata.customer.source." + name();
    }
}
