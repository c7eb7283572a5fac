package org.forecourt.masterdata.api.customer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a user (or an import) enters for a customer; the service validates, normalizes and stores it.
 *
 * @param storeId       the owning store; null means the actor's home store. Ignored on update (a customer never
 *                      changes store)
 * @param type          person or company (required)
 * @param name          a person's full name or the company's name (required)
 * @param contactPerson the company's contact person (required for companies, ignored for persons)
 * @param mobile        mainland mobile number in any common format ({@code +86 138-0013-8000}); required unless an
 *                      other contact is given
 * @param otherContacts further phones, WeChat ids, e-mail addresses (at most 10)
 * @param address       postal address (may be null)
 * @param idNumber      identity card number (person) or unified social credit code (company); optional
 * @param gender        only used for persons without an identity card number (otherwise read from it)
 * @param birthDate     only used for persons without an identity card number (otherwise read from it)
 * @param consent       consent to be contacted (null = {@link Consent#NONE})
 * @param tags          short labels (at most 20, each at most 30 characters; trimmed, ASCII lower-cased)
 * @param source        how the customer came (optional)
 * @param notes         free text (long text allowed)
 */
public record CustomerDraft(Long storeId, CustomerType type, String name, String contactPerson, String mobile,
                            List<ContactPoint> otherContacts, Address address, String idNumber, Gender gender,
                            LocalDate birthDate, Consent consent, Set<String> tags, CustomerSource source,
                            String notes) {

    public CustomerDraft {
        otherContacts = otherContacts == null ? List.of() : List.copyOf(otherContacts);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        address = address == null ? Address.EMPTY : address;
        consent = consent == null ? Consent.NONE : consent;
    }

    /** A person with a name and mobile number, everything else empty. */
    public static CustomerDraft person(String name, String mobile) {
        return new CustomerDraft(null, CustomerType.PERSON, name, null, mobile, List.of(), Address.EMPTY, null, null,
                null, Consent.NONE, Set.of(), null, null);
    }

    /** A company with its contact person and their mobile number, everything else empty. */
    public static CustomerDraft company(String name, String contactPerson, String mobile) {
        return new CustomerDraft(null, CustomerType.COMPANY, name, contactPerson, mobile, List.of(), Address.EMPTY,
                null, null, null, Consent.NONE, Set.of(), null, null);
    }

    public CustomerDraft withStoreId(Long v) {
        return new CustomerDraft(v, type, name, contactPerson, mobile, otherContacts, address, idNumber, gender,
                birthDate, consent, tags, source, notes);
    }

    public CustomerDraft withType(CustomerType v) {
        return new CustomerDraft(storeId, v, name, contactPerson, mobile, otherContacts, address, idNumber, gender,
                birthDate, consent, tags, source, notes);
    }

    public CustomerDraft withName(String v) {
        return new CustomerDraft(storeId, type, v, contactPerson, mobile, otherContacts, address, idNumber, gender,
                birthDate, consent, tags, source, notes);
    }

    public CustomerDraft withContactPerson(String v) {
        return new CustomerDraft(storeId, type, name, v, mobile, otherContacts, address, idNumber, gender,
                birthDate, consent, tags, source, notes);
    }

    public CustomerDraft withMobile(String v) {
        return new CustomerDraft(storeId, type, name, contactPerson, v, otherContacts, address, idNumber, gender,
                birthDate, consent, tags, source, notes);
    }

    public CustomerDraft withOtherContacts(List<ContactPoint> v) {
        return new CustomerDraft(storeId, type, name, contactPerson, mobile, v, address, idNumber, gender,
                birthDate, consent, tags, source, notes);
    }

    public CustomerDraft withAddress(Address v) {
        return new CustomerDraft(storeId, type, name, contactPerson, mobile, otherContacts, v, idNumber, gender,
                birthDate, consent, tags, source, notes);
    }

    public CustomerDraft withIdNumber(String v) {
        return new CustomerDraft(storeId, type, name, contactPerson, mobile, otherContacts, address, v, gender,
                birthDate, consent, tags, source, notes);
    }

    public CustomerDraft withGender(Gender v) {
        return new CustomerDraft(storeId, type, name, contactPerson, mobile, otherContacts, address, idNumber, v,
                birthDate, consent, tags, source, notes);
    }

    public CustomerDraft withBirthDate(LocalDate v) {
        return new CustomerDraft(storeId, type, name, contactPerson, mobile, otherContacts, address, idNumber, gender,
                v, consent, tags, source, notes);
    }

    public CustomerDraft withConsent(Consent v) {
        return new CustomerDraft(storeId, type, name, contactPerson, mobile, otherContacts, address, idNumber, gender,
                birthDate, v, tags, source, notes);
    }

    public CustomerDraft withTags(Set<String> v) {
        return new CustomerDraft(storeId, type, name, contactPerson, mobile, otherContacts, address, idNumber, gender,
                birthDate, consent, v, source, notes);
    }

    public CustomerDraft withSource(CustomerSource v) {
        return new CustomerDraft(storeId, type, name, contactPerson, mobile, otherContacts, address, idNumber, gender,
                birthDate, consent, tags, v, notes);
    }

    public CustomerDraft withNotes(String v) {
        return new CustomerDraft(storeId, type, name, contactPerson, mobile, otherContacts, address, idNumber, gender,
                birthDate, consent, tags, source, v);
    }
}
