package org.forecourt.imports.internal.rows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CellsTest {

    final List<RowProblem> problems = new ArrayList<>();

    @Test
    void wholeNumbersAsStaffTypeThem() {
        assertThat(Cells.whole("12345", "km", problems)).isEqualTo(12345);
        assertThat(Cells.whole("12,345 km", "km", problems)).isEqualTo(12345);
        assertThat(Cells.whole("８０００公里".replace('８', '8').replace('０', '0'), "km", problems)).isEqualTo(8000);
        assertThat(Cells.whole("1234.6", "km", problems)).isEqualTo(1235);
        assertThat(Cells.whole("", "km", problems)).isNull();
        assertThat(problems).isEmpty();
        assertThat(Cells.whole("约一万", "km", problems)).isNull();
        assertThat(problems).containsExactly(RowProblem.of("km", RowKeys.NOT_A_NUMBER, "约一万"));
    }

    @Test
    void yearsAndDates() {
        assertThat(Cells.year("2023", "y", problems)).isEqualTo(2023);
        assertThat(Cells.year("2024款", "y", problems)).isEqualTo(2024);
        assertThat(Cells.year("2022 年", "y", problems)).isEqualTo(2022);
        assertThat(Cells.date("2023-05-18", "d", problems)).isEqualTo(LocalDate.of(2023, 5, 18));
        assertThat(Cells.date("2023-05-18 09:30", "d", problems)).isEqualTo(LocalDate.of(2023, 5, 18));
        assertThat(Cells.date("20230518", "d", problems)).isEqualTo(LocalDate.of(2023, 5, 18));
        assertThat(Cells.date("2023.5.8", "d", problems)).isEqualTo(LocalDate.of(2023, 5, 8));
        assertThat(Cells.date("2023年5月8日", "d", problems)).isEqualTo(LocalDate.of(2023, 5, 8));
        assertThat(problems).isEmpty();
        assertThat(Cells.year("二〇二三", "y", problems)).isNull();
        assertThat(Cells.date("2023-02-30", "d", problems)).isNull();
        assertThat(Cells.date("明天", "d", problems)).isNull();
        assertThat(problems).extracting(RowProblem::messageKey)
                .containsExactly(RowKeys.NOT_A_YEAR, RowKeys.NOT_A_DATE, RowKeys.NOT_A_DATE);
    }

    @Test
    void yesNoAndTags() {
        assertThat(Cells.yesNo("是", "c", problems)).isTrue();
        assertThat(Cells.yesNo("Y", "c", problems)).isTrue();
        assertThat(Cells.yesNo("不同意", "c", problems)).isFalse();
        assertThat(Cells.yesNo("FALSE", "c", problems)).isFalse();
        assertThat(Cells.yesNo(" ", "c", problems)).isNull();
        assertThat(problems).isEmpty();
        assertThat(Cells.yesNo("也许", "c", problems)).isNull();
        assertThat(problems).singleElement().extracting(RowProblem::messageKey).isEqualTo(RowKeys.INVALID_CHOICE);
        assertThat(Cells.tags("VIP，老客户、 车主;保险|")).containsExactly("VIP", "老客户", "车主", "保险");
        assertThat(Cells.tags("")).isEmpty();
    }

    @Test
    void serviceFieldsMapToTheirColumns() {
        assertThat(CustomerRows.columnOf("address.city")).isEqualTo(CustomerRows.CITY);
        assertThat(CustomerRows.columnOf("otherContacts[2].value")).isEqualTo(CustomerRows.MOBILE);
        assertThat(CustomerRows.columnOf("consent.channel")).isEqualTo(CustomerRows.CONSENT);
        assertThat(CustomerRows.columnOf("source")).isNull();
        assertThat(VehicleRows.columnOf("odometer.km")).isEqualTo(VehicleRows.ODOMETER);
        assertThat(VehicleRows.columnOf("ownerId")).isEqualTo(VehicleRows.OWNER_MOBILE);
        assertThat(VehicleRows.columnOf("trimId")).isNull();
    }

    @Test
    void columnTitlesInChineseAndEnglish() {
        var customers = CustomerRows.COLUMNS.map(List.of("客户姓名*", "手机号码(必填)", "证件号码", "Tags", "门店代码"));
        assertThat(customers.isComplete()).isTrue();
        assertThat(customers.columns()).containsOnlyKeys(CustomerRows.NAME, CustomerRows.MOBILE,
                CustomerRows.ID_NUMBER, CustomerRows.TAGS, CustomerRows.STORE);
        var vehicles = VehicleRows.COLUMNS.map(List.of("车架号", "车牌号码", "Odometer (km)", "车主手机号", "初登日期"));
        assertThat(vehicles.isComplete()).isTrue();
        assertThat(vehicles.unknownColumns()).isEmpty();
    }
}
