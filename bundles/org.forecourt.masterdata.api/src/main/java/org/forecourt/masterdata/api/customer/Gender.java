package org.forecourt.masterdata.api.customer;

/** A person's gender, as printed on the identity card (GB 11643: odd 17th digit for men). */
public enum Gender {
    MALE,
    FEMALE;

    /** e.g. {@code masterdata.customer.gender.MALE} */
    public String labelKey() {
        return "masterdata.customer.gender." + name();
    }
}
