package org.forecourt.imports.internal.sheet;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.forecourt.imports.internal.sheet.TestFiles.GBK;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetReaderCsvTest {

    private static final String CUSTOMERS = """
            姓名,手机,身份证号,地址
            张三,13800138000,110101199003077777,北京市朝阳区
            李四,13900139000,310101198512120036,上海市浦东新区
            王小明,13700137000,44030419900101002X,深圳市南山区
            """;

    @TempDir
    Path dir;

    private static SheetReader open(byte[] bytes) {
        return SheetReader.open(new ByteArrayInputStream(bytes), "客户.csv");
    }

    private static SheetReader open(byte[] bytes, SheetLimits limits) {
        return SheetReader.open(new ByteArrayInputStream(bytes), "客户.csv", SheetOptions.DEFAULTS.withLimits(limits));
    }

    private static List<SheetRow> all(SheetReader reader) {
        return reader.rows().toList();
    }

    private static void assertCustomers(SheetReader reader, Charset charset) {
        assertThat(reader.format()).isEqualTo(SheetFormat.CSV);
        assertThat(reader.charset()).contains(charset);
        assertThat(reader.delimiter()).contains(',');
        assertThat(reader.headers()).containsExactly("姓名", "手机", "身份证号", "地址");
        assertThat(reader.headerRowNumber()).isEqualTo(1);
        List<SheetRow> rows = all(reader);
        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(2, 3, 4);
        assertThat(rows).extracting(r -> r.cell(0)).containsExactly("张三", "李四", "王小明");
        assertThat(rows.get(0).cells()).containsExactly("张三", "13800138000", "110101199003077777", "北京市朝阳区");
        assertThat(rows.get(2).cell(2)).isEqualTo("44030419900101002X");
        assertThat(rows).allSatisfy(r -> assertThat(r.problems()).isEmpty());
    }

    @Test
    void utf8WithoutBom() {
        try (SheetReader reader = open(TestFiles.text(CUSTOMERS, UTF_8, false))) {
            assertCustomers(reader, UTF_8);
        }
    }

    @Test
    void utf8WithBom() {
        try (SheetReader reader = open(TestFiles.text(CUSTOMERS, UTF_8, true))) {
            assertCustomers(reader, UTF_8); // and the BOM is not part of the first title
        }
    }

    @Test
    void gbkAsChineseExcelSavesIt() {
        byte[] bytes = TestFiles.text(CUSTOMERS.replace("\n", "\r\n"), GBK, false);
        assertThat(new String(bytes, UTF_8)).doesNotContain("张三"); // really not UTF-8
        try (SheetReader reader = open(bytes)) {
            assertCustomers(reader, Charset.forName("GB18030"));
        }
    }

    @Test
    void gb18030OnlyCharactersDecode() {
        // 㐀 (U+3400) is not in GBK but in GB18030, as four bytes
        byte[] bytes = TestFiles.text("姓名,备注\n张三,㐀\n", Charset.forName("GB18030"), false);
        try (SheetReader reader = open(bytes)) {
            assertThat(reader.charset()).contains(Charset.forName("GB18030"));
            assertThat(all(reader).get(0).cells()).containsExactly("张三", "㐀");
        }
    }

    @Test
    void unicodeTextFromExcelIsUtf16WithTabs() {
        try (SheetReader reader = open(TestFiles.text(CUSTOMERS.replace(',', '\t'), UTF_16LE, true))) {
            assertThat(reader.charset()).contains(UTF_16LE);
            assertThat(reader.delimiter()).contains('\t');
            assertThat(all(reader)).extracting(r -> r.cell(0)).containsExactly("张三", "李四", "王小明");
        }
    }

    @Test
    void sniffsSemicolonAndTab() {
        try (SheetReader reader = open(TestFiles.text(CUSTOMERS.replace(',', ';'), GBK, false))) {
            assertThat(reader.delimiter()).contains(';');
            assertThat(reader.headers()).hasSize(4);
        }
        try (SheetReader reader = open(TestFiles.text(CUSTOMERS.replace(',', '\t'), UTF_8, false))) {
            assertThat(reader.delimiter()).contains('\t');
            assertThat(all(reader).get(1).cells()).containsExactly("李四", "13900139000", "310101198512120036",
                    "上海市浦东新区");
        }
    }

    @Test
    void excelSepLineDecidesAndIsNotCounted() {
        String csv = "sep=;\n姓名;地址\n张三;\"北京市,朝阳区\"\n";
        try (SheetReader reader = open(TestFiles.text(csv, UTF_8, false))) {
            assertThat(reader.delimiter()).contains(';');
            assertThat(reader.headers()).containsExactly("姓名", "地址");
            assertThat(reader.headerRowNumber()).isEqualTo(1);
            List<SheetRow> rows = all(reader);
            assertThat(rows.get(0).rowNumber()).isEqualTo(2);
            assertThat(rows.get(0).cells()).containsExactly("张三", "北京市,朝阳区");
        }
    }

    @Test
    void blankRowsAreSkippedButKeepTheNumbering() {
        String csv = "\n \n姓名,手机\n张三,13800138000\n\n,,\n\"\",\" \"\n李四,13900139000\n\n";
        try (SheetReader reader = open(TestFiles.text(csv, UTF_8, false))) {
            assertThat(reader.headerRowNumber()).isEqualTo(3);
            List<SheetRow> rows = all(reader);
            assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(4, 8);
            assertThat(rows).extracting(r -> r.cell(0)).containsExactly("张三", "李四");
            assertThat(reader.rowsRead()).isEqualTo(2);
            assertThat(reader.estimatedRowCount()).isEqualTo(2);
            assertThat(reader.progress()).isEqualTo(1.0);
        }
    }

    @Test
    void aCellWithLineBreaksIsOneRow() {
        String csv = "姓名,备注\r\n张三,\"第一行\r\n第二行\"\r\n李四,好\r\n";
        try (SheetReader reader = open(TestFiles.text(csv, UTF_8, false))) {
            List<SheetRow> rows = all(reader);
            assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(2, 3);
            assertThat(rows.get(0).cell(1)).isEqualTo("第一行\r\n第二行");
        }
    }

    @Test
    void cellsAreTrimmedPaddedAndNormalized() {
        String csv = "姓名,客户编号,生日,身份证号,手机,状态\n"
                + "\u3000张三\u00A0,=\"00123\",2024/3/5,1.10101E+17,1.38001E+10,#N/A\n"
                + "李四,0456,2024年12月1日,110101199003077777,13800138000\n";
        try (SheetReader reader = open(TestFiles.text(csv, UTF_8, false))) {
            List<SheetRow> rows = all(reader);
            SheetRow first = rows.get(0);
            assertThat(first.cells()).containsExactly("张三", "00123", "2024-03-05", "1.10101E+17", "1.38001E+10",
                    "#N/A");
            assertThat(first.problems()).extracting(CellProblem::column, CellProblem::messageKey).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(3, SheetMessages.ID_NUMBER_ROUNDED),
                    org.assertj.core.groups.Tuple.tuple(4, SheetMessages.NUMBER_ROUNDED),
                    org.assertj.core.groups.Tuple.tuple(5, SheetMessages.FORMULA_ERROR));
            SheetRow second = rows.get(1);
            assertThat(second.cells()).containsExactly("李四", "0456", "2024-12-01", "110101199003077777",
                    "13800138000", ""); // padded to the header
            assertThat(second.problems()).isEmpty();
        }
    }

    @Test
    void refusesEmptyFilesAndDataWithoutHeader() {
        assertRefused(() -> open(new byte[0]), SheetMessages.EMPTY);
        assertRefused(() -> open(TestFiles.text("\r\n , ,\r\n\r\n", UTF_8, false)), SheetMessages.EMPTY);
        assertRefused(() -> open(TestFiles.text("13800138000,2024-01-01\n13900139000,2024-01-02\n", UTF_8, false)),
                SheetMessages.NO_HEADER);
    }

    @Test
    void refusesBinaryOldExcelAndHtml() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertRefused(() -> open(ole2), SheetMessages.UNSUPPORTED_FORMAT);
        assertRefused(() -> open(new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 0, 1, 2}), SheetMessages.UNREADABLE);
        byte[] html = TestFiles.text("<html><body><table><tr><td>姓名</td></tr></table></body></html>", UTF_8, false);
        assertRefused(() -> open(html), SheetMessages.UNSUPPORTED_FORMAT);
    }

    @Test
    void limitsRowsColumnsAndCellLength() {
        StringBuilder csv = new StringBuilder("姓名,手机\n");
        for (int i = 0; i < 20; i++) {
            csv.append("客户").append(i).append(",138").append(i).append('\n');
        }
        byte[] twenty = TestFiles.text(csv.toString(), UTF_8, false);
        assertRefused(() -> open(twenty, SheetLimits.DEFAULTS.withMaxRows(10)), SheetMessages.TOO_MANY_ROWS);
        try (SheetReader reader = open(twenty, SheetLimits.DEFAULTS.withMaxRows(20))) {
            assertThat(all(reader)).hasSize(20);
        }
        // more lines than the limit, but not more rows: cells with line breaks
        byte[] multiline = TestFiles.text("姓名,地址\n" + "张三,\"第一行\n第二行\n第三行\"\n".repeat(5), UTF_8, false);
        try (SheetReader reader = open(multiline, SheetLimits.DEFAULTS.withMaxRows(5))) {
            assertThat(all(reader)).extracting(SheetRow::rowNumber).containsExactly(2, 3, 4, 5, 6);
        }

        byte[] wide = TestFiles.text("a,b\n" + "x,".repeat(50) + "x\n", UTF_8, false);
        assertRefused(() -> all(open(wide, SheetLimits.DEFAULTS.withMaxColumns(10))), SheetMessages.TOO_MANY_COLUMNS);

        byte[] longCell = TestFiles.text("姓名,备注\n张三,\"" + "很长".repeat(5_000) + "\"\n", UTF_8, false);
        SheetException e = refused(() -> all(open(longCell, SheetLimits.DEFAULTS.withMaxCellLength(1000))));
        assertThat(e.messageKey()).isEqualTo(SheetMessages.CELL_TOO_LONG);
        assertThat(e.args()).containsExactly(2, "B", 1000);
        // just over the limit: caught on the parsed value, same message
        byte[] justOver = TestFiles.text("姓名,备注\n张三,\"" + "x".repeat(1001) + "\"\n", UTF_8, false);
        assertThat(refused(() -> all(open(justOver, SheetLimits.DEFAULTS.withMaxCellLength(1000)))).args())
                .containsExactly(2, "B", 1000);

        assertRefused(() -> open(twenty, SheetLimits.DEFAULTS.withMaxFileBytes(100)), SheetMessages.TOO_LARGE);
    }

    @Test
    void openFromPathAndResumeAfterARow() throws IOException {
        Path file = TestFiles.write(dir, "customers.csv", TestFiles.text(CUSTOMERS, GBK, false));
        try (SheetReader reader = SheetReader.open(file)) {
            assertThat(reader.sheetName()).isEqualTo("customers");
            assertThat(reader.rowsAfter(3)).extracting(r -> r.cell(0)).containsExactly("王小明");
        }
    }

    @Test
    void sameBytesSameHashAndTheCopyIsDeleted() throws IOException {
        Path temp = Files.createDirectory(dir.resolve("tmp"));
        SheetOptions options = SheetOptions.DEFAULTS.withTempDirectory(temp);
        byte[] bytes = TestFiles.text(CUSTOMERS, UTF_8, false);
        String first;
        try (SheetReader reader = SheetReader.open(new ByteArrayInputStream(bytes), "a.csv", options)) {
            first = reader.contentSha256();
            assertThat(first).hasSize(64);
            assertThat(reader.fileSize()).isEqualTo(bytes.length);
            try (Stream<Path> files = Files.list(temp)) {
                assertThat(files).hasSize(1);
            }
        }
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).isEmpty();
        }
        try (SheetReader again = SheetReader.open(new ByteArrayInputStream(bytes), "b.csv", options)) {
            assertThat(again.contentSha256()).isEqualTo(first);
        }
        assertRefused(() -> SheetReader.open(new ByteArrayInputStream(new byte[0]), "c.csv", options),
                SheetMessages.EMPTY);
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).as("refused files leave no copy").isEmpty();
        }
    }

    static SheetException refused(ThrowingCallable call) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(t).isInstanceOf(SheetException.class);
        return (SheetException) t;
    }

    static void assertRefused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SheetException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
