package org.forecourt.imports.internal.job;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.forecourt.core.api.validation.ChineseIdCard;
import org.forecourt.core.api.validation.SocialCreditCode;
import org.forecourt.core.api.validation.Vin;

/** Test files and valid identifiers (with real check digits). */
public final class TestSheets {

    public static final Charset GBK = Charset.forName("GBK");

    private TestSheets() {
    }

    /** A valid resident identity card number, born 1985-01-01 + n days (Shanghai Pudong). */
    public static String idCard(int n) {
        String birth = LocalDate.of(1985, 1, 1).plusDays(n % 10_000).toString().replace("-", "");
        String first17 = "310115" + birth + String.format("%03d", n % 1000);
        return first17 + ChineseIdCard.checkDigit(first17);
    }

    /** A valid unified social credit code. */
    public static String uscc(int n) {
        String first17 = "91310115" + String.format("%09d", n);
        return first17 + SocialCreditCode.checkDigit(first17);
    }

    /** A valid mainland mobile number. */
    public static String mobile(int n) {
        return String.valueOf(13_800_000_000L + n);
    }

    /** A valid VIN with the serial {@code n}. */
    public static String vin(int n) {
        String raw = "LSVAU2180N2" + String.format("%06d", n);
        char check = Vin.checkDigit(raw);
        return raw.substring(0, 8) + check + raw.substring(9);
    }

    /** A VIN whose check digit is wrong. */
    public static String badVin(int n) {
        String good = vin(n);
        char wrong = good.charAt(8) == '0' ? '1' : '0';
        return good.substring(0, 8) + wrong + good.substring(9);
    }

    /** CSV lines (CRLF) encoded in {@code charset}; cells containing commas or quotes are quoted. */
    public static byte[] csv(Charset charset, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : row) {
                String v = c == null ? "" : c;
                cells.add(v.contains(",") || v.contains("\"") || v.contains("\n")
                        ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
            }
            sb.append(String.join(",", cells)).append("\r\n");
        }
        return sb.toString().getBytes(charset);
    }

    public static byte[] csvUtf8(List<List<String>> rows) {
        return csv(StandardCharsets.UTF_8, rows);
    }

    /** One sheet; String, Number, LocalDate cells; null leaves a cell empty. */
    public static byte[] xlsx(List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "Test", "1.0")) {
            Worksheet ws = wb.newWorksheet("Sheet1");
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof String s) {
                        ws.value(r, c, s);
                    } else if (v instanceof Number n) {
                        ws.value(r, c, n);
                    } else if (v instanceof LocalDate d) {
                        ws.value(r, c, d);
                        ws.style(r, c).format("yyyy-mm-dd").set();
                    } else if (v != null) {
                        throw new IllegalArgumentException(String.valueOf(v));
                    }
                }
            }
        }
        return out.toByteArray();
    }

    public static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /**
     * {@code rows} generated customers: 姓名, 手机号, 身份证号, 标签; every {@code badEvery}-th row (by index, 0 = none)
     * has a mobile number of 10 digits. Row i (0-based) is Excel row i + 2.
     */
    public static byte[] generatedCustomers(int rows, int badEvery, Charset charset) {
        StringBuilder sb = new StringBuilder("姓名,手机号,身份证号,标签,备注\r\n");
        for (int i = 0; i < rows; i++) {
            boolean bad = badEvery > 0 && i % badEvery == badEvery - 1;
            String mobile = bad ? mobile(i).substring(1) : mobile(i);
            sb.append("客户").append(i).append(',').append(mobile).append(',').append(idCard(i)).append(',')
                    .append(i % 3 == 0 ? "VIP、老客户" : "").append(',').append("批量导入第").append(i).append("行")
                    .append("\r\n");
        }
        return sb.toString().getBytes(charset);
    }

    /** How many of {@link #generatedCustomers} rows are valid. */
    public static int validGenerated(int rows, int badEvery) {
        return badEvery <= 0 ? rows : rows - rows / badEvery;
    }

    /** {@code rows} generated vehicles owned by the generated customers 0..rows-1. */
    public static byte[] generatedVehicles(int rows, Charset charset) {
        StringBuilder sb = new StringBuilder("车架号,车牌号,品牌,车型,颜色,年款,初登日期,里程,车主手机\r\n");
        for (int i = 0; i < rows; i++) {
            sb.append(vin(i)).append(",沪A").append(String.format("%05d", i % 100_000)).append(",极光,星云,珍珠白,")
                    .append(2015 + i % 10).append(',').append(LocalDate.of(2016, 1, 1).plusDays(i % 3000)).append(',')
                    .append(1000 + i).append(',').append(mobile(i)).append("\r\n");
        }
        return sb.toString().getBytes(charset);
    }
}
