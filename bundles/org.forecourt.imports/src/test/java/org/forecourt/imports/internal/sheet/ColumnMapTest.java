package org.forecourt.imports.internal.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ColumnMapTest {

    private static final ColumnMap CUSTOMERS = ColumnMap.builder()
            .required("name", "姓名", "客户姓名", "Name", "Full name")
            .required("phone", "手机号", "手机", "联系电话", "Phone", "Mobile")
            .optional("idNumber", "身份证号", "证件号码", "ID number")
            .optional("email", "邮箱", "E-mail")
            .build();

    @Test
    void mapsChineseAndEnglishTitlesLoosely() {
        ColumnMap.Mapping zh = CUSTOMERS.map(List.of("序号", "客户 姓名", "*手机", "身份证号（选填）", "", "备注"));
        assertThat(zh.columns()).containsExactly(java.util.Map.entry("name", 1), java.util.Map.entry("phone", 2),
                java.util.Map.entry("idNumber", 3));
        assertThat(zh.unknownColumns()).containsExactly(0, 5);
        assertThat(zh.unknownHeaders()).containsExactly("序号", "备注");
        assertThat(zh.missingRequired()).isEmpty();
        assertThat(zh.isComplete()).isTrue();
        assertThat(zh.fieldAt(2)).isEqualTo("phone");
        assertThat(zh.fieldAt(4)).isNull();
        assertThat(zh.has("email")).isFalse();

        ColumnMap.Mapping en = CUSTOMERS.map(List.of("FULL NAME", "ｍｏｂｉｌｅ", "Id_Number", "e-mail:"));
        assertThat(en.columns()).containsOnlyKeys("name", "phone", "idNumber", "email");
        assertThat(en.column("phone")).hasValue(1);
        assertThat(en.column("email")).hasValue(3);
    }

    @Test
    void valuesAndProblemsOfARow() {
        ColumnMap.Mapping m = CUSTOMERS.map(List.of("姓名", "手机", "身份证号"));
        SheetRow row = new SheetRow(5, List.of("张三", "13800138000", "110101199001011000"),
                List.of(new CellProblem(2, "110101199001011000", SheetMessages.ID_NUMBER_ROUNDED, "110101199001011000")));
        assertThat(m.value(row, "name")).isEqualTo("张三");
        assertThat(m.value(row, "email")).isEmpty();
        assertThat(m.problems(row, "idNumber")).extracting(CellProblem::messageKey)
                .containsExactly(SheetMessages.ID_NUMBER_ROUNDED);
        assertThat(m.problems(row, "name")).isEmpty();
    }

    @Test
    void firstOfTwoColumnsWinsAndTheOtherIsReported() {
        ColumnMap.Mapping m = CUSTOMERS.map(List.of("手机", "姓名", "联系电话"));
        assertThat(m.column("phone")).hasValue(0);
        assertThat(m.duplicateColumns()).containsExactly(2);
        assertThat(m.unknownColumns()).isEmpty();
    }

    @Test
    void refusesHeadersThatCannotBeImported() {
        ColumnMap.Mapping missing = CUSTOMERS.map(List.of("姓名", "地址"));
        assertThat(missing.missingRequired()).extracting(ColumnMap.Field::name).containsExactly("phone");
        assertThatThrownBy(() -> missing.requireComplete(1)).isInstanceOfSatisfying(SheetException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(SheetMessages.MISSING_COLUMNS);
            assertThat(e.args()).containsExactly("手机号");
        });
        ColumnMap.Mapping none = CUSTOMERS.map(List.of("车牌号", "VIN"));
        assertThatThrownBy(() -> none.requireComplete(3)).isInstanceOfSatisfying(SheetException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(SheetMessages.NO_KNOWN_COLUMNS);
            assertThat(e.args()).containsExactly(3, "姓名, 手机号, 身份证号, 邮箱");
        });
    }

    @Test
    void normalizesTitles() {
        assertThat(ColumnMap.normalize(" 客户\u3000姓名 (必填) ")).isEqualTo("客户姓名");
        assertThat(ColumnMap.normalize("ＦＵＬＬ　ＮＡＭＥ：")).isEqualTo("fullname");
        assertThat(ColumnMap.normalize("金额(元)")).isEqualTo("金额(元)");
        assertThat(ColumnMap.normalize(null)).isEmpty();
    }

    @Test
    void rejectsAmbiguousDefinitions() {
        assertThatThrownBy(() -> ColumnMap.builder().optional("a", "电话").optional("b", " 电 话 ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("电 话");
        assertThatThrownBy(() -> ColumnMap.builder().optional("a", "x").optional("a", "y").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ColumnMap.builder().optional("a").build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
