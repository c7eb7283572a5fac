package org.forecourt.imports.internal.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forecourt.imports.internal.sheet.CellValues.DateKind.DATE;
import static org.forecourt.imports.internal.sheet.CellValues.DateKind.DATE_TIME;
import static org.forecourt.imports.internal.sheet.CellValues.DateKind.DATE_TIME_SECONDS;
import static org.forecourt.imports.internal.sheet.CellValues.DateKind.NONE;
import static org.forecourt.imports.internal.sheet.CellValues.DateKind.TIME;
import static org.forecourt.imports.internal.sheet.CellValues.DateKind.TIME_SECONDS;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CellValuesTest {

    private static String number(String value, List<CellProblem> problems) {
        return CellValues.number(new BigDecimal(value), 0, problems);
    }

    @Test
    void numbersAsExcelShowsThem() {
        List<CellProblem> problems = new ArrayList<>();
        assertThat(number("13800138000", problems)).isEqualTo("13800138000");
        assertThat(number("1.3800138E10", problems)).isEqualTo("13800138000");
        assertThat(number("42.0", problems)).isEqualTo("42");
        assertThat(number("0.30000000000000004", problems)).isEqualTo("0.3");
        assertThat(number("-0.0", problems)).isEqualTo("0");
        assertThat(number("1E-7", problems)).isEqualTo("0.0000001");
        assertThat(number("110101199003077", problems)).isEqualTo("110101199003077"); // old 15-digit ID: intact
        assertThat(problems).isEmpty();

        assertThat(number("1.10101199001011E+17", problems)).isEqualTo("110101199001011000");
        assertThat(number("6222021234567890123", problems)).isEqualTo("6222021234567890123");
        assertThat(number("6222021234567890", problems)).isEqualTo("6222021234567890");
        assertThat(problems).extracting(CellProblem::messageKey).containsExactly(SheetMessages.ID_NUMBER_ROUNDED,
                SheetMessages.NUMBER_ROUNDED, SheetMessages.NUMBER_ROUNDED);
    }

    @Test
    void textsAreTrimmedDatesNormalizedAndLostNumbersFlagged() {
        List<CellProblem> problems = new ArrayList<>();
        assertThat(CellValues.text("\u3000\uFEFF 张三 \u00A0\u200B", 0, problems)).isEqualTo("张三");
        assertThat(CellValues.text("2024/3/5", 0, problems)).isEqualTo("2024-03-05");
        assertThat(CellValues.text("2024年3月5日", 0, problems)).isEqualTo("2024-03-05");
        assertThat(CellValues.text("2024.12.31 8:05", 0, problems)).isEqualTo("2024-12-31 08:05");
        assertThat(CellValues.text("2024-02-30", 0, problems)).isEqualTo("2024-02-30"); // not a date: as is
        assertThat(CellValues.text("3/5/2024", 0, problems)).isEqualTo("3/5/2024"); // ambiguous: as is
        assertThat(CellValues.text("1.5E+3", 0, problems)).isEqualTo("1.5E+3"); // short: harmless
        assertThat(problems).isEmpty();

        assertThat(CellValues.text("1.10101E+17", 1, problems)).isEqualTo("1.10101E+17");
        assertThat(CellValues.text("1.38001E+10", 2, problems)).isEqualTo("1.38001E+10");
        assertThat(CellValues.text("#REF!", 3, problems)).isEqualTo("#REF!");
        assertThat(problems).extracting(CellProblem::column, CellProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, SheetMessages.ID_NUMBER_ROUNDED),
                org.assertj.core.groups.Tuple.tuple(2, SheetMessages.NUMBER_ROUNDED),
                org.assertj.core.groups.Tuple.tuple(3, SheetMessages.FORMULA_ERROR));
        assertThat(problems.get(0).args()).containsExactly("1.10101E+17");
    }

    @Test
    void dateFormatsByIdAndByCode() {
        assertThat(CellValues.dateKind(14, "mm-dd-yy")).isEqualTo(DATE);
        assertThat(CellValues.dateKind(31, null)).isEqualTo(DATE);      // yyyy"年"m"月"d"日" in Chinese Excel
        assertThat(CellValues.dateKind(57, null)).isEqualTo(DATE);
        assertThat(CellValues.dateKind(20, "h:mm")).isEqualTo(TIME);
        assertThat(CellValues.dateKind(21, "h:mm:ss")).isEqualTo(TIME_SECONDS);
        assertThat(CellValues.dateKind(22, "m/d/yy h:mm")).isEqualTo(DATE_TIME);
        assertThat(CellValues.dateKind(0, null)).isEqualTo(NONE);
        assertThat(CellValues.dateKind(2, "0.00")).isEqualTo(NONE);
        assertThat(CellValues.dateKind(49, "@")).isEqualTo(NONE);
        assertThat(CellValues.dateKind(164, "yyyy\"年\"m\"月\"d\"日\"")).isEqualTo(DATE);
        assertThat(CellValues.dateKind(165, "[$-804]yyyy/m/d;@")).isEqualTo(DATE);
        assertThat(CellValues.dateKind(166, "yyyy-mm-dd hh:mm:ss")).isEqualTo(DATE_TIME_SECONDS);
        assertThat(CellValues.dateKind(167, "上午/下午h\"时\"mm\"分\"")).isEqualTo(TIME);
        assertThat(CellValues.dateKind(168, "[h]:mm:ss")).isEqualTo(TIME_SECONDS);
        assertThat(CellValues.dateKind(169, "#,##0.00\"元\"")).isEqualTo(NONE);
        assertThat(CellValues.dateKind(170, "[Red][<=100]0;\"d\"0")).isEqualTo(NONE);
        assertThat(CellValues.dateKind(171, "0.00E+00")).isEqualTo(NONE);
        assertThat(CellValues.dateKind(172, "\u00A5#,##0.00;\u00A5-#,##0.00")).isEqualTo(NONE);
        assertThat(CellValues.dateKind(173, "General")).isEqualTo(NONE);
    }

    @Test
    void dateTimesAsIso() {
        LocalDateTime t = LocalDateTime.of(2024, 3, 5, 14, 30, 15);
        assertThat(CellValues.dateTime(t, DATE)).isEqualTo("2024-03-05");
        assertThat(CellValues.dateTime(t, DATE_TIME)).isEqualTo("2024-03-05 14:30");
        assertThat(CellValues.dateTime(t, DATE_TIME_SECONDS)).isEqualTo("2024-03-05 14:30:15");
        assertThat(CellValues.dateTime(t, TIME)).isEqualTo("14:30");
    }

    @Test
    void columnLetters() {
        assertThat(CellValues.columnLetter(0)).isEqualTo("A");
        assertThat(CellValues.columnLetter(25)).isEqualTo("Z");
        assertThat(CellValues.columnLetter(26)).isEqualTo("AA");
        assertThat(CellValues.columnLetter(701)).isEqualTo("ZZ");
        assertThat(CellValues.columnLetter(702)).isEqualTo("AAA");
        assertThat(CellValues.columnLetter(16_383)).isEqualTo("XFD");
    }
}
