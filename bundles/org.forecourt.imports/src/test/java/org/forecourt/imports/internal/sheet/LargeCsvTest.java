package org.forecourt.imports.internal.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 GBK rows of about 700 bytes (some 70 MB, about 100 MB as Java strings) stream through a test JVM of
 * 128 MB heap (surefire argLine), and the heap in use after a GC stays small while reading: nothing holds the rows.
 */
class LargeCsvTest {

    private static final int ROWS = 100_000;
    private static final String NOTE = "客户要求下次保养时检查刹车片和轮胎，并提醒续保交强险与商业险；".repeat(10);

    @TempDir
    Path dir;

    @Test
    void streamsAHundredThousandRowsInBoundedMemory() throws IOException {
        Path file = dir.resolve("客户.csv");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write("姓名,手机,身份证号,地址,备注\r\n".getBytes(TestFiles.GBK));
            for (int i = 1; i <= ROWS; i++) {
                out.write(("王小明" + i + "," + (13_800_000_000L + i) + ",11010119900307" + String.format("%04d", i % 10_000)
                        + ",北京市朝阳区建国路" + i + "号," + NOTE + "\r\n").getBytes(TestFiles.GBK));
            }
        }
        assertThat(Files.size(file)).isGreaterThan(60L << 20);

        long peak = 0;
        try (SheetReader reader = SheetReader.open(file)) {
            assertThat(reader.charset()).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("GB18030"));
            assertThat(reader.estimatedRowCount()).isEqualTo(ROWS);
            long count = 0;
            double progress = 0;
            for (Iterator<SheetRow> it = reader.iterator(); it.hasNext(); ) {
                SheetRow row = it.next();
                count++;
                if (count % 25_000 == 0) {
                    assertThat(row.rowNumber()).isEqualTo(count + 1);
                    assertThat(row.cell(0)).isEqualTo("王小明" + count);
                    assertThat(row.cell(4)).isEqualTo(NOTE);
                    assertThat(reader.progress()).isGreaterThan(progress);
                    progress = reader.progress();
                    peak = Math.max(peak, usedAfterGc());
                }
            }
            assertThat(count).isEqualTo(ROWS);
            assertThat(reader.progress()).isEqualTo(1.0);
        }
        assertThat(peak).as("heap in use while streaming").isLessThan(48L << 20);
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
