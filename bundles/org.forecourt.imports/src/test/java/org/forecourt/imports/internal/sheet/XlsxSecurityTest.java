package org.forecourt.imports.internal.sheet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.forecourt.imports.internal.sheet.SheetReaderCsvTest.assertRefused;
import static org.forecourt.imports.internal.sheet.SheetReaderCsvTest.refused;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;


import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile xlsx files: entities, zip bombs, giant strings and addresses. Each must be refused quickly. */
class XlsxSecurityTest {

    private static final String SECRET = "TOP-SECRET-4S-PASSWORD";

    @TempDir
    Path dir;

    private static SheetReader open(byte[] bytes, SheetLimits limits) {
        return SheetReader.open(new ByteArrayInputStream(bytes), "evil.xlsx", SheetOptions.DEFAULTS.withLimits(limits));
    }

    private static SheetReader open(byte[] bytes) {
        return open(bytes, SheetLimits.DEFAULTS);
    }

    private Path secretFile() throws IOException {
        return Files.writeString(dir.resolve("secret.txt"), SECRET);
    }

    @Test
    void externalEntityInSharedStringsIsRefused() throws IOException {
        String sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \""
                + secretFile().toUri() + "\">]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<si><t>姓名</t></si><si><t>&xxe;</t></si></sst>";
        String data = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>";
        Throwable t = catchThrowable(() -> open(TestFiles.zip(TestFiles.parts(data, sst))).rows().toList());
        assertThat(t).isInstanceOfSatisfying(SheetException.class,
                e -> assertThat(e.messageKey()).isEqualTo(SheetMessages.UNREADABLE));
        assertThat(stackText(t)).doesNotContain(SECRET);
    }

    @Test
    void billionLaughsInTheSheetIsRefused() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY a0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        var parts = TestFiles.parts("", TestFiles.sst());
        parts.put("xl/worksheets/sheet1.xml", ("<?xml version=\"1.0\"?>" + dtd
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&a10;</t></is></c></row></sheetData></worksheet>")
                .getBytes(UTF_8));
        assertRefused(() -> open(TestFiles.zip(parts)), SheetMessages.UNREADABLE);
    }

    /** Verifies the parser setup fastexcel-reader uses (Aalto, DTD support off) on its own, without our guard. */
    @Test
    void aaltoAsFastexcelConfiguresItDoesNotResolveEntities() throws Exception {
        XMLInputFactory fastexcelLike = new com.fasterxml.aalto.stax.InputFactoryImpl();
        fastexcelLike.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        fastexcelLike.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        for (XMLInputFactory factory : new XMLInputFactory[] {fastexcelLike, StaxFactory.newInputFactory()}) {
            String xml = "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY xxe SYSTEM \"" + secretFile().toUri()
                    + "\">]><t>before &xxe; after</t>";
            StringBuilder seen = new StringBuilder();
            Throwable t = catchThrowable(() -> {
                XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(xml.getBytes(UTF_8)));
                while (r.hasNext()) {
                    if (r.next() == XMLStreamReader.CHARACTERS) {
                        seen.append(r.getText());
                    }
                }
            });
            assertThat(seen.toString()).doesNotContain(SECRET);
            if (t != null) {
                assertThat(stackText(t)).doesNotContain(SECRET);
            }
        }
    }

    @Test
    void zipBombIsStoppedByTheUnpackedSize() throws IOException {
        // 64 MB of empty elements inside the sheet compress to less than 1 MB
        String header = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c></row>";
        byte[] bomb = TestFiles.zipWithBigPart(TestFiles.parts("", TestFiles.sst()), "xl/worksheets/sheet1.xml",
                TestFiles.SHEET_START + header, "<x/>", 64L << 20, TestFiles.SHEET_END);
        assertThat(bomb.length).isLessThan(1 << 20);
        SheetException e = refused(() -> open(bomb, SheetLimits.DEFAULTS.withMaxUncompressedBytes(16L << 20)));
        assertThat(e.messageKey()).isEqualTo(SheetMessages.TOO_LARGE);
        assertThat(e.args()).containsExactly(16L);
        // 64 MB of blanks are one endless text run: refused whatever the budget
        byte[] blanks = TestFiles.zipWithBigPart(TestFiles.parts("", TestFiles.sst()), "xl/worksheets/sheet1.xml",
                TestFiles.SHEET_START + header, " ", 64L << 20, TestFiles.SHEET_END);
        assertRefused(() -> open(blanks), SheetMessages.UNREADABLE);
    }

    @Test
    void hugeSharedStringsTableIsStopped() throws IOException {
        var parts = TestFiles.parts("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", TestFiles.sst());
        StringBuilder sst = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        for (int i = 0; i < 200_000; i++) {
            sst.append("<si><t>客户").append(i).append("</t></si>");
        }
        parts.put("xl/sharedStrings.xml", sst.append("</sst>").toString().getBytes(UTF_8));
        byte[] xlsx = TestFiles.zip(parts);
        assertRefused(() -> open(xlsx, SheetLimits.DEFAULTS.withMaxSharedStringsBytes(1 << 20)), SheetMessages.TOO_LARGE);
        try (SheetReader reader = open(xlsx)) {
            assertThat(reader.headers()).containsExactly("客户0");
        }
    }

    @Test
    void overlongCellsAreRefusedWithTheirPlace() throws IOException {
        String inline = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c></row>"
                + "<row r=\"7\"><c r=\"C7\" t=\"inlineStr\"><is><t>" + "长".repeat(40_000) + "</t></is></c></row>";
        SheetException e = refused(() -> open(TestFiles.zip(TestFiles.parts(inline, TestFiles.sst()))));
        assertThat(e.messageKey()).isEqualTo(SheetMessages.CELL_TOO_LONG);
        assertThat(e.args()).containsExactly(7, "C", 32_767);

        String shared = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"B2\" t=\"s\"><v>1</v></c></row>";
        e = refused(() -> open(TestFiles.zip(TestFiles.parts(shared, TestFiles.sst("姓名", "x".repeat(40_000))))));
        assertThat(e.messageKey()).isEqualTo(SheetMessages.CELL_TOO_LONG);
        assertThat(e.args()).containsExactly(2, "B", 32_767);

        // a rich-text shared string made of many runs, each short, together too long
        String runs = "<si>" + "<r><t>abcdefghij</t></r>".repeat(5_000) + "</si>";
        String sst = TestFiles.sst("姓名").replace("</sst>", runs + "</sst>");
        e = refused(() -> open(TestFiles.zip(TestFiles.parts(shared, sst)),
                SheetLimits.DEFAULTS.withMaxCellLength(10_000)));
        assertThat(e.messageKey()).isEqualTo(SheetMessages.CELL_TOO_LONG);
    }

    @Test
    void absurdAddressesAreRefusedBeforeAnyAllocation() throws IOException {
        String farColumn = "<row r=\"1\"><c r=\"ZZZZZZ1\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
        assertRefused(() -> open(TestFiles.zip(TestFiles.parts(farColumn, TestFiles.sst()))), SheetMessages.UNREADABLE);
        String farRow = "<row r=\"2000000\"><c r=\"A2000000\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
        assertRefused(() -> open(TestFiles.zip(TestFiles.parts(farRow, TestFiles.sst()))), SheetMessages.UNREADABLE);
        String wide = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c>"
                + "<c r=\"Z1\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
        SheetException e = refused(() -> open(TestFiles.zip(TestFiles.parts(wide, TestFiles.sst())),
                SheetLimits.DEFAULTS.withMaxColumns(20)));
        assertThat(e.messageKey()).isEqualTo(SheetMessages.TOO_MANY_COLUMNS);
        assertThat(e.args()).containsExactly(1, 20);
    }

    @Test
    void deepNestingAndTooManyEntriesAreRefused() throws IOException {
        var parts = TestFiles.parts("", TestFiles.sst());
        parts.put("xl/styles.xml", ("<styleSheet>" + "<a>".repeat(10_000) + "</a>".repeat(10_000) + "</styleSheet>")
                .getBytes(UTF_8));
        parts.put("[Content_Types].xml", TestFiles.CONTENT_TYPES.replace("</Types>",
                "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                        + "spreadsheetml.styles+xml\"/></Types>").getBytes(UTF_8));
        assertRefused(() -> open(TestFiles.zip(parts)), SheetMessages.UNREADABLE);

        var many = TestFiles.parts("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c></row>",
                TestFiles.sst());
        for (int i = 0; i < 20; i++) {
            many.put("xl/media/image" + i + ".png", new byte[] {1});
        }
        assertRefused(() -> open(TestFiles.zip(many), SheetLimits.DEFAULTS.withMaxZipEntries(10)),
                SheetMessages.UNREADABLE);
        try (SheetReader reader = open(TestFiles.zip(many))) {
            assertThat(reader.headers()).containsExactly("姓名");
        }
    }

    private static String stackText(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c).append('\n');
        }
        return sb.toString();
    }

}
