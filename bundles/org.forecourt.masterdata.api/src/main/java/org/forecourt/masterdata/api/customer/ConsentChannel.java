package org.forecourt.masterdata.api.customer;

/** Where the customer gave (or withdrew) their consent to be contacted. */
public enum ConsentChannel {
    /** signed on paper or a tablet in the store */
    IN_STORE,
    PHONE,
    SMS,
    WECHAT,
    EMAIL,
    /** a web form, e.g. the carmaker's site */
    WEB,
    OTHER;

    /** e.g. {@code masterdata.customer.consent.channel.IN_STORE} */
    public String labelKey() {
        return "masterdata.customer.consent.channel." + name();
    }
}
