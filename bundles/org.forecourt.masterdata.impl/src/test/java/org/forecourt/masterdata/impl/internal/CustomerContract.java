package org.forecourt.masterdata.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.forecourt.masterdata.impl.internal.TestData.ADVISOR_A;
import static org.forecourt.masterdata.impl.internal.TestData.BRAND_MANAGER_1;
import static org.forecourt.masterdata.impl.internal.TestData.CONSULTANT_A;
import static org.forecourt.masterdata.impl.internal.TestData.CONSULTANT_B;
import static org.forecourt.masterdata.impl.internal.TestData.GROUP_ADMIN;
import static org.forecourt.masterdata.impl.internal.TestData.STORE_A;
import static org.forecourt.masterdata.impl.internal.TestData.STORE_B;
import static org.forecourt.masterdata.impl.internal.TestData.SYSTEM;
import static org.forecourt.masterdata.impl.internal.TestData.idCard;
import static org.forecourt.masterdata.impl.internal.TestData.uscc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.ConflictException;
import org.forecourt.core.api.FieldError;
import org.forecourt.core.api.NotPermittedException;
import org.forecourt.core.api.ValidationException;
import org.forecourt.core.api.validation.ChineseIdCard;
import org.forecourt.core.api.validation.ChineseMobile;
import org.forecourt.core.api.validation.SocialCreditCode;
import org.forecourt.masterdata.api.MasterdataEvents;
import org.forecourt.masterdata.api.UpsertResult.Outcome;
import org.forecourt.masterdata.api.customer.Address;
import org.forecourt.masterdata.api.customer.Consent;
import org.forecourt.masterdata.api.customer.ConsentChannel;
import org.forecourt.masterdata.api.customer.ContactKind;
import org.forecourt.masterdata.api.customer.ContactPoint;
import org.forecourt.masterdata.api.customer.Customer;
import org.forecourt.masterdata.api.customer.CustomerDraft;
import org.forecourt.masterdata.api.customer.CustomerFields;
import org.forecourt.masterdata.api.customer.CustomerMatch;
import org.forecourt.masterdata.api.customer.CustomerMatch.MatchedOn;
import org.forecourt.masterdata.api.customer.CustomerQuery;
import org.forecourt.masterdata.api.customer.CustomerQuery.Sort;
import org.forecourt.masterdata.api.customer.CustomerSource;
import org.forecourt.masterdata.api.customer.CustomerSummary;
import org.forecourt.masterdata.api.customer.CustomerType;
import org.forecourt.masterdata.api.customer.DuplicateCustomerException;
import org.forecourt.masterdata.api.customer.Gender;
import org.forecourt.persistence.AuditAction;
import org.forecourt.persistence.AuditQuery;
import org.forecourt.persistence.AuditRecord;
import org.junit.jupiter.api.Test;

/** Customers: normalization, validation, duplicates, optimistic locking, imports, search, audit and events. */
abstract class CustomerContract extends MasterdataContract {

    static final String WANG_ID = idCard("110105", "19491231", "002"); // even sequence: a woman
    static final String LI_ID = idCard("440305", "19900215", "031");   // odd: a man
    static final String COMPANY_CODE = uscc("91440300192203821");
    static final Actor IMPORTER_A = Actor.systemForStore("import", STORE_A);

    @Test
    void createNormalizesAndDerivesFromTheIdentityCard() {
        Customer c = customers.create(CONSULTANT_A, CustomerDraft.person("  王  芳 ", "+86 138-0013-8000")
                .withIdNumber(WANG_ID.toLowerCase().substring(0, 6) + " " + WANG_ID.substring(6))
                .withGender(Gender.MALE) // ignored: the card says otherwise
                .withAddress(new Address("上海市", "上海市", "浦东新区", "  世纪大道 100 号 "))
                .withOtherContacts(List.of(ContactPoint.of(ContactKind.EMAIL, " Wang.Fang@Example.COM "),
                        new ContactPoint(ContactKind.WECHAT, "wangfang_88", "私人"),
                        ContactPoint.of(ContactKind.PHONE, "021-6123 4567")))
                .withTags(Set.of(" VIP ", "老客户"))
                .withConsent(Consent.given(ConsentChannel.IN_STORE, null))
                .withSource(CustomerSource.WALK_IN)
                .withNotes("第一行\n第二行"));

        assertThat(c.id()).isPositive();
        assertThat(c.storeId()).isEqualTo(STORE_A);
        assertThat(c.name()).isEqualTo("王 芳");
        assertThat(c.mobile()).isEqualTo("13800138000");
        assertThat(c.idNumber()).isEqualTo(WANG_ID);
        assertThat(c.gender()).isEqualTo(Gender.FEMALE);
        assertThat(c.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(c.address().street()).isEqualTo("世纪大道 100 号");
        assertThat(c.otherContacts()).extracting(ContactPoint::kind, ContactPoint::value).containsExactly(
                tuple(ContactKind.EMAIL, "wang.fang@example.com"), tuple(ContactKind.WECHAT, "wangfang_88"),
                tuple(ContactKind.PHONE, "021-6123 4567"));
        assertThat(c.tags()).containsExactlyInAnyOrder("vip", "老客户");
        assertThat(c.consent()).isEqualTo(new Consent(true, START, ConsentChannel.IN_STORE));
        assertThat(c.createdAt()).isEqualTo(START);
        assertThat(c.version()).isEqualTo(1);

        // what was stored reads back the same
        assertThat(customers.get(CONSULTANT_A, c.id())).isEqualTo(c);
        assertThat(events).containsExactly(new Posted(MasterdataEvents.CUSTOMER_CREATED,
                Map.of(MasterdataEvents.ID, c.id(), MasterdataEvents.STORE_ID, STORE_A,
                        MasterdataEvents.USER_ID, CONSULTANT_A.userId())));
    }

    @Test
    void aPersonWithoutIdentityCardKeepsTheEnteredGenderAndBirthDate() {
        Customer c = customers.create(CONSULTANT_A, CustomerDraft.person("Li Lei", "13900139000")
                .withGender(Gender.MALE).withBirthDate(LocalDate.of(1990, 5, 6)));
        assertThat(c.gender()).isEqualTo(Gender.MALE);
        assertThat(c.birthDate()).isEqualTo(LocalDate.of(1990, 5, 6));
        assertThat(c.idNumber()).isNull();
    }

    @Test
    void aCompanyNeedsAContactPersonAndAValidCreditCode() {
        Customer c = customers.create(CONSULTANT_A, CustomerDraft.company("深圳市某某物流有限公司", "陈经理",
                "13600136000").withIdNumber(COMPANY_CODE.toLowerCase()).withGender(Gender.MALE));
        assertThat(c.type()).isEqualTo(CustomerType.COMPANY);
        assertThat(c.idNumber()).isEqualTo(COMPANY_CODE);
        assertThat(c.contactPerson()).isEqualTo("陈经理");
        assertThat(c.gender()).isNull();
        assertThat(c.birthDate()).isNull();

        String wrong = COMPANY_CODE.substring(0, 17) + (COMPANY_CODE.charAt(17) == '0' ? '1' : '0');
        assertThatThrownBy(() -> customers.create(CONSULTANT_A,
                CustomerDraft.company("某公司", " ", "13600136001").withIdNumber(wrong)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                                tuple(CustomerFields.CONTACT_PERSON, Keys.REQUIRED),
                                tuple(CustomerFields.ID_NUMBER, SocialCreditCode.CHECKSUM)));
        // a person's identity card number is not a company's code
        assertThatThrownBy(() -> customers.create(CONSULTANT_A,
                CustomerDraft.company("某公司", "陈经理", "13600136001").withIdNumber(WANG_ID)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void validationReportsEveryInvalidFieldAtOnce() {
        String badId = WANG_ID.substring(0, 17) + (WANG_ID.charAt(17) == '1' ? '2' : '1');
        CustomerDraft draft = new CustomerDraft(null, CustomerType.PERSON, "  ", null, "138001380", List.of(
                ContactPoint.of(ContactKind.EMAIL, "not-an-address"), ContactPoint.of(ContactKind.WECHAT, "a b"),
                new ContactPoint(null, "x", null)),
                new Address("x".repeat(31), null, null, null), badId, null, null,
                new Consent(true, null, null), Set.of("t".repeat(31)), null, null);
        assertThatThrownBy(() -> customers.create(CONSULTANT_A, draft))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                                tuple(CustomerFields.NAME, Keys.REQUIRED),
                                tuple(CustomerFields.MOBILE, ChineseMobile.LENGTH),
                                tuple("otherContacts[0].value", Keys.EMAIL),
                                tuple("otherContacts[1].value", Keys.WECHAT),
                                tuple("otherContacts[2].kind", Keys.REQUIRED),
                                tuple(CustomerFields.ADDRESS_PROVINCE, Keys.TOO_LONG),
                                tuple(CustomerFields.ID_NUMBER, ChineseIdCard.CHECKSUM),
                                tuple(CustomerFields.CONSENT_CHANNEL, Keys.REQUIRED),
                                tuple(CustomerFields.TAGS, Keys.TOO_LONG)));
        // nothing was written
        assertThat(customers.count(CONSULTANT_A, CustomerQuery.all())).isZero();
        assertThat(events).isEmpty();

        // no type, no contact at all, and a group-level actor without a store: all reported together
        assertThatThrownBy(() -> customers.create(GROUP_ADMIN, new CustomerDraft(null, null, "某人", null, null,
                List.of(), null, null, null, null, null, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                                tuple(CustomerFields.STORE_ID, Keys.REQUIRED),
                                tuple(CustomerFields.TYPE, Keys.REQUIRED),
                                tuple(CustomerFields.MOBILE, Keys.CUSTOMER_MOBILE_OR_CONTACT)));
        // a birth date in the future
        assertThatThrownBy(() -> customers.create(CONSULTANT_A, CustomerDraft.person("某人", "13800138000")
                .withBirthDate(TODAY.plusDays(1)))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).containsExactly(FieldError.of(CustomerFields.BIRTH_DATE, Keys.FUTURE)));
    }

    @Test
    void anotherContactReplacesTheMobile() {
        Customer c = customers.create(CONSULTANT_A, CustomerDraft.company("某单位", "刘主任", null)
                .withOtherContacts(List.of(ContactPoint.of(ContactKind.PHONE, "0755-86001234"))));
        assertThat(c.mobile()).isNull();
    }

    @Test
    void duplicateMobileInAnyFormatAsksForConfirmation() {
        Customer first = customers.create(CONSULTANT_A, CustomerDraft.person("王芳", "13800138000"));
        for (String variant : List.of("+86 138 0013 8000", "0086-13800138000", "(86)138.0013.8000",
                "１３８００１３８０００")) {
            assertThatThrownBy(() -> customers.create(CONSULTANT_A, CustomerDraft.person("王芳芳", variant)))
                    .as(variant)
                    .isInstanceOfSatisfying(DuplicateCustomerException.class, e -> {
                        assertThat(e.confirmable()).isTrue();
                        assertThat(e.messageKey()).isEqualTo(DuplicateCustomerException.KEY);
                        assertThat(e.matches()).containsExactly(new CustomerMatch(first.id(), STORE_A, "王芳",
                                "13800138000", Set.of(MatchedOn.MOBILE)));
                    });
        }
        // the user confirmed: a family member sharing the phone
        Customer second = customers.create(CONSULTANT_A, CustomerDraft.person("王芳芳", "+8613800138000"), true);
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(customers.count(CONSULTANT_A, CustomerQuery.text("13800138000"))).isEqualTo(2);
    }

    @Test
    void theSameIdentityNumberTwiceInOneStoreIsAlwaysRefused() {
        Customer first = customers.create(CONSULTANT_A, CustomerDraft.person("李雷", "13900139000")
                .withIdNumber(LI_ID));
        for (boolean confirmed : new boolean[] {false, true}) {
            assertThatThrownBy(() -> customers.create(CONSULTANT_A,
                    CustomerDraft.person("李雷", "13700137000").withIdNumber(LI_ID), confirmed))
                    .isInstanceOfSatisfying(DuplicateCustomerException.class, e -> {
                        assertThat(e.confirmable()).isFalse();
                        assertThat(e.messageKey()).isEqualTo(DuplicateCustomerException.KEY_ID_NUMBER_TAKEN);
                        assertThat(e.matches()).extracting(CustomerMatch::customerId).containsExactly(first.id());
                        assertThat(e.matches().get(0).matchedOn()).containsExactly(MatchedOn.ID_NUMBER);
                    });
        }
        // changing another customer's number to it is refused as well
        Customer other = customers.create(CONSULTANT_A, CustomerDraft.person("韩梅梅", "13700137000"));
        assertThatThrownBy(() -> customers.update(CONSULTANT_A, other.id(), other.version(),
                other.toDraft().withIdNumber(LI_ID))).isInstanceOfSatisfying(DuplicateCustomerException.class,
                e -> assertThat(e.confirmable()).isFalse());

        // in another store of the brand it is a possible duplicate the user may confirm
        assertThatThrownBy(() -> customers.create(BRAND_MANAGER_1,
                CustomerDraft.person("李雷", "13900139000").withIdNumber(LI_ID).withStoreId(STORE_B)))
                .isInstanceOfSatisfying(DuplicateCustomerException.class, e -> {
                    assertThat(e.confirmable()).isTrue();
                    assertThat(e.matches()).singleElement().satisfies(m -> assertThat(m.matchedOn())
                            .containsExactlyInAnyOrder(MatchedOn.MOBILE, MatchedOn.ID_NUMBER));
                });
        Customer inB = customers.create(BRAND_MANAGER_1,
                CustomerDraft.person("李雷", "13900139000").withIdNumber(LI_ID).withStoreId(STORE_B), true);
        assertThat(inB.storeId()).isEqualTo(STORE_B);
    }

    @Test
    void aStaleVersionIsAConflictAndTheFirstSaveSurvives() {
        Customer loaded = customers.create(CONSULTANT_A, CustomerDraft.person("王芳", "13800138000"));
        Customer first = customers.update(CONSULTANT_A, loaded.id(), loaded.version(),
                loaded.toDraft().withName("王芳（已婚）"));
        assertThat(first.version()).isEqualTo(loaded.version() + 1);
        assertThat(first.updatedAt()).isEqualTo(START);

        assertThatThrownBy(() -> customers.update(ADVISOR_A, loaded.id(), loaded.version(),
                loaded.toDraft().withNotes("second user's edit"))).isInstanceOf(ConflictException.class);

        Customer now = customers.get(CONSULTANT_A, loaded.id());
        assertThat(now.name()).isEqualTo("王芳（已婚）");
        assertThat(now.notes()).isNull();
        assertThat(now.version()).isEqualTo(first.version());
    }

    @Test
    void concurrentSavesOfTheSameVersionLetExactlyOneWin() throws Exception {
        Customer loaded = customers.create(CONSULTANT_A, CustomerDraft.person("王芳", "13800138000"));
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Object>> saves = List.of("甲", "乙", "丙").stream()
                .map(name -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                        return (Object) customers.update(CONSULTANT_A, loaded.id(), loaded.version(),
                                loaded.toDraft().withName(name));
                    } catch (Exception e) {
                        return e;
                    }
                })).toList();
        start.countDown();
        List<Object> results = saves.stream().map(f -> f.orTimeout(60, TimeUnit.SECONDS).join()).toList();
        assertThat(results).filteredOn(r -> r instanceof Customer).hasSize(1);
        assertThat(results).filteredOn(r -> !(r instanceof Customer)).allSatisfy(r ->
                assertThat(r).isInstanceOf(ConflictException.class));
        Customer winner = (Customer) results.stream().filter(r -> r instanceof Customer).findFirst().orElseThrow();
        assertThat(customers.get(CONSULTANT_A, loaded.id())).isEqualTo(winner);
    }

    @Test
    void anUnchangedSaveWritesNothing() {
        Customer c = customers.create(CONSULTANT_A, CustomerDraft.person("王芳", "13800138000")
                .withTags(Set.of("vip")).withConsent(Consent.given(ConsentChannel.PHONE, null)));
        events.clear();
        clock.advance(Duration.ofHours(1));
        Customer same = customers.update(CONSULTANT_A, c.id(), c.version(), c.toDraft());
        assertThat(same).isEqualTo(c);
        assertThat(events).isEmpty();
        assertThat(engine.count(SYSTEM, AuditQuery.of("Customer", c.id()))).isEqualTo(1); // the create only
    }

    @Test
    void anUpdateIsAuditedWithBeforeAndAfter() {
        Customer c = customers.create(CONSULTANT_A, CustomerDraft.person("王芳", "13800138000"));
        clock.advance(Duration.ofMinutes(5));
        Customer updated = customers.update(CONSULTANT_A, c.id(), c.version(),
                c.toDraft().withName("王芳芳").withMobile("13900139000"));
        assertThat(updated.updatedAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        assertThat(updated.createdAt()).isEqualTo(START);

        List<AuditRecord> rows = engine.find(SYSTEM, AuditQuery.of("Customer", c.id()));
        assertThat(rows).extracting(AuditRecord::action).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
        AuditRecord update = rows.get(0);
        assertThat(update.userId()).isEqualTo(CONSULTANT_A.userId());
        assertThat(update.storeId()).isEqualTo(STORE_A);
        assertThat(update.changes()).contains("\"name\":[\"王芳\",\"王芳芳\"]")
                .contains("\"mobile\":[\"13800138000\",\"13900139000\"]");
        assertThat(events).extracting(Posted::topic).containsExactly(MasterdataEvents.CUSTOMER_CREATED,
                MasterdataEvents.CUSTOMER_UPDATED);
        assertThat(events.get(1).properties()).containsEntry(MasterdataEvents.ID, c.id())
                .containsEntry(MasterdataEvents.STORE_ID, STORE_A);
    }

    @Test
    void importingTheSameRowTwiceCreatesOnceAndThenChangesNothing() {
        CustomerDraft row = CustomerDraft.person("王芳", "+86 138 0013 8000").withIdNumber(WANG_ID)
                .withAddress(new Address("上海市", "上海市", "浦东新区", null)).withTags(Set.of("导入"))
                .withConsent(Consent.given(ConsentChannel.WEB, null)).withSource(CustomerSource.IMPORT);
        var first = customers.upsertByNaturalKey(IMPORTER_A, row);
        assertThat(first.outcome()).isEqualTo(Outcome.CREATED);
        clock.advance(Duration.ofDays(1));
        var second = customers.upsertByNaturalKey(IMPORTER_A, row);
        assertThat(second.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(second.value()).isEqualTo(first.value());

        // a row carrying one new value updates only that (blank values keep what is stored)
        var third = customers.upsertByNaturalKey(IMPORTER_A, CustomerDraft.person(null, "13800138000")
                .withAddress(new Address(null, null, null, "世纪大道 1 号")).withTags(Set.of("vip")));
        assertThat(third.outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(third.value().id()).isEqualTo(first.value().id());
        assertThat(third.value().name()).isEqualTo("王芳");
        assertThat(third.value().address()).isEqualTo(new Address("上海市", "上海市", "浦东新区", "世纪大道 1 号"));
        assertThat(third.value().tags()).containsExactlyInAnyOrder("导入", "vip");
        assertThat(third.value().consent()).isEqualTo(first.value().consent());
        assertThat(third.value().version()).isEqualTo(first.value().version() + 1);
        // and again: unchanged
        assertThat(customers.upsertByNaturalKey(IMPORTER_A, CustomerDraft.person(null, "13800138000")
                .withAddress(new Address(null, null, null, "世纪大道 1 号")).withTags(Set.of("VIP"))).outcome())
                .isEqualTo(Outcome.UNCHANGED);
        assertThat(customers.count(CONSULTANT_A, CustomerQuery.all())).isEqualTo(1);
        assertThat(topics()).containsExactly(MasterdataEvents.CUSTOMER_CREATED, MasterdataEvents.CUSTOMER_UPDATED);
    }

    @Test
    void importMatchesByIdentityNumberFirstThenMobile() {
        Customer byId = customers.create(CONSULTANT_A, CustomerDraft.person("王芳", "13800138000")
                .withIdNumber(WANG_ID));
        Customer byMobile = customers.create(CONSULTANT_A, CustomerDraft.person("李雷", "13900139000"));
        // the identity number wins over a mobile number that belongs to someone else
        var r1 = customers.upsertByNaturalKey(CONSULTANT_A, CustomerDraft.person("王芳", "13900139000")
                .withIdNumber(WANG_ID));
        assertThat(r1.value().id()).isEqualTo(byId.id());
        assertThat(r1.value().mobile()).isEqualTo("13900139000");
        // a mobile match without identity number on file takes the row's number
        var r2 = customers.upsertByNaturalKey(CONSULTANT_A, CustomerDraft.person("李雷", "13900139000")
                .withIdNumber(LI_ID));
        assertThat(r2.value().id()).isNotEqualTo(byId.id());
        // now two customers share 139... and one of them has no match by number: the row is ambiguous
        Customer third = customers.create(CONSULTANT_A, CustomerDraft.person("韩梅梅", "13700137000"));
        customers.create(CONSULTANT_A, CustomerDraft.person("韩梅梅的丈夫", "13700137000"), true);
        assertThatThrownBy(() -> customers.upsertByNaturalKey(CONSULTANT_A,
                CustomerDraft.person("韩梅梅", "13700137000").withNotes("x")))
                .isInstanceOfSatisfying(DuplicateCustomerException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(DuplicateCustomerException.KEY_AMBIGUOUS);
                    assertThat(e.confirmable()).isFalse();
                    assertThat(e.matches()).hasSize(2);
                });
        assertThat(customers.get(CONSULTANT_A, third.id()).notes()).isNull();
        assertThat(byMobile.id()).isEqualTo(r2.value().id());
        // an invalid row is refused with every error
        assertThatThrownBy(() -> customers.upsertByNaturalKey(CONSULTANT_A, CustomerDraft.person(" ", "123")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("name", "mobile"));
    }

    @Test
    void searchAsYouType() {
        Customer wang = customers.create(CONSULTANT_A, CustomerDraft.person("Wang Fang", "13800138000")
                .withIdNumber(WANG_ID).withTags(Set.of("vip")));
        Customer wang2 = customers.create(CONSULTANT_A, CustomerDraft.person("王芳", "13912345678"));
        Customer li = customers.create(CONSULTANT_A, CustomerDraft.person("李雷", "13712348000"));
        Customer company = customers.create(CONSULTANT_A, CustomerDraft.company("王氏物流有限公司", "王总",
                "13600136000").withIdNumber(COMPANY_CODE));
        customers.create(CONSULTANT_A, CustomerDraft.person("100%_王", "13500135000"));

        assertThat(ids(CustomerQuery.text("wang"))).containsExactly(wang.id());
        assertThat(ids(CustomerQuery.text("WANG f"))).containsExactly(wang.id());
        assertThat(ids(CustomerQuery.text("王"))).containsExactlyInAnyOrder(wang2.id(), company.id());
        assertThat(ids(CustomerQuery.text("8000"))).containsExactlyInAnyOrder(wang.id(), li.id()); // ends with
        assertThat(ids(CustomerQuery.text("139"))).containsExactly(wang2.id());                   // starts with
        assertThat(ids(CustomerQuery.text("+86 138 0013 8000"))).containsExactly(wang.id());
        assertThat(ids(CustomerQuery.text(WANG_ID.toLowerCase()))).containsExactly(wang.id());
        assertThat(ids(CustomerQuery.text(WANG_ID.substring(0, 14)))).containsExactly(wang.id());
        assertThat(ids(CustomerQuery.text(COMPANY_CODE))).containsExactly(company.id());
        assertThat(ids(CustomerQuery.text("VIP"))).containsExactly(wang.id());
        assertThat(ids(CustomerQuery.text("100%"))).hasSize(1);   // wildcards are literal
        assertThat(ids(CustomerQuery.text("10_%"))).isEmpty();
        assertThat(ids(CustomerQuery.all().withType(CustomerType.COMPANY))).containsExactly(company.id());
        assertThat(ids(CustomerQuery.all().withTag("vip"))).containsExactly(wang.id());
        assertThat(ids(CustomerQuery.text("王").withType(CustomerType.PERSON))).containsExactly(wang2.id());
        assertThat(customers.count(CONSULTANT_A, CustomerQuery.text("王"))).isEqualTo(2);
        assertThat(customers.count(CONSULTANT_A, CustomerQuery.all())).isEqualTo(5);

        // sorting and paging
        List<CustomerSummary> byName = customers.find(CONSULTANT_A, CustomerQuery.all(), 0, 10);
        assertThat(byName).hasSize(5); // in the database's collation order of the lower-cased names
        assertThat(customers.find(CONSULTANT_A, CustomerQuery.all(), 1, 2)).extracting(CustomerSummary::id)
                .containsExactly(byName.get(1).id(), byName.get(2).id());
        clock.advance(Duration.ofMinutes(1));
        customers.update(CONSULTANT_A, li.id(), li.version(), li.toDraft().withNotes("最新"));
        assertThat(customers.find(CONSULTANT_A, CustomerQuery.all().sortedBy(Sort.UPDATED, true), 0, 1))
                .extracting(CustomerSummary::id).containsExactly(li.id());
        CustomerSummary row = customers.find(CONSULTANT_A, CustomerQuery.text("wang"), 0, 1).get(0);
        assertThat(row).isEqualTo(new CustomerSummary(wang.id(), STORE_A, CustomerType.PERSON, "Wang Fang", null,
                "13800138000", WANG_ID, null, wang.updatedAt(), wang.version()));
        assertThatThrownBy(() -> customers.find(CONSULTANT_A, CustomerQuery.all(), 0, 501))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<Long> ids(CustomerQuery q) {
        return customers.find(CONSULTANT_A, q, 0, 100).stream().map(CustomerSummary::id).toList();
    }

    @Test
    void consentWithdrawalIsKeptWithItsTime() {
        Customer c = customers.create(CONSULTANT_A, CustomerDraft.person("王芳", "13800138000")
                .withConsent(Consent.given(ConsentChannel.IN_STORE, Instant.parse("2026-01-02T03:04:05.678Z"))));
        assertThat(c.consent().at()).isEqualTo(Instant.parse("2026-01-02T03:04:05.678Z"));
        clock.advance(Duration.ofDays(3));
        Customer withdrawn = customers.update(CONSULTANT_A, c.id(), c.version(),
                c.toDraft().withConsent(Consent.withdrawn(ConsentChannel.PHONE, clock.instant())));
        assertThat(withdrawn.consent()).isEqualTo(new Consent(false, START.plus(Duration.ofDays(3)),
                ConsentChannel.PHONE));
        // consent dated in the future is refused
        assertThatThrownBy(() -> customers.update(CONSULTANT_A, c.id(), withdrawn.version(), c.toDraft()
                .withConsent(Consent.given(ConsentChannel.SMS, clock.instant().plus(Duration.ofDays(1))))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of(CustomerFields.CONSENT_AT, Keys.FUTURE)));
    }

    @Test
    void aCustomerNeverChangesStore() {
        Customer c = customers.create(BRAND_MANAGER_1, CustomerDraft.person("王芳", "13800138000")
                .withStoreId(STORE_A));
        Customer updated = customers.update(BRAND_MANAGER_1, c.id(), c.version(),
                c.toDraft().withStoreId(STORE_B).withNotes("moved?"));
        assertThat(updated.storeId()).isEqualTo(STORE_A);
        assertThatThrownBy(() -> customers.create(CONSULTANT_B, CustomerDraft.person("王芳", "13800138000")
                .withStoreId(STORE_A))).isInstanceOf(NotPermittedException.class);
    }
}
