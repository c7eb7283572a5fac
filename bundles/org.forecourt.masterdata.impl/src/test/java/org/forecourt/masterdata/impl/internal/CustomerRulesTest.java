package org.forecourt.masterdata.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.forecourt.masterdata.impl.internal.TestData.idCard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.forecourt.core.api.FieldError;
import org.forecourt.core.api.ValidationException;
import org.forecourt.masterdata.api.customer.Address;
import org.forecourt.masterdata.api.customer.Consent;
import org.forecourt.masterdata.api.customer.ConsentChannel;
import org.forecourt.masterdata.api.customer.ContactKind;
import org.forecourt.masterdata.api.customer.ContactPoint;
import org.forecourt.masterdata.api.customer.Customer;
import org.forecourt.masterdata.api.customer.CustomerDraft;
import org.forecourt.masterdata.api.customer.CustomerFields;
import org.forecourt.masterdata.api.customer.CustomerSource;
import org.forecourt.masterdata.api.customer.CustomerType;
import org.forecourt.masterdata.api.customer.Gender;
import org.junit.jupiter.api.Test;

/** The pure rules: normalization is idempotent, the import merge keeps what the row does not carry. */
class CustomerRulesTest {

    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void normalizingTwiceGivesTheSameResult() {
        CustomerDraft draft = CustomerDraft.person(" Wang\u3000 Fang ", "+86 (138) 0013-8000")
                .withIdNumber(idCard("110105", "19491231", "002").toLowerCase())
                .withOtherContacts(List.of(ContactPoint.of(ContactKind.EMAIL, "A@B.CN")))
                .withTags(Set.of("VIP", " 老 客户 ", "", "  "))
                .withConsent(Consent.given(ConsentChannel.WECHAT, null));
        NormalizedCustomer once = CustomerRules.normalize(draft, NOW, TODAY);
        assertThat(once.name()).isEqualTo("Wang Fang");
        assertThat(once.searchName()).isEqualTo("wang fang");
        assertThat(once.tags()).containsExactlyInAnyOrder("vip", "老 客户");
        assertThat(once.consentAt()).isEqualTo(NOW);
        assertThat(once.gender()).isEqualTo(Gender.FEMALE);

        CustomerDraft again = new CustomerDraft(null, once.type(), once.name(), once.contactPerson(), once.mobile(),
                once.otherContacts(), once.address(), once.idNumber(), once.gender(), once.birthDate(),
                new Consent(once.consentGiven(), once.consentAt(), once.consentChannel()), once.tags(), once.source(),
                once.notes());
        assertThat(CustomerRules.normalize(again, NOW.plusSeconds(60), TODAY)).isEqualTo(once);
    }

    @Test
    void phoneNumbersInCommonFormatsAreAccepted() {
        for (String phone : List.of("021-61234567", "(0755) 8600 1234", "+852 2123 4567", "4008123123")) {
            NormalizedCustomer n = CustomerRules.normalize(CustomerDraft.company("某公司", "联系人", null)
                    .withOtherContacts(List.of(ContactPoint.of(ContactKind.PHONE, phone))), NOW, TODAY);
            assertThat(n.otherContacts()).hasSize(1);
        }
        assertThatThrownBy(() -> CustomerRules.normalize(CustomerDraft.company("某公司", "联系人", null)
                .withOtherContacts(List.of(ContactPoint.of(ContactKind.PHONE, "call me"))), NOW, TODAY))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("otherContacts[0].value", Keys.PHONE)));
    }

    @Test
    void tooManyContactsAndTagsAreReported() {
        List<ContactPoint> contacts = java.util.stream.IntStream.range(0, 11)
                .mapToObj(i -> ContactPoint.of(ContactKind.PHONE, "021-6123456" + (i % 10))).toList();
        Set<String> tags = new java.util.HashSet<>();
        for (int i = 0; i < 21; i++) {
            tags.add("t" + i);
        }
        assertThatThrownBy(() -> CustomerRules.normalize(CustomerDraft.person("某人", "13800138000")
                .withOtherContacts(contacts).withTags(tags), NOW, TODAY))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        FieldError.of(CustomerFields.OTHER_CONTACTS, Keys.TOO_MANY, 10),
                        FieldError.of(CustomerFields.TAGS, Keys.TOO_MANY, 20)));
    }

    @Test
    void theImportMergeKeepsWhatTheRowDoesNotCarry() {
        Customer stored = new Customer(7, 1, CustomerType.PERSON, "王芳", null, "13800138000",
                List.of(ContactPoint.of(ContactKind.WECHAT, "wangfang_88")),
                new Address("上海市", "上海市", "浦东新区", "世纪大道 1 号"), null, Gender.FEMALE,
                LocalDate.of(1990, 1, 1), Consent.given(ConsentChannel.IN_STORE, NOW), Set.of("vip"),
                CustomerSource.WALK_IN, "备注", NOW, NOW, 3);
        CustomerDraft row = new CustomerDraft(null, null, "", null, " ", List.of(
                ContactPoint.of(ContactKind.WECHAT, "WANGFANG_88"), ContactPoint.of(ContactKind.EMAIL, "w@f.cn")),
                new Address(null, "  ", "闵行区", null), null, null, null, Consent.given(ConsentChannel.IN_STORE, null),
                Set.of("导入"), null, null);
        CustomerDraft merged = CustomerRules.merge(stored, row);
        assertThat(merged.name()).isEqualTo("王芳");
        assertThat(merged.mobile()).isEqualTo("13800138000");
        assertThat(merged.type()).isEqualTo(CustomerType.PERSON);
        assertThat(merged.address()).isEqualTo(new Address("上海市", "上海市", "闵行区", "世纪大道 1 号"));
        assertThat(merged.otherContacts()).extracting(ContactPoint::value).containsExactly("wangfang_88", "w@f.cn");
        assertThat(merged.tags()).containsExactlyInAnyOrder("vip", "导入");
        assertThat(merged.consent()).isEqualTo(stored.consent()); // same consent without a time: kept as stored
        assertThat(merged.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(merged.notes()).isEqualTo("备注");

        // a withdrawal in the row replaces the stored consent
        CustomerDraft withdrawn = CustomerRules.merge(stored,
                row.withConsent(Consent.withdrawn(ConsentChannel.PHONE, NOW.plusSeconds(5))));
        assertThat(withdrawn.consent().given()).isFalse();
        // no consent information in the row keeps it too
        assertThat(CustomerRules.merge(stored, row.withConsent(null)).consent()).isEqualTo(stored.consent());
    }
}
