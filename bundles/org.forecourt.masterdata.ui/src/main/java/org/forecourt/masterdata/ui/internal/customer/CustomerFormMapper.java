package org.forecourt.masterdata.ui.internal.customer;

import static org.forecourt.masterdata.ui.internal.common.Formats.blankToNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.forecourt.core.api.FieldError;
import org.forecourt.core.api.ValidationException;
import org.forecourt.masterdata.api.customer.Address;
import org.forecourt.masterdata.api.customer.Consent;
import org.forecourt.masterdata.api.customer.ContactPoint;
import org.forecourt.masterdata.api.customer.Customer;
import org.forecourt.masterdata.api.customer.CustomerDraft;
import org.forecourt.masterdata.api.customer.CustomerFields;
import org.forecourt.masterdata.api.customer.CustomerType;
import org.forecourt.masterdata.ui.internal.common.Tags;

/**
 * Between the customer form and the service: a stored {@link Customer} becomes a {@link CustomerForm}; the form becomes
 * a {@link CustomerDraft} (blank text as null, fields of the other customer type dropped, empty contact lines skipped,
 * tags cleaned up, consent stamped only when it changed), and the service's field errors are pointed back at the form
 * lines they belong to.
 */
public final class CustomerFormMapper {

    private static final Pattern CONTACT_FIELD = Pattern.compile("^" + Pattern.quote(CustomerFields.OTHER_CONTACTS)
            + "\\[(\\d+)](.*)$");

    private CustomerFormMapper() {
    }

    /** An empty form for a new person of the given store (null = the user's home store). */
    public static CustomerForm newCustomer(Long storeId) {
        CustomerForm f = new CustomerForm();
        f.setStoreId(storeId);
        f.setType(CustomerType.PERSON);
        return f;
    }

    /** The form showing a stored customer. */
    public static CustomerForm fromCustomer(Customer c) {
        CustomerForm f = new CustomerForm();
        f.setId(c.id());
        f.setVersion(c.version());
        f.setStoreId(c.storeId());
        f.setCreatedAt(c.createdAt());
        f.setUpdatedAt(c.updatedAt());
        f.setType(c.type());
        f.setName(c.name());
        f.setContactPerson(c.contactPerson());
        f.setMobile(c.mobile());
        List<ContactRow> rows = new ArrayList<>();
        for (ContactPoint p : c.otherContacts()) {
            rows.add(new ContactRow(p.kind(), p.value(), p.note()));
        }
        f.setContacts(rows);
        Address a = c.address();
        f.setProvince(a.province());
        f.setCity(a.city());
        f.setDistrict(a.district());
        f.setStreet(a.street());
        f.setIdNumber(c.idNumber());
        f.setGender(c.gender());
        f.setBirthDate(c.birthDate());
        f.setOriginalConsent(c.consent());
        f.setConsentGiven(c.consent().given());
        f.setConsentChannel(c.consent().channel());
        f.setTags(Tags.normalizeAll(c.tags()));
        f.setSource(c.source());
        f.setNotes(c.notes());
        return f;
    }

    /**
     * The draft to send, and where its contact lines came from in the form.
     *
     * @param clock the time a withdrawal of consent is stamped with
     */
    public static Mapping toDraft(CustomerForm f, Clock clock) {
        boolean person = f.getType() != CustomerType.COMPANY;
        List<ContactPoint> contacts = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < f.getContacts().size(); i++) {
            ContactRow r = f.getContacts().get(i);
            if (r.isBlank()) {
                continue;
            }
            contacts.add(new ContactPoint(r.getKind(), blankToNull(r.getValue()), blankToNull(r.getNote())));
            rows.add(i);
        }
        Address address = new Address(blankToNull(f.getProvince()), blankToNull(f.getCity()),
                blankToNull(f.getDistrict()), blankToNull(f.getStreet()));
        CustomerDraft draft = new CustomerDraft(f.getStoreId(), f.getType(),
                blankToNull(f.getName()), person ? null : blankToNull(f.getContactPerson()),
                blankToNull(f.getMobile()), contacts, address.isEmpty() ? Address.EMPTY : address,
                blankToNull(f.getIdNumber()), person ? f.getGender() : null, person ? f.getBirthDate() : null,
                consent(f, clock), Tags.normalizeAll(f.getTags()), f.getSource(), blankToNull(f.getNotes()));
        return new Mapping(draft, rows.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * The consent to send. Unchanged (same answer, same channel) keeps the stored record with its time; newly given
     * or given through another channel is sent without a time (the service stamps it); a withdrawal is stamped now,
     * since the service records when consent was taken back.
     */
    static Consent consent(CustomerForm f, Clock clock) {
        Consent original = f.getOriginalConsent();
        boolean given = f.isConsentGiven();
        if (given == original.given() && Objects.equals(f.getConsentChannel(), original.channel())) {
            return original;
        }
        if (given) {
            return new Consent(true, null, f.getConsentChannel());
        }
        if (original.given()) {
            return Consent.withdrawn(f.getConsentChannel(), clock.instant());
        }
        return f.getConsentChannel() == null ? Consent.NONE : new Consent(false, original.at(), f.getConsentChannel());
    }

    /**
     * A draft and, for each of its contacts, the index of the form line it came from.
     *
     * @param draft       what is sent to the service
     * @param contactRows {@code contactRows[i]} is the form line of {@code draft.otherContacts().get(i)}
     */
    public record Mapping(CustomerDraft draft, int[] contactRows) {

        /**
         * The form's name for a field the service reported: {@code otherContacts[1].value} becomes the form line the
         * second sent contact came from (blank lines are not sent, so the indexes differ); other names are kept.
         */
        public String formField(String serviceField) {
            if (serviceField == null) {
                return null;
            }
            Matcher m = CONTACT_FIELD.matcher(serviceField);
            if (m.matches()) {
                int sent = Integer.parseInt(m.group(1));
                if (sent >= 0 && sent < contactRows.length) {
                    return CustomerFields.OTHER_CONTACTS + "[" + contactRows[sent] + "]" + m.group(2);
                }
            }
            return serviceField;
        }

        /** The service's errors with field names pointing at the form. */
        public ValidationException forForm(ValidationException e) {
            List<FieldError> errors = new ArrayList<>();
            for (FieldError error : e.errors()) {
                errors.add(new FieldError(formField(error.field()), error.messageKey(), error.args()));
            }
            return new ValidationException(errors);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Mapping other && draft.equals(other.draft)
                    && java.util.Arrays.equals(contactRows, other.contactRows);
        }

        @Override
        public int hashCode() {
            return draft.hashCode() * 31 + java.util.Arrays.hashCode(contactRows);
        }

        @Override
        public String toString() {
            return "Mapping[" + draft + ", " + java.util.Arrays.toString(contactRows) + "]";
        }
    }

    /** Whether the form holds anything not yet saved, compared with the values it was loaded with. */
    public static boolean changed(CustomerForm loaded, CustomerForm current, Clock clock) {
        return !toDraft(loaded, clock).draft().equals(toDraft(current, clock).draft());
    }

    /** An independent copy (contact lines and tags copied too). */
    public static CustomerForm copy(CustomerForm f) {
        CustomerForm c = new CustomerForm();
        c.setId(f.getId());
        c.setVersion(f.getVersion());
        c.setStoreId(f.getStoreId());
        c.setCreatedAt(f.getCreatedAt());
        c.setUpdatedAt(f.getUpdatedAt());
        c.setType(f.getType());
        c.setName(f.getName());
        c.setContactPerson(f.getContactPerson());
        c.setMobile(f.getMobile());
        List<ContactRow> rows = new ArrayList<>();
        f.getContacts().forEach(r -> rows.add(new ContactRow(r.getKind(), r.getValue(), r.getNote())));
        c.setContacts(rows);
        c.setProvince(f.getProvince());
        c.setCity(f.getCity());
        c.setDistrict(f.getDistrict());
        c.setStreet(f.getStreet());
        c.setIdNumber(f.getIdNumber());
        c.setGender(f.getGender());
        c.setBirthDate(f.getBirthDate());
        c.setOriginalConsent(f.getOriginalConsent());
        c.setConsentGiven(f.isConsentGiven());
        c.setConsentChannel(f.getConsentChannel());
        c.setTags(f.getTags());
        c.setSource(f.getSource());
        c.setNotes(f.getNotes());
        return c;
    }
}
