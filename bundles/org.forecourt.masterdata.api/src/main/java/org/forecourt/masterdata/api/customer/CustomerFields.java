package org.forecourt.masterdata.api.customer;

/**
 * Field names used in {@link org.forecourt.core.api.FieldError#field()} for customers (the draft's component names;
 * list elements as {@code otherContacts[2].value}), and their label message keys.
 */
public final class CustomerFields {

    public static final String STORE_ID = "storeId";
    public static final String TYPE = "type";
    public static final String NAME = "name";
    public static final String CONTACT_PERSON = "contactPerson";
    public static final String MOBILE = "mobile";
    public static final String OTHER_CONTACTS = "otherContacts";
    public static final String ADDRESS_PROVINCE = "address.province";
    public static final String ADDRESS_CITY = "address.city";
    public static final String ADDRESS_DISTRICT = "address.district";
    public static final String ADDRESS_STREET = "address.street";
    /** identity card number (persons) or unified social credit code (companies) */
    public static final String ID_NUMBER = "idNumber";
    public static final String GENDER = "gender";
    public static final String BIRTH_DATE = "birthDate";
    public static final String CONSENT = "consent";
    public static final String CONSENT_CHANNEL = "consent.channel";
    public static final String CONSENT_AT = "consent.at";
    public static final String TAGS = "tags";
    public static final String SOURCE = "source";
    public static final String NOTES = "notes";

    private CustomerFields() {
    }

    /**
     * The label key of a field as reported in a field error: {@code masterdata.customer.} followed by the field
     * without list indexes, e.g. {@code otherContacts[2].value} → {@code masterdata.customer.otherContacts.value}.
     */
    public static String labelKey(String field) {
        return "masterdata.customer." + field.replaceAll("\\[\\d+]", "");
    }

    /**
     * The label of the identity number field depends on the customer type: {@code masterdata.customer.idNumber.PERSON}
     * (身份证号码) or {@code masterdata.customer.idNumber.COMPANY} (统一社会信用代码).
     */
    public static String idNumberLabelKey(CustomerType type) {
        return "masterdata.customer.idNumber." + type.name();
    }
}
