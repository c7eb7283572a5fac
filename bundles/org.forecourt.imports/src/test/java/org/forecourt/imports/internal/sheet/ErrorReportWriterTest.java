package org.forecourt.imports.internal.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorReportWriterTest {

    private static final List<String> HEADERS = List.of("姓名", "手机", "身份证号");

    @TempDir
    Path dir;

    @Test
    void roundTripsThroughSheetReader() throws IOException {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        String reason = SheetMessages.format(zh, SheetMessages.ID_NUMBER_ROUNDED, "110101199001011000");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ErrorReportWriter report = ErrorReportWriter.open(out, zh, HEADERS)) {
            report.add(3, "身份证号", "110101199001011000", reason, List.of("张三", "13800138000", "110101199001011000"));
            report.add(7, "手机", "=HYPERLINK(\"http://evil\")", "手机号格式不正确", List.of("李四", "=HYPERLINK(\"http://evil\")"));
            report.add(0, "", "", "文件中缺少必填列：手机号。");
            assertThat(report.size()).isEqualTo(3);
        }
        try (SheetReader reader = SheetReader.open(new ByteArrayInputStream(out.toByteArray()), "错误报告.xlsx")) {
            assertThat(reader.sheetName()).isEqualTo("错误");
            assertThat(reader.headers()).containsExactly("行号", "列", "内容", "原因", "姓名", "手机", "身份证号");
            List<SheetRow> rows = reader.rows().toList();
            assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(2, 3, 4);
            assertThat(rows.get(0).cells()).containsExactly("3", "身份证号", "110101199001011000", reason, "张三",
                    "13800138000", "110101199001011000");
            assertThat(rows.get(0).problems()).isEmpty(); // written as text, so no rounding
            assertThat(rows.get(1).cells()).containsExactly("7", "手机", "=HYPERLINK(\"http://evil\")", "手机号格式不正确",
                    "李四", "=HYPERLINK(\"http://evil\")", "");
            assertThat(rows.get(2).cells()).containsExactly("", "", "", "文件中缺少必填列：手机号。", "", "", "");
        }
        String sheetXml = entry(out.toByteArray(), "xl/worksheets/sheet1.xml");
        assertThat(sheetXml).contains("ySplit=\"1\"").contains("state=\"frozen\"") // title row frozen
                .contains("<col min=\"4\" max=\"4\" width=\"60")                     // the reason column is wide
                .doesNotContain("<f>");                                              // never a formula
        assertThat(entry(out.toByteArray(), "xl/styles.xml")).contains("<b");       // bold titles
    }

    @Test
    void englishTitlesWithoutOriginalColumnsAndManyRows() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ErrorReportWriter report = ErrorReportWriter.open(out, Locale.ENGLISH, List.of())) {
            for (int i = 1; i <= 2_500; i++) {
                report.add(i + 1, "Phone", "x" + i, "Not a phone number");
            }
        }
        try (SheetReader reader = SheetReader.open(new ByteArrayInputStream(out.toByteArray()), "errors.xlsx")) {
            assertThat(reader.sheetName()).isEqualTo("Errors");
            assertThat(reader.headers()).containsExactly("Row", "Column", "Value", "Reason");
            List<SheetRow> rows = reader.rows().toList();
            assertThat(rows).hasSize(2_500);
            assertThat(rows.get(2_499).cells()).containsExactly("2501", "Phone", "x2500", "Not a phone number");
        }
    }

    private String entry(byte[] xlsx, String name) throws IOException {
        Path file = Files.write(dir.resolve("report.xlsx"), xlsx);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry e = zip.getEntry(name);
            assertThat(e).as(name).isNotNull();
            return new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
