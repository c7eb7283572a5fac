package org.forecourt.imports.internal.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Makes the test files: xlsx with fastexcel, CSV as bytes, hand-made zips for the hostile cases. */
final class TestFiles {

    static final Charset GBK = Charset.forName("GBK");

    private TestFiles() {
    }

    /** A cell value with a number format. */
    record Formatted(Object value, String format) {
    }

    /**
     * One sheet from rows of cells: String, Number, Boolean, LocalDate, LocalDateTime or {@link Formatted}; null
     * leaves the cell out, a null row leaves the row out. Dates without a format get yyyy-mm-dd.
     */
    static byte[] xlsx(List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "Test", "1.0")) {
            Worksheet ws = wb.newWorksheet("客户");
            fill(ws, rows);
        }
        return out.toByteArray();
    }

    static void fill(Worksheet ws, List<List<Object>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            if (row == null) {
                continue;
            }
            for (int c = 0; c < row.size(); c++) {
                set(ws, r, c, row.get(c));
            }
        }
    }

    static void set(Worksheet ws, int r, int c, Object value) {
        String format = null;
        if (value instanceof Formatted f) {
            value = f.value();
            format = f.format();
        }
        if (value == null) {
            return;
        } else if (value instanceof String s) {
            ws.value(r, c, s);
        } else if (value instanceof Number n) {
            ws.value(r, c, n);
        } else if (value instanceof Boolean b) {
            ws.value(r, c, b);
        } else if (value instanceof LocalDate d) {
            ws.value(r, c, d);
            format = format == null ? "yyyy-mm-dd" : format;
        } else if (value instanceof LocalDateTime d) {
            ws.value(r, c, d);
            format = format == null ? "yyyy-mm-dd hh:mm" : format;
        } else {
            throw new IllegalArgumentException(String.valueOf(value));
        }
        if (format != null) {
            ws.style(r, c).format(format).set();
        }
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    /** CSV text as bytes in {@code charset}, optionally with the charset's byte order mark. */
    static byte[] text(String content, Charset charset, boolean bom) {
        byte[] body = content.getBytes(charset);
        byte[] mark = !bom ? new byte[0] : charset.equals(StandardCharsets.UTF_8)
                ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                : charset.equals(StandardCharsets.UTF_16LE) ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                : new byte[] {(byte) 0xFE, (byte) 0xFF};
        byte[] all = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        return all;
    }

    // ---- hand-made xlsx ----

    static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "</Types>";
    static final String WORKBOOK = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    static final String WORKBOOK_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            + "</Relationships>";
    static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    static final String SHEET_END = "</sheetData></worksheet>";

    /** The parts of a minimal valid xlsx: one sheet (sheetData given), shared strings given. */
    static Map<String, byte[]> parts(String sheetData, String sharedStrings) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
        parts.put("xl/workbook.xml", WORKBOOK.getBytes(StandardCharsets.UTF_8));
        parts.put("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.getBytes(StandardCharsets.UTF_8));
        parts.put("xl/sharedStrings.xml", sharedStrings.getBytes(StandardCharsets.UTF_8));
        parts.put("xl/worksheets/sheet1.xml", (SHEET_START + sheetData + SHEET_END).getBytes(StandardCharsets.UTF_8));
        return parts;
    }

    static String sst(String... strings) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        for (String s : strings) {
            sb.append("<si><t>").append(s).append("</t></si>");
        }
        return sb.append("</sst>").toString();
    }

    static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A zip whose {@code name} entry is {@code prefix}, then {@code fill} repeated for {@code fillBytes}, then {@code suffix}. */
    static byte[] zipWithBigPart(Map<String, byte[]> parts, String name, String prefix, String fill, long fillBytes,
                                 String suffix) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                if (part.getKey().equals(name)) {
                    zip.write(prefix.getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = fill.repeat((1 << 16) / fill.length()).getBytes(StandardCharsets.UTF_8);
                    for (long left = fillBytes; left > 0; left -= chunk.length) {
                        zip.write(chunk, 0, (int) Math.min(chunk.length, left));
                    }
                    zip.write(suffix.getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(part.getValue());
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
