package org.forecourt.masterdata.api.catalog;

/** Body styles. */
public enum BodyType {
    SEDAN,
    HATCHBACK,
    SUV,
    MPV,
    WAGON,
    COUPE,
    CONVERTIBLE,
    PICKUP,
    VAN,
    OTHER;

    /** e.g. {@code masterdata.catalog.bodyType.SUV} */
    public String labelKey() {
        return "masterdata.catalog.bodyType." + name();
    }
}
