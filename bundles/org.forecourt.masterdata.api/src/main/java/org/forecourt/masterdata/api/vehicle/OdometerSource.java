package org.forecourt.masterdata.api.vehicle;

/** Where an odometer reading comes from. */
public enum OdometerSource {
    /** read by the service advisor at reception */
    SERVICE_VISIT,
    /** read at the delivery of the car */
    DELIVERY,
    /** told by the customer (e.g. on a follow-up call) */
    CUSTOMER_REPORT,
    /** taken over from another system */
    IMPORT;

    /** e.g. {@code masterdata.vehicle.odometer.source.SERVICE_VISIT} */
    public String labelKey() {
        return "masterdata.vehicle.odometer.source." + name();
    }
}
