package org.forecourt.imports.internal.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.forecourt.imports.internal.sheet.SheetReaderCsvTest.assertRefused;
import static org.forecourt.imports.internal.sheet.SheetReaderCsvTest.refused;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.forecourt.imports.internal.sheet.TestFiles.Formatted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetReaderXlsxTest {

    @TempDir
    Path dir;

    private static SheetReader open(byte[] bytes) {
        return SheetReader.open(new ByteArrayInputStream(bytes), "客户.xlsx");
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void readsCustomersAsTheUserSeesThem() throws IOException {
        byte[] xlsx = TestFiles.xlsx(List.of(
                row("客户姓名", "手机号", "身份证号", "生日", "积分", "余额", "VIP", "首次到店"),
                row("张三", 13800138000L, "110101199003077777", LocalDate.of(1990, 3, 7), 42, 0.1 + 0.2, true,
                        LocalDateTime.of(2024, 3, 5, 14, 30)),
                // fastexcel writes format codes unescaped into an attribute: escape the quotes here
                row(" 李四 ", 1.39001390E10, 110101199003077777L, new Formatted(LocalDate.of(1985, 12, 12),
                        "yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"), 1234.50, new BigDecimal("-5.000"), false,
                        new Formatted(LocalDateTime.of(2024, 3, 5, 9, 5, 7), "hh:mm:ss")),
                row("王小明", "13700137000", new BigDecimal("1.10101199001011E+17"), "2024/3/5", 1e15, 1e-7, null,
                        new Formatted(45000, "0.00"))));
        try (SheetReader reader = open(xlsx)) {
            assertThat(reader.format()).isEqualTo(SheetFormat.XLSX);
            assertThat(reader.charset()).isEmpty();
            assertThat(reader.delimiter()).isEmpty();
            assertThat(reader.sheetNames()).containsExactly("客户");
            assertThat(reader.headers()).containsExactly("客户姓名", "手机号", "身份证号", "生日", "积分", "余额", "VIP",
                    "首次到店");
            assertThat(reader.estimatedRowCount()).isEqualTo(3);
            List<SheetRow> rows = reader.rows().toList();
            assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(2, 3, 4);

            assertThat(rows.get(0).cells()).containsExactly("张三", "13800138000", "110101199003077777", "1990-03-07",
                    "42", "0.3", "TRUE", "2024-03-05 14:30");
            assertThat(rows.get(0).problems()).isEmpty();

            // a phone stored as a double, an ID card number stored as a number: digits lost, flagged
            assertThat(rows.get(1).cells()).containsExactly("李四", "13900139000", "110101199003077777",
                    "1985-12-12", "1234.5", "-5", "FALSE", "09:05:07");
            assertThat(rows.get(1).problems()).extracting(CellProblem::column, CellProblem::messageKey)
                    .containsExactly(tuple(2, SheetMessages.ID_NUMBER_ROUNDED));

            // what Excel itself writes for an 18-digit number typed into a General cell
            assertThat(rows.get(2).cells()).containsExactly("王小明", "13700137000", "110101199001011000",
                    "2024-03-05", "1000000000000000", "0.0000001", "", "45000");
            assertThat(rows.get(2).problems()).extracting(CellProblem::column, CellProblem::messageKey,
                    CellProblem::value).containsExactly(
                    tuple(2, SheetMessages.ID_NUMBER_ROUNDED, "110101199001011000"),
                    tuple(4, SheetMessages.NUMBER_ROUNDED, "1000000000000000"));
            assertThat(reader.progress()).isEqualTo(1.0);
        }
    }

    @Test
    void blankRowsAreSkippedButKeepTheNumbering() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(null);                              // row 1: nothing
        rows.add(row("  ", ""));                     // row 2: blanks only
        rows.add(row("Name", "Phone"));              // row 3: header
        rows.add(row("张三", "13800138000"));         // row 4
        rows.add(null);                              // row 5
        rows.add(row("", null, "\u3000"));           // row 6
        rows.add(row("李四", null, null, ""));        // row 7
        try (SheetReader reader = open(TestFiles.xlsx(rows))) {
            assertThat(reader.headerRowNumber()).isEqualTo(3);
            assertThat(reader.headers()).containsExactly("Name", "Phone");
            List<SheetRow> read = reader.rows().toList();
            assertThat(read).extracting(SheetRow::rowNumber).containsExactly(4, 7);
            assertThat(read.get(1).cells()).containsExactly("李四", "");
            assertThat(reader.columnLabel(1)).isEqualTo("Phone");
            assertThat(reader.columnLabel(5)).isEqualTo("F");
        }
    }

    @Test
    void picksTheFirstVisibleSheetOrTheNamedOne() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "Test", "1.0")) {
            Worksheet help = wb.newWorksheet("说明");
            help.value(0, 0, "请勿修改");
            help.setVisibilityState(VisibilityState.HIDDEN);
            TestFiles.fill(wb.newWorksheet("客户"), List.of(row("姓名"), row("张三")));
            TestFiles.fill(wb.newWorksheet("车辆"), List.of(row("车牌号", "VIN"), row("京A12345", "LSVAU2180N2183294")));
        }
        byte[] xlsx = out.toByteArray();
        try (SheetReader reader = open(xlsx)) {
            assertThat(reader.sheetNames()).containsExactly("说明", "客户", "车辆");
            assertThat(reader.sheetName()).isEqualTo("客户");
            assertThat(reader.rows().toList()).extracting(r -> r.cell(0)).containsExactly("张三");
        }
        SheetOptions vehicles = SheetOptions.DEFAULTS.withSheetName("车辆");
        try (SheetReader reader = SheetReader.open(new ByteArrayInputStream(xlsx), "x.xlsx", vehicles)) {
            assertThat(reader.headers()).containsExactly("车牌号", "VIN");
            assertThat(reader.rows().toList().get(0).cells()).containsExactly("京A12345", "LSVAU2180N2183294");
        }
        assertRefused(() -> SheetReader.open(new ByteArrayInputStream(xlsx), "x.xlsx",
                SheetOptions.DEFAULTS.withSheetName("保养")), SheetMessages.SHEET_NOT_FOUND);
    }

    @Test
    void handMadeXlsxWithSharedStringsAndExcelStyleNumbers() throws IOException {
        String data = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c><c r=\"B3\"><v>1.10101199001011E+17</v></c></row>"
                + "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>李四</t></is></c>"
                + "<c r=\"B4\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c></row>";
        byte[] xlsx = TestFiles.zip(TestFiles.parts(data, TestFiles.sst("姓名", "身份证号", "张三")));
        try (SheetReader reader = open(xlsx)) {
            List<SheetRow> rows = reader.rows().toList();
            assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(3, 4);
            assertThat(rows.get(0).cells()).containsExactly("张三", "110101199001011000");
            assertThat(rows.get(0).problems()).extracting(CellProblem::messageKey)
                    .containsExactly(SheetMessages.ID_NUMBER_ROUNDED);
            assertThat(rows.get(1).cells()).containsExactly("李四", "#DIV/0!");
            assertThat(rows.get(1).problems()).extracting(CellProblem::messageKey)
                    .containsExactly(SheetMessages.FORMULA_ERROR);
        }
    }

    @Test
    void truncatedOrCorruptXlsxIsUnreadable() throws IOException {
        byte[] xlsx = TestFiles.xlsx(List.of(row("姓名"), row("张三")));
        assertRefused(() -> open(Arrays.copyOf(xlsx, xlsx.length / 2)), SheetMessages.UNREADABLE);
        assertRefused(() -> open(Arrays.copyOf(xlsx, xlsx.length - 10)), SheetMessages.UNREADABLE);
        byte[] garbage = xlsx.clone();
        for (int i = 30; i < garbage.length - 200; i += 7) {
            garbage[i] ^= 0x5A;
        }
        assertRefused(() -> open(garbage).rows().toList(), SheetMessages.UNREADABLE);
        assertRefused(() -> open(new byte[] {'P', 'K', 3, 4, 1, 2, 3}), SheetMessages.UNREADABLE);

        var noContentTypes = TestFiles.parts("", TestFiles.sst());
        noContentTypes.remove("[Content_Types].xml");
        assertRefused(() -> open(TestFiles.zip(noContentTypes)), SheetMessages.UNREADABLE);

        var missingSheet = TestFiles.parts("", TestFiles.sst());
        missingSheet.remove("xl/worksheets/sheet1.xml");
        assertRefused(() -> open(TestFiles.zip(missingSheet)), SheetMessages.UNREADABLE);

        var ods = new java.util.LinkedHashMap<String, byte[]>();
        ods.put("mimetype", "application/vnd.oasis.opendocument.spreadsheet".getBytes());
        ods.put("content.xml", "<office:document-content/>".getBytes());
        assertRefused(() -> open(TestFiles.zip(ods)), SheetMessages.UNSUPPORTED_FORMAT);

        String badSst = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>";
        assertRefused(() -> open(TestFiles.zip(TestFiles.parts(badSst, TestFiles.sst("x")))), SheetMessages.UNREADABLE);
        String noRef = "<row><c t=\"inlineStr\"><is><t>姓名</t></is></c></row>";
        assertRefused(() -> open(TestFiles.zip(TestFiles.parts(noRef, TestFiles.sst()))), SheetMessages.UNREADABLE);
    }

    @Test
    void emptyWorkbookAndDataWithoutHeader() throws IOException {
        assertRefused(() -> open(TestFiles.zip(TestFiles.parts("", TestFiles.sst()))), SheetMessages.EMPTY);
        assertRefused(() -> open(TestFiles.xlsx(List.of(row(13800138000L, LocalDate.of(2024, 1, 1)),
                row(13900139000L, LocalDate.of(2024, 1, 2))))), SheetMessages.NO_HEADER);
    }

    @Test
    void streamsTwentyThousandRows() throws IOException {
        Path file = dir.resolve("big.xlsx");
        try (var out = java.nio.file.Files.newOutputStream(file); Workbook wb = new Workbook(out, "Test", "1.0")) {
            Worksheet ws = wb.newWorksheet("客户");
            TestFiles.fill(ws, List.of(row("姓名", "手机", "生日", "地址")));
            for (int r = 1; r <= 20_000; r++) {
                ws.value(r, 0, "客户" + r);
                ws.value(r, 1, 13_800_000_000L + r);
                ws.value(r, 2, LocalDate.of(1990, 1, 1).plusDays(r));
                ws.style(r, 2).format("yyyy-mm-dd").set();
                ws.value(r, 3, "北京市朝阳区建国路" + r + "号");
                if (r % 1000 == 0) {
                    ws.flush();
                }
            }
        }
        try (SheetReader reader = SheetReader.open(file)) {
            assertThat(reader.estimatedRowCount()).isEqualTo(20_000);
            long[] count = {0};
            double[] lastProgress = {0};
            reader.rows().forEach(row -> {
                count[0]++;
                assertThat(row.rowNumber()).isEqualTo(count[0] + 1);
                if (count[0] % 5000 == 0) {
                    assertThat(row.cells()).containsExactly("客户" + count[0], String.valueOf(13_800_000_000L + count[0]),
                            LocalDate.of(1990, 1, 1).plusDays(count[0]).toString(), "北京市朝阳区建国路" + count[0] + "号");
                    assertThat(reader.progress()).isGreaterThan(lastProgress[0]).isLessThan(1.0);
                    lastProgress[0] = reader.progress();
                }
            });
            assertThat(count[0]).isEqualTo(20_000);
            assertThat(reader.progress()).isEqualTo(1.0);
        }
    }

    @Test
    void rowLimitIsCheckedAtOpen() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("姓名"));
        for (int i = 0; i < 50; i++) {
            rows.add(row("客户" + i));
        }
        byte[] xlsx = TestFiles.xlsx(rows);
        SheetException e = refused(() -> SheetReader.open(new ByteArrayInputStream(xlsx), "x.xlsx",
                SheetOptions.DEFAULTS.withLimits(SheetLimits.DEFAULTS.withMaxRows(49))));
        assertThat(e.messageKey()).isEqualTo(SheetMessages.TOO_MANY_ROWS);
        assertThat(e.args()).containsExactly(49);
        try (SheetReader reader = SheetReader.open(new ByteArrayInputStream(xlsx), "x.xlsx",
                SheetOptions.DEFAULTS.withLimits(SheetLimits.DEFAULTS.withMaxRows(50)))) {
            assertThat(reader.rows().count()).isEqualTo(50);
        }
    }
}
