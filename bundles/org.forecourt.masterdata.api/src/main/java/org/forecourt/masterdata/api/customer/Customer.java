package org.forecourt.masterdata.api.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A stored customer, normalized: the mobile number as its 11 digits, the identity number upper-case without
 * separators, gender and birth date read from a person's identity card when there is one.
 *
 * @param id            database id
 * @param storeId       the owning store
 * @param type          person or company
 * @param name          full name or company name
 * @param contactPerson the company's contact person (null for persons)
 * @param mobile        11 digits, or null
 * @param otherContacts further contacts
 * @param address       postal address ({@link Address#EMPTY} when none)
 * @param idNumber      identity card number or unified social credit code, or null
 * @param gender        null when unknown (and always for companies)
 * @param birthDate     null when unknown (and always for companies)
 * @param consent       consent to be contacted
 * @param tags          labels
 * @param source        how the customer came, or null
 * @param notes         free text, or null
 * @param createdAt     when the record was created
 * @param updatedAt     when it was last changed
 * @param version       optimistic-lock version: pass it back to
 *                      {@link CustomerService#update(org.forecourt.core.api.Actor, long, long, CustomerDraft)}
 */
public record Customer(long id, long storeId, CustomerType type, String name, String contactPerson, String mobile,
                       List<ContactPoint> otherContacts, Address address, String idNumber, Gender gender,
                       LocalDate birthDate, Consent consent, Set<String> tags, CustomerSource source, String notes,
                       Instant createdAt, Instant updatedAt, long version) {

    public Customer {
        otherContacts = otherContacts == null ? List.of() : List.copyOf(otherContacts);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        address = address == null ? Address.EMPTY : address;
        consent = consent == null ? Consent.NONE : consent;
    }

    /** The values as a draft, to edit and pass to {@code update}. */
    public CustomerDraft toDraft() {
        return new CustomerDraft(storeId, type, name, contactPerson, mobile, otherContacts, address, idNumber, gender,
                birthDate, consent, tags, source, notes);
    }
}
