package org.forecourt.imports.internal.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Checks an xlsx before fastexcel-reader touches it, reading exactly the parts that fastexcel-reader will read, the
 * way it finds them ([Content_Types].xml, the workbook, its relations, styles, shared strings, the chosen sheet),
 * through {@link XmlGuardInputStream} and a StAX scan. Whatever passes here cannot exhaust memory or resolve
 * entities when fastexcel-reader reads the same bytes again:
 * <ul>
 *     <li>zip: at most {@link SheetLimits#maxZipEntries()} entries, no two with the same name;</li>
 *     <li>sizes: unpacked XML within {@link SheetLimits#maxUncompressedBytes()}, shared strings within
 *     {@link SheetLimits#maxSharedStringsBytes()}, no DTD, bounded text and nesting;</li>
 *     <li>sheet: every row and cell has its address (fastexcel-reader needs it), columns within XFD and
 *     {@link SheetLimits#maxColumns()}, cell texts within {@link SheetLimits#maxCellLength()}, shared-string indexes
 *     that exist, at most {@link SheetLimits#maxRows()} data rows.</li>
 * </ul>
 * It also learns what SheetReader reports before reading: sheet names and the number of rows with values.
 */
final class XlsxInspector {

    /** What the inspection found. {@code valueRows} counts rows with at least one value, header included. */
    record Layout(List<String> sheetNames, int sheetIndex, String sheetName, boolean hasStyles, long valueRows) {
    }

    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final String WORKBOOK_MACRO = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    private static final String SHARED_STRINGS =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    private static final String STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    private static final Pattern FILENAME = Pattern.compile("^(.*/)([^/]+)$");

    private final Path file;
    private final SheetLimits limits;
    private final XMLInputFactory factory = StaxFactory.newInputFactory();
    private final XmlGuardInputStream.Budget budget;
    private final long maxTextBytes;

    private XlsxInspector(Path file, SheetLimits limits) {
        this.file = file;
        this.limits = limits;
        this.budget = new XmlGuardInputStream.Budget(limits.maxUncompressedBytes());
        this.maxTextBytes = 10L * limits.maxCellLength() + 1024;
    }

    /**
     * @param sheetName the sheet to read, {@code null} for the first visible one
     * @throws SheetException when the file breaks a limit or cannot be read
     */
    static Layout inspect(Path file, SheetLimits limits, String sheetName) {
        return new XlsxInspector(file, limits).run(sheetName);
    }

    private Layout run(String wantedSheet) {
        checkEntries();
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            String contentTypes = "[Content_Types].xml";
            if (entry(zip, contentTypes) == null) {
                if (entry(zip, "mimetype") != null || entry(zip, "content.xml") != null) {
                    throw new SheetException(SheetMessages.UNSUPPORTED_FORMAT); // OpenDocument
                }
                throw unreadable("no [Content_Types].xml", null);
            }
            Map<String, String> parts = scan(zip, contentTypes, limits.maxUncompressedBytes(), this::contentTypes);
            String workbook = parts.getOrDefault("workbook", "/xl/workbook.xml");
            List<String[]> sheets = scan(zip, workbook, limits.maxUncompressedBytes(), this::sheets);
            if (sheets.isEmpty()) {
                throw new SheetException(SheetMessages.EMPTY);
            }
            String rels = FILENAME.matcher(workbook).replaceFirst("$1_rels/$2.rels");
            String folder = rels.substring(0, rels.indexOf("_rel"));
            Map<String, String> targets = scan(zip, rels, limits.maxUncompressedBytes(), r -> relations(r, folder));

            int index = chooseSheet(sheets, wantedSheet);
            String sheetPart = targets.get(sheets.get(index)[1]);
            if (sheetPart == null) {
                throw unreadable("sheet " + sheets.get(index)[0] + " has no relation", null);
            }
            boolean hasStyles = parts.get("styles") != null;
            if (hasStyles) {
                scan(zip, parts.get("styles"), limits.maxUncompressedBytes(), this::drain);
            }
            SharedStrings sst = parts.get("sharedStrings") == null ? new SharedStrings()
                    : scan(zip, parts.get("sharedStrings"), limits.maxSharedStringsBytes(), this::sharedStrings);
            long valueRows = scan(zip, sheetPart, limits.maxUncompressedBytes(), r -> sheet(r, sst));
            if (sst.longStrings.cardinality() > 0) {
                // a string too long for a cell that no cell of this sheet uses: still too big to load
                throw new SheetException(SheetMessages.TOO_LARGE, SheetLimits.mib(limits.maxSharedStringsBytes()));
            }
            List<String> names = new ArrayList<>();
            for (String[] s : sheets) {
                names.add(s[0]);
            }
            return new Layout(List.copyOf(names), index, sheets.get(index)[0], hasStyles, valueRows);
        } catch (IOException | RuntimeException e) {
            throw asSheetException(e);
        }
    }

    /** Entry count and duplicate names, with the JDK's compact zip reader before anything builds entry objects. */
    private void checkEntries() {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            if (zip.size() > limits.maxZipEntries()) {
                throw unreadable("more than " + limits.maxZipEntries() + " zip entries", null);
            }
            Set<String> names = new HashSet<>();
            Enumeration<? extends java.util.zip.ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                if (!names.add(entries.nextElement().getName().toLowerCase(Locale.ROOT))) {
                    throw unreadable("duplicate zip entry names", null);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw asSheetException(e);
        }
    }

    private int chooseSheet(List<String[]> sheets, String wanted) {
        if (wanted != null) {
            for (int i = 0; i < sheets.size(); i++) {
                if (sheets.get(i)[0].equals(wanted)) {
                    return i;
                }
            }
            for (int i = 0; i < sheets.size(); i++) {
                if (sheets.get(i)[0].equalsIgnoreCase(CellValues.trim(wanted))) {
                    return i;
                }
            }
            throw new SheetException(SheetMessages.SHEET_NOT_FOUND, wanted);
        }
        for (int i = 0; i < sheets.size(); i++) {
            if (sheets.get(i)[2] == null || "visible".equals(sheets.get(i)[2])) {
                return i;
            }
        }
        return 0;
    }

    // ---- the parts ----

    private Map<String, String> contentTypes(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> parts = new HashMap<>();
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && "Override".equals(r.getLocalName())) {
                String type = r.getAttributeValue(null, "ContentType");
                String name = r.getAttributeValue(null, "PartName");
                if (type == null || name == null) {
                    throw new XMLStreamException("Override without ContentType or PartName");
                }
                if (WORKBOOK.equals(type) || WORKBOOK_MACRO.equals(type)) {
                    parts.put("workbook", name);
                } else if (SHARED_STRINGS.equals(type)) {
                    parts.put("sharedStrings", name);
                } else if (STYLES.equals(type)) {
                    parts.put("styles", name);
                }
            }
        }
        return parts;
    }

    /** name, r:id, state of each sheet, in workbook order (the order fastexcel-reader indexes them). */
    private List<String[]> sheets(XMLStreamReader r) throws XMLStreamException {
        List<String[]> sheets = new ArrayList<>();
        boolean inSheets = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if ("sheets".equals(r.getLocalName())) {
                    inSheets = true;
                } else if (inSheets && "sheet".equals(r.getLocalName())) {
                    sheets.add(new String[] {String.valueOf(r.getAttributeValue(null, "name")),
                        r.getAttributeValue(REL_NS, "id"), r.getAttributeValue(null, "state")});
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "sheets".equals(r.getLocalName())) {
                inSheets = false;
            }
        }
        return sheets;
    }

    private Map<String, String> relations(XMLStreamReader r, String folder) throws XMLStreamException {
        Map<String, String> targets = new HashMap<>();
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(r.getLocalName())) {
                String target = r.getAttributeValue(null, "Target");
                if (target != null) {
                    targets.put(r.getAttributeValue(null, "Id"), target.startsWith("/") ? target : folder + target);
                }
            }
        }
        return targets;
    }

    private Void drain(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            r.next();
        }
        return null;
    }

    /** Counts the shared strings and marks the ones longer than a cell may be. */
    private static final class SharedStrings {
        int count;
        final BitSet longStrings = new BitSet();
    }

    private SharedStrings sharedStrings(XMLStreamReader r) throws XMLStreamException {
        SharedStrings sst = new SharedStrings();
        long length = 0;
        int phonetic = 0;
        boolean inT = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if ("si".equals(name)) {
                    length = 0;
                } else if ("rPh".equals(name)) {
                    phonetic++;
                } else if ("t".equals(name)) {
                    inT = true;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = r.getLocalName();
                if ("si".equals(name)) {
                    if (length > limits.maxCellLength()) {
                        sst.longStrings.set(sst.count);
                    }
                    sst.count++;
                } else if ("rPh".equals(name)) {
                    phonetic--;
                } else if ("t".equals(name)) {
                    inT = false;
                }
            } else if (inT && phonetic == 0 && (event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE)) {
                length += r.getTextLength();
            }
        }
        return sst;
    }

    /** Checks every row and cell of the sheet; returns the number of rows that hold a value. */
    private long sheet(XMLStreamReader r, SharedStrings sst) throws XMLStreamException {
        long valueRows = 0;
        boolean inData = false;
        int row = 0;
        boolean rowHasValue = false;
        int column = -1;
        String type = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if ("sheetData".equals(name)) {
                    inData = true;
                } else if (!inData) {
                    continue;
                } else if ("row".equals(name)) {
                    row = rowNumber(r.getAttributeValue(null, "r"));
                    rowHasValue = false;
                } else if ("c".equals(name)) {
                    column = column(r.getAttributeValue(null, "r"), row);
                    type = r.getAttributeValue(null, "t");
                } else if ("v".equals(name)) {
                    String value = r.getElementText();
                    checkLength(value.length(), row, column);
                    if (!value.isEmpty()) {
                        if ("s".equals(type)) {
                            checkSharedString(value, sst, row, column);
                        }
                        rowHasValue |= valued(row, column);
                    }
                } else if ("is".equals(name)) {
                    long length = inlineLength(r);
                    checkLength(length, row, column);
                    if (length > 0) {
                        rowHasValue |= valued(row, column);
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = r.getLocalName();
                if ("sheetData".equals(name)) {
                    inData = false;
                } else if (inData && "row".equals(name) && rowHasValue) {
                    valueRows++;
                    if (valueRows - 1 > limits.maxRows()) {
                        throw new SheetException(SheetMessages.TOO_MANY_ROWS, limits.maxRows());
                    }
                }
            }
        }
        return valueRows;
    }

    private boolean valued(int row, int column) {
        if (column >= limits.maxColumns()) {
            throw new SheetException(SheetMessages.TOO_MANY_COLUMNS, row, limits.maxColumns());
        }
        return true;
    }

    private void checkLength(long length, int row, int column) {
        if (length > limits.maxCellLength()) {
            throw new SheetException(SheetMessages.CELL_TOO_LONG, row, CellValues.columnLetter(column),
                    limits.maxCellLength());
        }
    }

    private void checkSharedString(String value, SharedStrings sst, int row, int column) throws XMLStreamException {
        int index;
        try {
            index = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new XMLStreamException("shared string index " + value);
        }
        if (index < 0 || index >= sst.count) {
            throw new XMLStreamException("no shared string " + index);
        }
        if (sst.longStrings.get(index)) {
            sst.longStrings.clear(index);
            checkLength(Long.MAX_VALUE, row, column);
        }
    }

    /** Characters of an inline string (its t elements, phonetic runs excluded); leaves the reader at its end. */
    private static long inlineLength(XMLStreamReader r) throws XMLStreamException {
        long length = 0;
        int depth = 1;
        int phonetic = 0;
        boolean inT = false;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if ("rPh".equals(r.getLocalName())) {
                    phonetic++;
                } else if ("t".equals(r.getLocalName())) {
                    inT = true;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if ("rPh".equals(r.getLocalName())) {
                    phonetic--;
                } else if ("t".equals(r.getLocalName())) {
                    inT = false;
                }
            } else if (inT && phonetic == 0 && (event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE)) {
                length += r.getTextLength();
            }
        }
        return length;
    }

    private static int rowNumber(String r) throws XMLStreamException {
        if (r == null) {
            throw new XMLStreamException("row without r attribute"); // fastexcel-reader needs it
        }
        try {
            int n = Integer.parseInt(r.trim());
            if (n < 1 || n > SheetLimits.EXCEL_MAX_ROWS) {
                throw new XMLStreamException("row " + r);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new XMLStreamException("row " + r);
        }
    }

    /** 0-based column of a cell reference like "AB12" (or "$AB$12"). */
    private static int column(String ref, int row) throws XMLStreamException {
        if (ref == null || ref.isEmpty()) {
            throw new XMLStreamException("cell without r attribute in row " + row); // fastexcel-reader needs it
        }
        int col = 0;
        int letters = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c == '$') {
                continue;
            }
            char u = Character.toUpperCase(c);
            if (u < 'A' || u > 'Z') {
                break;
            }
            if (++letters > 3) {
                throw new XMLStreamException("cell reference " + ref);
            }
            col = col * 26 + (u - 'A' + 1);
        }
        if (letters == 0 || col > SheetLimits.EXCEL_MAX_COLUMNS) {
            throw new XMLStreamException("cell reference " + ref);
        }
        return col - 1;
    }

    // ---- reading a part ----

    @FunctionalInterface
    private interface PartScanner<T> {
        T scan(XMLStreamReader reader) throws XMLStreamException;
    }

    private <T> T scan(ZipFile zip, String part, long partLimit, PartScanner<T> scanner) throws IOException {
        ZipArchiveEntry entry = entry(zip, part);
        if (entry == null) {
            throw unreadable("missing part " + part, null);
        }
        try (InputStream in = new XmlGuardInputStream(zip.getInputStream(entry), budget, partLimit, maxTextBytes)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            try {
                return scanner.scan(reader);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw asSheetException(e);
        }
    }

    /** The entry the way fastexcel-reader finds it: exact name without the leading slash, else ignoring case. */
    private static ZipArchiveEntry entry(ZipFile zip, String name) {
        String n = name.startsWith("/") ? name.substring(1) : name;
        ZipArchiveEntry entry = zip.getEntry(n);
        if (entry != null) {
            return entry;
        }
        Enumeration<ZipArchiveEntry> entries = zip.getEntries();
        while (entries.hasMoreElements()) {
            ZipArchiveEntry e = entries.nextElement();
            if (e.getName().equalsIgnoreCase(n)) {
                return e;
            }
        }
        return null;
    }

    /** A SheetException found anywhere in the cause chain (parsers wrap what the stream throws), else unreadable. */
    static SheetException asSheetException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SheetException s) {
                return s;
            }
        }
        return new SheetException(e, SheetMessages.UNREADABLE);
    }

    private static SheetException unreadable(String why, Throwable cause) {
        IOException detail = new IOException(why);
        if (cause != null) {
            detail.initCause(cause);
        }
        return new SheetException(detail, SheetMessages.UNREADABLE);
    }
}
