package org.forecourt.masterdata.api.customer;

/** A private person (identified by a resident identity card) or a company (by its unified social credit code). */
public enum CustomerType {
    PERSON,
    COMPANY;

    /** e.g. {@code masterdata.customer.type.PERSON} */
    public String labelKey() {
        return "masterdata.customer.type." + name();
    }
}
