package org.forecourt.masterdata.impl.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.forecourt.core.api.validation.ChineseIdCard;
import org.forecourt.core.api.validation.ChineseMobile;
import org.forecourt.core.api.validation.SocialCreditCode;
import org.forecourt.masterdata.api.customer.Address;
import org.forecourt.masterdata.api.customer.Consent;
import org.forecourt.masterdata.api.customer.ContactPoint;
import org.forecourt.masterdata.api.customer.Customer;
import org.forecourt.masterdata.api.customer.CustomerDraft;
import org.forecourt.masterdata.api.customer.CustomerFields;
import org.forecourt.masterdata.api.customer.CustomerType;
import org.forecourt.masterdata.api.customer.Gender;
import org.forecourt.masterdata.impl.internal.entity.ContactEmbeddable;
import org.forecourt.masterdata.impl.internal.entity.CustomerEntity;

/**
 * Validation and normalization of customers, mapping between entity and record, and the merge rule of imports.
 * Pure functions: no database, no OSGi.
 */
public final class CustomerRules {

    public static final int MAX_NAME = 100;
    public static final int MAX_CONTACT_PERSON = 50;
    public static final int MAX_OTHER_CONTACTS = 10;
    public static final int MAX_CONTACT_VALUE = 100;
    public static final int MAX_CONTACT_NOTE = 50;
    public static final int MAX_ADDRESS_PART = 30;
    public static final int MAX_STREET = 200;
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG = 30;
    public static final int MAX_NOTES = 10_000;
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final Pattern WECHAT = Pattern.compile("[A-Za-z0-9_-]{5,30}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{5,20}");

    private CustomerRules() {
    }

    /**
     * Validates every field at once and returns the stored form.
     *
     * @param now   the current time (fills in the time of newly given consent)
     * @param today today's date in the actor's zone
     * @throws org.forecourt.core.api.ValidationException listing every invalid field
     */
    public static NormalizedCustomer normalize(CustomerDraft d, Instant now, LocalDate today) {
        FieldErrors errors = new FieldErrors();
        CustomerType type = d.type();
        if (type == null) {
            errors.add(CustomerFields.TYPE, Keys.REQUIRED);
        }
        String name = Text.clean(d.name());
        if (name == null) {
            errors.add(CustomerFields.NAME, Keys.REQUIRED);
        } else {
            errors.maxLength(CustomerFields.NAME, name, MAX_NAME);
        }
        String contactPerson = null;
        if (type == CustomerType.COMPANY) {
            contactPerson = Text.clean(d.contactPerson());
            if (contactPerson == null) {
                errors.add(CustomerFields.CONTACT_PERSON, Keys.REQUIRED);
            } else {
                errors.maxLength(CustomerFields.CONTACT_PERSON, contactPerson, MAX_CONTACT_PERSON);
            }
        }

        List<ContactPoint> contacts = contacts(d.otherContacts(), errors);
        String mobile = null;
        if (Text.isBlank(d.mobile())) {
            if (contacts.isEmpty() && d.otherContacts().isEmpty()) {
                errors.add(CustomerFields.MOBILE, Keys.CUSTOMER_MOBILE_OR_CONTACT);
            }
        } else {
            Optional<String> problem = ChineseMobile.problem(d.mobile());
            if (problem.isPresent()) {
                errors.add(CustomerFields.MOBILE, problem.get());
            } else {
                mobile = ChineseMobile.normalize(d.mobile());
            }
        }

        Address a = d.address();
        Address address = new Address(
                errors.maxLength(CustomerFields.ADDRESS_PROVINCE, Text.clean(a.province()), MAX_ADDRESS_PART),
                errors.maxLength(CustomerFields.ADDRESS_CITY, Text.clean(a.city()), MAX_ADDRESS_PART),
                errors.maxLength(CustomerFields.ADDRESS_DISTRICT, Text.clean(a.district()), MAX_ADDRESS_PART),
                errors.maxLength(CustomerFields.ADDRESS_STREET, Text.clean(a.street()), MAX_STREET));

        String idNumber = null;
        Gender gender = null;
        LocalDate birthDate = null;
        if (!Text.isBlank(d.idNumber()) && type != null) {
            Optional<String> problem = type == CustomerType.PERSON
                    ? ChineseIdCard.problem(d.idNumber())
                    : SocialCreditCode.problem(d.idNumber());
            if (problem.isPresent()) {
                errors.add(CustomerFields.ID_NUMBER, problem.get());
            } else if (type == CustomerType.PERSON) {
                idNumber = ChineseIdCard.normalize(d.idNumber());
                gender = "M".equals(ChineseIdCard.gender(idNumber).orElse(null)) ? Gender.MALE : Gender.FEMALE;
                birthDate = ChineseIdCard.birthDate(idNumber).orElse(null);
            } else {
                idNumber = SocialCreditCode.normalize(d.idNumber());
            }
        }
        if (type == CustomerType.PERSON && idNumber == null) {
            gender = d.gender();
            birthDate = d.birthDate();
            if (birthDate != null && birthDate.isAfter(today)) {
                errors.add(CustomerFields.BIRTH_DATE, Keys.FUTURE);
            } else if (birthDate != null && birthDate.isBefore(EARLIEST_BIRTH)) {
                errors.add(CustomerFields.BIRTH_DATE, Keys.TOO_EARLY, EARLIEST_BIRTH.toString());
            }
        }

        Consent consent = d.consent();
        Instant consentAt = consent.at() == null ? null : consent.at().truncatedTo(ChronoUnit.MILLIS);
        if (consent.given()) {
            if (consent.channel() == null) {
                errors.add(CustomerFields.CONSENT_CHANNEL, Keys.REQUIRED);
            }
            if (consentAt == null) {
                consentAt = now;
            }
        }
        if (consentAt != null && consentAt.isAfter(now.plus(5, ChronoUnit.MINUTES))) {
            errors.add(CustomerFields.CONSENT_AT, Keys.FUTURE);
        }

        Set<String> tags = tags(d.tags(), errors);
        String notes = errors.maxLength(CustomerFields.NOTES, Text.cleanMultiline(d.notes()), MAX_NOTES);

        errors.throwIfAny();
        return new NormalizedCustomer(type, name, contactPerson, mobile, contacts, address, idNumber, gender,
                birthDate, consent.given(), consentAt, consent.channel(), tags, d.source(), notes);
    }

    /** The normalized form of a tag: cleaned, ASCII lower-cased; null when blank. */
    public static String tag(String raw) {
        String t = Text.clean(raw);
        return t == null ? null : t.toLowerCase(Locale.ROOT);
    }

    private static Set<String> tags(Set<String> raw, FieldErrors errors) {
        Set<String> out = new LinkedHashSet<>();
        for (String r : raw) {
            String t = tag(r);
            if (t == null) {
                continue;
            }
            if (t.length() > MAX_TAG && !errors.has(CustomerFields.TAGS)) {
                errors.add(CustomerFields.TAGS, Keys.TOO_LONG, MAX_TAG);
            }
            out.add(t);
        }
        if (out.size() > MAX_TAGS && !errors.has(CustomerFields.TAGS)) {
            errors.add(CustomerFields.TAGS, Keys.TOO_MANY, MAX_TAGS);
        }
        return out;
    }

    private static List<ContactPoint> contacts(List<ContactPoint> raw, FieldErrors errors) {
        if (raw.size() > MAX_OTHER_CONTACTS) {
            errors.add(CustomerFields.OTHER_CONTACTS, Keys.TOO_MANY, MAX_OTHER_CONTACTS);
        }
        List<ContactPoint> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            ContactPoint c = raw.get(i);
            String prefix = CustomerFields.OTHER_CONTACTS + "[" + i + "].";
            if (c == null) {
                errors.add(prefix + "value", Keys.REQUIRED);
                continue;
            }
            if (c.kind() == null) {
                errors.add(prefix + "kind", Keys.REQUIRED);
            }
            String value = Text.clean(c.value());
            String note = errors.maxLength(prefix + "note", Text.clean(c.note()), MAX_CONTACT_NOTE);
            if (value == null) {
                errors.add(prefix + "value", Keys.REQUIRED);
                continue;
            }
            if (value.length() > MAX_CONTACT_VALUE) {
                errors.add(prefix + "value", Keys.TOO_LONG, MAX_CONTACT_VALUE);
                continue;
            }
            if (c.kind() != null) {
                switch (c.kind()) {
                    case EMAIL -> {
                        value = value.toLowerCase(Locale.ROOT);
                        if (!EMAIL.matcher(value).matches()) {
                            errors.add(prefix + "value", Keys.EMAIL);
                        }
                    }
                    case WECHAT -> {
                        if (!WECHAT.matcher(value).matches()) {
                            errors.add(prefix + "value", Keys.WECHAT);
                        }
                    }
                    case PHONE -> {
                        if (!PHONE.matcher(value.replaceAll("[\\s()\\-]", "")).matches()) {
                            errors.add(prefix + "value", Keys.PHONE);
                        }
                    }
                    default -> throw new IllegalStateException(c.kind().name());
                }
            }
            out.add(new ContactPoint(c.kind(), value, note));
        }
        return out;
    }

    /**
     * Writes the normalized values into the entity.
     *
     * @return whether anything changed
     */
    public static boolean apply(NormalizedCustomer n, CustomerEntity e) {
        boolean changed = false;
        if (e.getType() != n.type()) {
            e.setType(n.type());
            changed = true;
        }
        if (!Objects.equals(e.getName(), n.name())) {
            e.setName(n.name());
            e.setSearchName(n.searchName());
            changed = true;
        }
        if (!Objects.equals(e.getContactPerson(), n.contactPerson())) {
            e.setContactPerson(n.contactPerson());
            changed = true;
        }
        if (!Objects.equals(e.getMobile(), n.mobile())) {
            e.setMobile(n.mobile());
            e.setMobileRev(Text.reverse(n.mobile()));
            changed = true;
        }
        List<ContactEmbeddable> contacts = n.otherContacts().stream()
                .map(c -> new ContactEmbeddable(c.kind(), c.value(), c.note())).toList();
        if (!new ArrayList<>(e.getOtherContacts()).equals(contacts)) {
            e.getOtherContacts().clear();
            e.getOtherContacts().addAll(contacts);
            changed = true;
        }
        Address a = n.address();
        if (!Objects.equals(e.getProvince(), a.province())) {
            e.setProvince(a.province());
            changed = true;
        }
        if (!Objects.equals(e.getCity(), a.city())) {
            e.setCity(a.city());
            changed = true;
        }
        if (!Objects.equals(e.getDistrict(), a.district())) {
            e.setDistrict(a.district());
            changed = true;
        }
        if (!Objects.equals(e.getStreet(), a.street())) {
            e.setStreet(a.street());
            changed = true;
        }
        if (!Objects.equals(e.getIdNumber(), n.idNumber())) {
            e.setIdNumber(n.idNumber());
            changed = true;
        }
        if (e.getGender() != n.gender()) {
            e.setGender(n.gender());
            changed = true;
        }
        if (!Objects.equals(e.getBirthDate(), n.birthDate())) {
            e.setBirthDate(n.birthDate());
            changed = true;
        }
        if (e.isConsentGiven() != n.consentGiven()) {
            e.setConsentGiven(n.consentGiven());
            changed = true;
        }
        if (!Objects.equals(e.getConsentAt(), n.consentAt())) {
            e.setConsentAt(n.consentAt());
            changed = true;
        }
        if (e.getConsentChannel() != n.consentChannel()) {
            e.setConsentChannel(n.consentChannel());
            changed = true;
        }
        if (!new HashSet<>(e.getTags()).equals(n.tags())) {
            e.getTags().clear();
            e.getTags().addAll(n.tags());
            changed = true;
        }
        if (e.getSource() != n.source()) {
            e.setSource(n.source());
            changed = true;
        }
        if (!Objects.equals(e.getNotes(), n.notes())) {
            e.setNotes(n.notes());
            changed = true;
        }
        return changed;
    }

    public static Customer toRecord(CustomerEntity e) {
        List<ContactPoint> contacts = e.getOtherContacts().stream()
                .map(c -> new ContactPoint(c.getKind(), c.getValue(), c.getNote())).toList();
        Consent consent = new Consent(e.isConsentGiven(), e.getConsentAt(), e.getConsentChannel());
        return new Customer(e.getId(), e.getStoreId(), e.getType(), e.getName(), e.getContactPerson(), e.getMobile(),
                contacts, new Address(e.getProvince(), e.getCity(), e.getDistrict(), e.getStreet()), e.getIdNumber(),
                e.getGender(), e.getBirthDate(), consent, e.getTags(), e.getSource(),
                e.getNotes(), e.getCreatedAt(), e.getUpdatedAt(), e.getVersion());
    }

    /**
     * The import merge rule: values the row carries replace the stored ones, the rest is kept. Tags and further
     * contacts are added to the stored ones (an import never removes what staff entered).
     */
    public static CustomerDraft merge(Customer existing, CustomerDraft row) {
        Address ea = existing.address();
        Address ra = row.address();
        Address address = new Address(pick(ra.province(), ea.province()), pick(ra.city(), ea.city()),
                pick(ra.district(), ea.district()), pick(ra.street(), ea.street()));
        List<ContactPoint> contacts = new ArrayList<>(existing.otherContacts());
        for (ContactPoint c : row.otherContacts()) {
            boolean known = c != null && contacts.stream().anyMatch(k -> k.kind() == c.kind()
                    && k.value() != null && c.value() != null && k.value().equalsIgnoreCase(Text.clean(c.value())));
            if (!known) {
                contacts.add(c);
            }
        }
        Set<String> tags = new LinkedHashSet<>(existing.tags());
        row.tags().stream().map(CustomerRules::tag).filter(Objects::nonNull).forEach(tags::add);
        Consent consent = existing.consent();
        Consent rc = row.consent();
        if (rc.given() || rc.channel() != null) {
            boolean sameAsStored = rc.given() == consent.given() && rc.channel() == consent.channel()
                    && (rc.at() == null || rc.at().truncatedTo(ChronoUnit.MILLIS).equals(consent.at()));
            if (!sameAsStored) {
                consent = rc;
            }
        }
        return new CustomerDraft(existing.storeId(), row.type() != null ? row.type() : existing.type(),
                pick(row.name(), existing.name()), pick(row.contactPerson(), existing.contactPerson()),
                pick(row.mobile(), existing.mobile()), contacts, address, pick(row.idNumber(), existing.idNumber()),
                row.gender() != null ? row.gender() : existing.gender(),
                row.birthDate() != null ? row.birthDate() : existing.birthDate(), consent, tags,
                row.source() != null ? row.source() : existing.source(), pick(row.notes(), existing.notes()));
    }

    private static String pick(String row, String existing) {
        return Text.isBlank(row) ? existing : row;
    }
}
