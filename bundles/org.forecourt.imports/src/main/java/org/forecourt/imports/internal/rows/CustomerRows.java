package org.forecourt.imports.internal.rows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.forecourt.core.api.ConflictException;
import org.forecourt.core.api.ForecourtException;
import org.forecourt.core.api.validation.ChineseIdCard;
import org.forecourt.core.api.validation.SocialCreditCode;
import org.forecourt.imports.api.ImportKind;
import org.forecourt.imports.internal.sheet.ColumnMap;
import org.forecourt.imports.internal.sheet.SheetRow;
import org.forecourt.masterdata.api.UpsertResult;
import org.forecourt.masterdata.api.customer.Address;
import org.forecourt.masterdata.api.customer.Consent;
import org.forecourt.masterdata.api.customer.ConsentChannel;
import org.forecourt.masterdata.api.customer.Customer;
import org.forecourt.masterdata.api.customer.CustomerDraft;
import org.forecourt.masterdata.api.customer.CustomerFields;
import org.forecourt.masterdata.api.customer.CustomerService;
import org.forecourt.masterdata.api.customer.CustomerType;
import org.forecourt.masterdata.api.customer.DuplicateCustomerException;

/**
 * Customer rows: persons and companies, matched within the store by identity number, then by mobile number
 * ({@link CustomerService#upsertByNaturalKey}). Only the cells a row fills replace stored values; tags are added.
 *
 * <p>Type (类型): 个人 / 公司 (and English); when the column is missing or blank, a row with a valid unified social
 * credit code or a contact person is a company, every other row a person. Consent (同意联系): 是 / 否; a yes records
 * consent given through channel OTHER, a no a withdrawal; blank leaves it as it is.
 */
public final class CustomerRows implements RowImporter {

    public static final String NAME = "name";
    public static final String MOBILE = "mobile";
    public static final String ID_NUMBER = "idNumber";
    public static final String TYPE = "type";
    public static final String CONTACT_PERSON = "contactPerson";
    public static final String PROVINCE = "province";
    public static final String CITY = "city";
    public static final String DISTRICT = "district";
    public static final String STREET = "street";
    public static final String TAGS = "tags";
    public static final String CONSENT = "consent";
    public static final String NOTES = "notes";
    public static final String STORE = "store";

    static final ColumnMap COLUMNS = ColumnMap.builder()
            .required(NAME, "姓名", "客户姓名", "客户名称", "名称", "Name", "Full name", "Customer name")
            .required(MOBILE, "手机", "手机号", "手机号码", "移动电话", "联系电话", "电话", "Mobile", "Mobile phone",
                    "Mobile number", "Phone", "Cell phone")
            .optional(ID_NUMBER, "身份证号", "身份证", "身份证号码", "证件号码", "证件号", "统一社会信用代码", "ID number",
                    "ID card", "ID card number", "Credit code")
            .optional(TYPE, "类型", "客户类型", "Type", "Customer type")
            .optional(CONTACT_PERSON, "联系人", "Contact person", "Contact")
            .optional(PROVINCE, "省", "省份", "Province")
            .optional(CITY, "市", "城市", "City")
            .optional(DISTRICT, "区", "区县", "区/县", "District")
            .optional(STREET, "地址", "详细地址", "街道地址", "联系地址", "Address", "Street", "Street address")
            .optional(TAGS, "标签", "客户标签", "Tags", "Tag")
            .optional(CONSENT, "同意联系", "是否同意联系", "同意回访", "Consent", "Consent to contact")
            .optional(NOTES, "备注", "Notes", "Note", "Remarks")
            .optional(STORE, "门店", "门店代码", "门店编码", "Store", "Store code")
            .build();

    /** The master data field of a validation error → the column it came from. */
    private static final Map<String, String> FIELD_COLUMNS = Map.ofEntries(
            Map.entry(CustomerFields.STORE_ID, STORE),
            Map.entry(CustomerFields.TYPE, TYPE),
            Map.entry(CustomerFields.NAME, NAME),
            Map.entry(CustomerFields.CONTACT_PERSON, CONTACT_PERSON),
            Map.entry(CustomerFields.MOBILE, MOBILE),
            Map.entry(CustomerFields.ADDRESS_PROVINCE, PROVINCE),
            Map.entry(CustomerFields.ADDRESS_CITY, CITY),
            Map.entry(CustomerFields.ADDRESS_DISTRICT, DISTRICT),
            Map.entry(CustomerFields.ADDRESS_STREET, STREET),
            Map.entry(CustomerFields.ID_NUMBER, ID_NUMBER),
            Map.entry(CustomerFields.GENDER, ID_NUMBER),
            Map.entry(CustomerFields.BIRTH_DATE, ID_NUMBER),
            Map.entry(CustomerFields.CONSENT, CONSENT),
            Map.entry(CustomerFields.CONSENT_CHANNEL, CONSENT),
            Map.entry(CustomerFields.CONSENT_AT, CONSENT),
            Map.entry(CustomerFields.TAGS, TAGS),
            Map.entry(CustomerFields.NOTES, NOTES));

    private static final Map<String, CustomerType> TYPES = Map.ofEntries(
            Map.entry("个人", CustomerType.PERSON), Map.entry("私人", CustomerType.PERSON),
            Map.entry("自然人", CustomerType.PERSON), Map.entry("person", CustomerType.PERSON),
            Map.entry("individual", CustomerType.PERSON), Map.entry("private", CustomerType.PERSON),
            Map.entry("p", CustomerType.PERSON),
            Map.entry("公司", CustomerType.COMPANY), Map.entry("企业", CustomerType.COMPANY),
            Map.entry("单位", CustomerType.COMPANY), Map.entry("法人", CustomerType.COMPANY),
            Map.entry("集团", CustomerType.COMPANY), Map.entry("company", CustomerType.COMPANY),
            Map.entry("business", CustomerType.COMPANY), Map.entry("corporate", CustomerType.COMPANY),
            Map.entry("c", CustomerType.COMPANY));

    private final CustomerService customers;

    public CustomerRows(CustomerService customers) {
        this.customers = customers;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.CUSTOMERS;
    }

    @Override
    public ColumnMap columns() {
        return COLUMNS;
    }

    static String columnOf(String serviceField) {
        return FIELD_COLUMNS.get(Refusals.plain(serviceField).replaceAll("^otherContacts.*", CustomerFields.MOBILE));
    }

    @Override
    public RowResult importRow(RowContext context, ColumnMap.Mapping m, SheetRow row) {
        List<RowProblem> problems = new ArrayList<>();
        Refusals.cellProblems(m, row, problems);

        String storeCode = Cells.text(m.value(row, STORE));
        Long storeId = context.storeOf(storeCode);
        if (storeId == null) {
            problems.add(RowProblem.of(STORE, RowKeys.STORE_NOT_IN_SCOPE, storeCode));
        }
        String contactPerson = Cells.text(m.value(row, CONTACT_PERSON));
        String idNumber = Cells.text(m.value(row, ID_NUMBER));
        CustomerType type = type(m.value(row, TYPE), idNumber, contactPerson, problems);
        Consent consent = consent(m.value(row, CONSENT), problems);
        if (!problems.isEmpty()) {
            return RowResult.rejected(problems);
        }

        CustomerDraft draft = new CustomerDraft(storeId, type, Cells.text(m.value(row, NAME)),
                type == CustomerType.COMPANY ? contactPerson : null, Cells.text(m.value(row, MOBILE)), List.of(),
                new Address(Cells.text(m.value(row, PROVINCE)), Cells.text(m.value(row, CITY)),
                        Cells.text(m.value(row, DISTRICT)), Cells.text(m.value(row, STREET))),
                idNumber, null, null, consent, Cells.tags(m.value(row, TAGS)), null,
                Cells.text(m.value(row, NOTES)));
        try {
            UpsertResult<Customer> result = upsert(context, draft);
            return RowResult.of(switch (result.outcome()) {
                case CREATED -> RowResult.Outcome.IMPORTED;
                case UPDATED -> RowResult.Outcome.UPDATED;
                case UNCHANGED -> RowResult.Outcome.UNCHANGED;
            });
        } catch (DuplicateCustomerException e) {
            String field = DuplicateCustomerException.KEY_ID_NUMBER_TAKEN.equals(e.messageKey()) ? ID_NUMBER : MOBILE;
            return RowResult.rejected(List.of(new RowProblem(field, e.messageKey(), List.of(e.args()))));
        } catch (ForecourtException e) {
            return RowResult.rejected(Refusals.of(e, CustomerRows::columnOf, null));
        }
    }

    /** One retry when someone saved the same customer at the same moment. */
    private UpsertResult<Customer> upsert(RowContext context, CustomerDraft draft) {
        try {
            return customers.upsertByNaturalKey(context.actor(), draft);
        } catch (ConflictException e) {
            return customers.upsertByNaturalKey(context.actor(), draft);
        }
    }

    private static CustomerType type(String raw, String idNumber, String contactPerson, List<RowProblem> problems) {
        if (!Cells.blank(raw)) {
            CustomerType t = TYPES.get(raw.strip().toLowerCase(Locale.ROOT));
            if (t == null) {
                problems.add(RowProblem.of(TYPE, RowKeys.INVALID_CHOICE, raw.strip(), "个人 / 公司 / Person / Company"));
            }
            return t;
        }
        if (idNumber != null && SocialCreditCode.problem(idNumber).isEmpty()
                && ChineseIdCard.problem(idNumber).isPresent()) {
            return CustomerType.COMPANY;
        }
        return contactPerson != null ? CustomerType.COMPANY : CustomerType.PERSON;
    }

    private static Consent consent(String raw, List<RowProblem> problems) {
        Boolean yes = Cells.yesNo(raw, CONSENT, problems);
        if (yes == null) {
            return Consent.NONE;
        }
        return yes ? Consent.given(ConsentChannel.OTHER, null) : Consent.withdrawn(ConsentChannel.OTHER, null);
    }

    /** For tests and help texts: every logical field of the customer columns. */
    static Set<String> fields() {
        return Set.of(NAME, MOBILE, ID_NUMBER, TYPE, CONTACT_PERSON, PROVINCE, CITY, DISTRICT, STREET, TAGS, CONSENT,
                NOTES, STORE);
    }
}
