package org.forecourt.masterdata.api.customer;

/** Kinds of further contacts besides the main mobile number. */
public enum ContactKind {
    /** a landline or a second mobile, e.g. {@code 021-61234567} */
    PHONE,
    /** a WeChat id (微信号) */
    WECHAT,
    EMAIL;

    /** e.g. {@code masterdata.customer.contact.WECHAT} */
    public String labelKey() {
        return "masterdata.customer.contact." + name();
    }
}
