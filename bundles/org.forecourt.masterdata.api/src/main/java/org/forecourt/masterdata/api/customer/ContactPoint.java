package org.forecourt.masterdata.api.customer;

/**
 * A further way to reach a customer.
 *
 * @param kind  phone, WeChat or e-mail
 * @param value the number, WeChat id or address (stored as typed, trimmed; e-mail lower-cased)
 * @param note  optional short note, e.g. "office", "wife"
 */
public record ContactPoint(ContactKind kind, String value, String note) {

    public static ContactPoint of(ContactKind kind, String value) {
        return new ContactPoint(kind, value, null);
    }
}
