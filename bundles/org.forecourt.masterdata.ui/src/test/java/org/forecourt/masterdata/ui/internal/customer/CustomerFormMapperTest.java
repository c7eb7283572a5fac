package org.forecourt.masterdata.ui.internal.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.forecourt.core.api.FieldError;
import org.forecourt.core.api.ValidationException;
import org.forecourt.masterdata.api.customer.Address;
import org.forecourt.masterdata.api.customer.Consent;
import org.forecourt.masterdata.api.customer.ConsentChannel;
import org.forecourt.masterdata.api.customer.ContactKind;
import org.forecourt.masterdata.api.customer.ContactPoint;
import org.forecourt.masterdata.api.customer.Customer;
import org.forecourt.masterdata.api.customer.CustomerDraft;
import org.forecourt.masterdata.api.customer.CustomerSource;
import org.forecourt.masterdata.api.customer.CustomerType;
import org.forecourt.masterdata.api.customer.Gender;

class CustomerFormMapperTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Instant CONSENTED = Instant.parse("2026-01-05T02:00:00Z");

    private static Customer person() {
        return new Customer(42, 3, CustomerType.PERSON, "王芳", null, "13800138000",
                List.of(ContactPoint.of(ContactKind.WECHAT, "wangfang88"),
                        new ContactPoint(ContactKind.PHONE, "021-61234567", "office")),
                new Address("上海市", "上海市", "浦东新区", "世纪大道 100 号"), "110101199003070021", Gender.FEMALE,
                LocalDate.of(1990, 3, 7), Consent.given(ConsentChannel.IN_STORE, CONSENTED), Set.of("vip", "老客户"),
                CustomerSource.WALK_IN, "喜欢 SUV", NOW, NOW, 7);
    }

    @Test
    void aStoredCustomerRoundTripsUnchanged() {
        Customer c = person();
        CustomerForm form = CustomerFormMapper.fromCustomer(c);
        assertThat(form.getId()).isEqualTo(42);
        assertThat(form.getVersion()).isEqualTo(7);
        assertThat(form.isNew()).isFalse();
        CustomerDraft draft = CustomerFormMapper.toDraft(form, CLOCK).draft();
        assertThat(draft).isEqualTo(c.toDraft());
    }

    @Test
    void blankTextIsSentAsNullAndAnEmptyAddressAsEmpty() {
        CustomerForm form = CustomerFormMapper.newCustomer(3L);
        form.setName("  李雷 ");
        form.setMobile(" ");
        form.setIdNumber("");
        form.setProvince(" ");
        form.setNotes("\n");
        CustomerDraft d = CustomerFormMapper.toDraft(form, CLOCK).draft();
        assertThat(d.storeId()).isEqualTo(3L);
        assertThat(d.type()).isEqualTo(CustomerType.PERSON);
        assertThat(d.name()).isEqualTo("李雷");
        assertThat(d.mobile()).isNull();
        assertThat(d.idNumber()).isNull();
        assertThat(d.notes()).isNull();
        assertThat(d.address()).isEqualTo(Address.EMPTY);
        assertThat(d.consent()).isEqualTo(Consent.NONE);
    }

    @Test
    void aPersonHasNoContactPersonAndACompanyNoGenderOrBirthDate() {
        CustomerForm form = CustomerFormMapper.newCustomer(null);
        form.setName("王芳");
        form.setContactPerson("left over from the company switch");
        form.setGender(Gender.FEMALE);
        form.setBirthDate(LocalDate.of(1990, 3, 7));
        CustomerDraft person = CustomerFormMapper.toDraft(form, CLOCK).draft();
        assertThat(person.contactPerson()).isNull();
        assertThat(person.gender()).isEqualTo(Gender.FEMALE);
        assertThat(person.birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));

        form.setType(CustomerType.COMPANY);
        form.setContactPerson("张伟");
        CustomerDraft company = CustomerFormMapper.toDraft(form, CLOCK).draft();
        assertThat(company.type()).isEqualTo(CustomerType.COMPANY);
        assertThat(company.contactPerson()).isEqualTo("张伟");
        assertThat(company.gender()).isNull();
        assertThat(company.birthDate()).isNull();
    }

    @Test
    void emptyContactLinesAreSkippedAndErrorsPointAtTheFormLine() {
        CustomerForm form = CustomerFormMapper.newCustomer(null);
        form.setContacts(List.of(new ContactRow(ContactKind.PHONE, " ", null),
                new ContactRow(ContactKind.EMAIL, "a@b", null),
                new ContactRow(ContactKind.WECHAT, "", " "),
                new ContactRow(ContactKind.PHONE, "12", "home")));
        CustomerFormMapper.Mapping m = CustomerFormMapper.toDraft(form, CLOCK);
        assertThat(m.draft().otherContacts()).containsExactly(ContactPoint.of(ContactKind.EMAIL, "a@b"),
                new ContactPoint(ContactKind.PHONE, "12", "home"));
        assertThat(m.contactRows()).containsExactly(1, 3);

        assertThat(m.formField("otherContacts[0].value")).isEqualTo("otherContacts[1].value");
        assertThat(m.formField("otherContacts[1].note")).isEqualTo("otherContacts[3].note");
        assertThat(m.formField("otherContacts[5].value")).isEqualTo("otherContacts[5].value");
        assertThat(m.formField("otherContacts")).isEqualTo("otherContacts");
        assertThat(m.formField("mobile")).isEqualTo("mobile");
        assertThat(m.formField(null)).isNull();

        ValidationException e = new ValidationException(List.of(
                FieldError.of("otherContacts[0].value", "masterdata.validation.email"),
                FieldError.of("otherContacts[1].value", "masterdata.validation.phone"),
                FieldError.of("name", "masterdata.validation.required")));
        assertThat(m.forForm(e).errors()).extracting(FieldError::field)
                .containsExactly("otherContacts[1].value", "otherContacts[3].value", "name");
        assertThat(m.forForm(e).errors()).extracting(FieldError::messageKey)
                .containsExactly("masterdata.validation.email", "masterdata.validation.phone",
                        "masterdata.validation.required");
    }

    @Test
    void unchangedConsentKeepsItsTimeAndChannel() {
        CustomerForm form = CustomerFormMapper.fromCustomer(person());
        assertThat(CustomerFormMapper.toDraft(form, CLOCK).draft().consent())
                .isEqualTo(Consent.given(ConsentChannel.IN_STORE, CONSENTED));
    }

    @Test
    void newlyGivenConsentIsSentWithoutATimeForTheServiceToStamp() {
        CustomerForm form = CustomerFormMapper.newCustomer(null);
        form.setConsentGiven(true);
        form.setConsentChannel(ConsentChannel.WECHAT);
        assertThat(CustomerFormMapper.toDraft(form, CLOCK).draft().consent())
                .isEqualTo(new Consent(true, null, ConsentChannel.WECHAT));

        CustomerForm other = CustomerFormMapper.fromCustomer(person());
        other.setConsentChannel(ConsentChannel.PHONE);
        assertThat(CustomerFormMapper.toDraft(other, CLOCK).draft().consent())
                .isEqualTo(new Consent(true, null, ConsentChannel.PHONE));
    }

    @Test
    void withdrawnConsentIsStampedNow() {
        CustomerForm form = CustomerFormMapper.fromCustomer(person());
        form.setConsentGiven(false);
        form.setConsentChannel(ConsentChannel.PHONE);
        assertThat(CustomerFormMapper.toDraft(form, CLOCK).draft().consent())
                .isEqualTo(Consent.withdrawn(ConsentChannel.PHONE, NOW));
    }

    @Test
    void neverGivenConsentWithAChannelKeepsTheOldTime() {
        CustomerForm form = CustomerFormMapper.newCustomer(null);
        form.setOriginalConsent(Consent.withdrawn(ConsentChannel.SMS, CONSENTED));
        form.setConsentChannel(ConsentChannel.PHONE);
        assertThat(CustomerFormMapper.toDraft(form, CLOCK).draft().consent())
                .isEqualTo(new Consent(false, CONSENTED, ConsentChannel.PHONE));
        form.setConsentChannel(null);
        assertThat(CustomerFormMapper.toDraft(form, CLOCK).draft().consent()).isEqualTo(Consent.NONE);
    }

    @Test
    void tagsAreCleanedUp() {
        CustomerForm form = CustomerFormMapper.newCustomer(null);
        form.setTags(new java.util.LinkedHashSet<>(List.of("VIP", " vip", "试驾, fleet")));
        assertThat(CustomerFormMapper.toDraft(form, CLOCK).draft().tags())
                .containsExactlyInAnyOrder("vip", "试驾", "fleet");
    }

    @Test
    void changesAreDetectedAgainstTheLoadedValues() {
        CustomerForm loaded = CustomerFormMapper.fromCustomer(person());
        CustomerForm current = CustomerFormMapper.copy(loaded);
        assertThat(CustomerFormMapper.changed(loaded, current, CLOCK)).isFalse();

        current.setName("王芳 ");
        assertThat(CustomerFormMapper.changed(loaded, current, CLOCK)).as("trailing space only").isFalse();

        current.getContacts().add(new ContactRow());
        assertThat(CustomerFormMapper.changed(loaded, current, CLOCK)).as("an empty new line").isFalse();

        current.getContacts().get(0).setValue("wangfang99");
        assertThat(CustomerFormMapper.changed(loaded, current, CLOCK)).isTrue();
        assertThat(loaded.getContacts().get(0).getValue()).as("the copy is independent").isEqualTo("wangfang88");
    }

    @Test
    void copyIsComplete() {
        CustomerForm loaded = CustomerFormMapper.fromCustomer(person());
        CustomerForm copy = CustomerFormMapper.copy(loaded);
        assertThat(copy).usingRecursiveComparison().isEqualTo(loaded);
        copy.getTags().add("new");
        assertThat(loaded.getTags()).doesNotContain("new");
    }
}
