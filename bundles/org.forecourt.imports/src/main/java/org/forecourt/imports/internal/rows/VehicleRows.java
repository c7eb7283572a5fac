package org.forecourt.imports.internal.rows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.forecourt.core.api.ConflictException;
import org.forecourt.core.api.ForecourtException;
import org.forecourt.core.api.validation.ChineseMobile;
import org.forecourt.imports.api.ImportKind;
import org.forecourt.imports.internal.sheet.ColumnMap;
import org.forecourt.imports.internal.sheet.SheetRow;
import org.forecourt.masterdata.api.UpsertResult;
import org.forecourt.masterdata.api.customer.CustomerQuery;
import org.forecourt.masterdata.api.customer.CustomerService;
import org.forecourt.masterdata.api.customer.CustomerSummary;
import org.forecourt.masterdata.api.vehicle.OdometerDraft;
import org.forecourt.masterdata.api.vehicle.OdometerSource;
import org.forecourt.masterdata.api.vehicle.Vehicle;
import org.forecourt.masterdata.api.vehicle.VehicleDraft;
import org.forecourt.masterdata.api.vehicle.VehicleFields;
import org.forecourt.masterdata.api.vehicle.VehicleService;

/**
 * Vehicle rows, matched within the store by VIN ({@link VehicleService#upsertByNaturalKey}). Make and model are
 * stored as text (车型 as written in the file). The owner (车主手机) is the store's customer with that mobile number
 * and must exist (import customers first). An odometer reading (里程) is recorded as of today with source
 * {@link OdometerSource#IMPORT}, unless the vehicle's latest reading already shows that value (so importing the file
 * again records nothing). When the reading is refused (lower than an earlier one), the row is rejected on the
 * odometer column; the vehicle's other values from the row are kept.
 */
public final class VehicleRows implements RowImporter {

    public static final String VIN = "vin";
    public static final String PLATE = "plate";
    public static final String MAKE = "make";
    public static final String MODEL = "model";
    public static final String COLOUR = "colour";
    public static final String MODEL_YEAR = "modelYear";
    public static final String FIRST_REGISTRATION = "firstRegistration";
    public static final String ODOMETER = "odometer";
    public static final String OWNER_MOBILE = "ownerMobile";
    public static final String STORE = CustomerRows.STORE;

    static final ColumnMap COLUMNS = ColumnMap.builder()
            .required(VIN, "VIN", "车架号", "车辆识别代号", "车辆识别码", "VIN码", "车架号码", "Vehicle identification number")
            .optional(PLATE, "车牌", "车牌号", "车牌号码", "号牌号码", "Plate", "Licence plate", "License plate",
                    "Plate number")
            .optional(MAKE, "品牌", "厂牌", "Make", "Brand")
            .optional(MODEL, "车型", "车系", "Model")
            .optional(COLOUR, "颜色", "车身颜色", "Colour", "Color")
            .optional(MODEL_YEAR, "年款", "车型年款", "Model year", "Year")
            .optional(FIRST_REGISTRATION, "初登日期", "首次登记日期", "初次登记日期", "上牌日期", "注册日期",
                    "First registration", "First registration date", "Registration date")
            .optional(ODOMETER, "里程", "行驶里程", "里程数", "公里数", "表显里程", "里程(公里)", "里程(km)", "Odometer",
                    "Odometer km", "Odometer (km)", "Mileage", "km")
            .optional(OWNER_MOBILE, "车主手机", "车主手机号", "车主电话", "车主联系电话", "Owner mobile", "Owner phone",
                    "Owner mobile phone")
            .optional(STORE, "门店", "门店代码", "门店编码", "Store", "Store code")
            .build();

    private static final Map<String, String> FIELD_COLUMNS = Map.ofEntries(
            Map.entry(VehicleFields.STORE_ID, STORE),
            Map.entry(VehicleFields.VIN, VIN),
            Map.entry(VehicleFields.PLATE, PLATE),
            Map.entry(VehicleFields.MAKE_TEXT, MAKE),
            Map.entry(VehicleFields.MODEL_TEXT, MODEL),
            Map.entry(VehicleFields.COLOUR, COLOUR),
            Map.entry(VehicleFields.MODEL_YEAR, MODEL_YEAR),
            Map.entry(VehicleFields.FIRST_REGISTRATION, FIRST_REGISTRATION),
            Map.entry(VehicleFields.OWNER_ID, OWNER_MOBILE),
            Map.entry(VehicleFields.OWNER_FROM, OWNER_MOBILE),
            Map.entry(VehicleFields.ODOMETER_DATE, ODOMETER),
            Map.entry(VehicleFields.ODOMETER_KM, ODOMETER),
            Map.entry(VehicleFields.ODOMETER_SOURCE, ODOMETER));

    private final VehicleService vehicles;
    private final CustomerService customers;

    public VehicleRows(VehicleService vehicles, CustomerService customers) {
        this.vehicles = vehicles;
        this.customers = customers;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.VEHICLES;
    }

    @Override
    public ColumnMap columns() {
        return COLUMNS;
    }

    static String columnOf(String serviceField) {
        return FIELD_COLUMNS.get(Refusals.plain(serviceField));
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
        Integer modelYear = Cells.year(m.value(row, MODEL_YEAR), MODEL_YEAR, problems);
        LocalDate firstRegistration = Cells.date(m.value(row, FIRST_REGISTRATION), FIRST_REGISTRATION, problems);
        Integer km = Cells.whole(m.value(row, ODOMETER), ODOMETER, problems);
        Long ownerId = null;
        String ownerMobile = Cells.text(m.value(row, OWNER_MOBILE));
        if (ownerMobile != null && storeId != null) {
            ownerId = owner(context, storeId, ownerMobile, problems);
        }
        if (!problems.isEmpty()) {
            return RowResult.rejected(problems);
        }

        VehicleDraft draft = new VehicleDraft(storeId, Cells.text(m.value(row, VIN)), Cells.text(m.value(row, PLATE)),
                null, null, null, Cells.text(m.value(row, MAKE)), Cells.text(m.value(row, MODEL)),
                Cells.text(m.value(row, COLOUR)), modelYear, firstRegistration, ownerId);
        UpsertResult<Vehicle> result;
        try {
            result = upsert(context, draft);
        } catch (ForecourtException e) {
            return RowResult.rejected(Refusals.of(e, VehicleRows::columnOf, null));
        }
        RowResult.Outcome outcome = switch (result.outcome()) {
            case CREATED -> RowResult.Outcome.IMPORTED;
            case UPDATED -> RowResult.Outcome.UPDATED;
            case UNCHANGED -> RowResult.Outcome.UNCHANGED;
        };
        Vehicle v = result.value();
        if (km != null && (v.lastOdometerKm() == null || v.lastOdometerKm().intValue() != km)) {
            try {
                vehicles.recordOdometer(context.actor(), v.id(), OdometerDraft.of(context.today(), km,
                        OdometerSource.IMPORT));
            } catch (ForecourtException e) {
                return RowResult.rejected(Refusals.of(e, VehicleRows::columnOf, ODOMETER));
            }
            if (outcome == RowResult.Outcome.UNCHANGED) {
                outcome = RowResult.Outcome.UPDATED;
            }
        }
        return RowResult.of(outcome);
    }

    private UpsertResult<Vehicle> upsert(RowContext context, VehicleDraft draft) {
        try {
            return vehicles.upsertByNaturalKey(context.actor(), draft);
        } catch (ConflictException e) {
            return vehicles.upsertByNaturalKey(context.actor(), draft);
        }
    }

    /** The store's customer with this mobile number; a problem when the number is invalid, unknown or shared. */
    private Long owner(RowContext context, long storeId, String mobile, List<RowProblem> problems) {
        Optional<String> invalid = ChineseMobile.problem(mobile);
        if (invalid.isPresent()) {
            problems.add(RowProblem.of(OWNER_MOBILE, invalid.get()));
            return null;
        }
        String normalized = ChineseMobile.normalize(mobile);
        List<CustomerSummary> found;
        try {
            found = customers.find(context.actor(), CustomerQuery.text(normalized).withStoreId(storeId), 0, 2);
        } catch (ForecourtException e) {
            problems.addAll(Refusals.of(e, f -> OWNER_MOBILE, OWNER_MOBILE));
            return null;
        }
        if (found.isEmpty()) {
            problems.add(RowProblem.of(OWNER_MOBILE, RowKeys.OWNER_NOT_FOUND, normalized));
            return null;
        }
        if (found.size() > 1) {
            long count = customers.count(context.actor(), CustomerQuery.text(normalized).withStoreId(storeId));
            problems.add(RowProblem.of(OWNER_MOBILE, RowKeys.OWNER_AMBIGUOUS, count, normalized));
            return null;
        }
        return found.get(0).id();
    }
}
