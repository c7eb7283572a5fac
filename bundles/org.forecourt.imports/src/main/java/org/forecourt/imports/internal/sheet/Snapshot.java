package org.forecourt.imports.internal.sheet;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A private copy of the uploaded or watched file, made in one streaming pass that also learns what the sheet layer
 * needs to know about it: size (within the limit), SHA-256, the first bytes (format, BOM, delimiter sniffing),
 * whether the whole file is valid UTF-8, whether it holds NUL bytes, and how many lines have content (for the row
 * estimate). Reading from a private copy means the checks and the reading see the same bytes even if the original
 * is replaced meanwhile.
 */
final class Snapshot implements Closeable {

    static final int HEAD_SIZE = 64 * 1024;
    private static final int BUFFER = 64 * 1024;

    final Path file;
    final long size;
    final String sha256;
    /** Up to the first {@link #HEAD_SIZE} bytes. */
    final byte[] head;
    /** Every byte sequence decodes as UTF-8 (a UTF-8 BOM allowed); only meaningful for text. */
    final boolean validUtf8;
    final boolean hasNul;
    /** Lines holding something other than blanks, quotes and delimiters (single-byte line ends only). */
    final long contentLines;

    private Snapshot(Path file, long size, String sha256, byte[] head, boolean validUtf8, boolean hasNul,
                     long contentLines) {
        this.file = file;
        this.size = size;
        this.sha256 = sha256;
        this.head = head;
        this.validUtf8 = validUtf8;
        this.hasNul = hasNul;
        this.contentLines = contentLines;
    }

    /** Copies {@code in} to a new temporary file; does not close {@code in}. */
    static Snapshot copy(InputStream in, Path tempDirectory, long maxBytes) throws IOException {
        Path file = tempDirectory == null ? Files.createTempFile("forecourt-sheet-", ".tmp")
                : Files.createTempFile(tempDirectory, "forecourt-sheet-", ".tmp");
        boolean ok = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            MessageDigest sha = sha256();
            Utf8Check utf8 = new Utf8Check();
            byte[] buf = new byte[BUFFER];
            byte[] head = null;
            long size = 0;
            boolean nul = false;
            boolean text = true;
            long lines = 0;
            boolean lineHasContent = false;
            int n;
            while ((n = in.readNBytes(buf, 0, buf.length)) > 0) {
                size += n;
                if (size > maxBytes) {
                    throw new SheetException(SheetMessages.TOO_LARGE, SheetLimits.mib(maxBytes));
                }
                if (head == null) {
                    head = Arrays.copyOf(buf, Math.min(n, HEAD_SIZE));
                    text = n < 2 || head[0] != 'P' || head[1] != 'K'; // no charset to learn for a zip
                }
                out.write(buf, 0, n);
                sha.update(buf, 0, n);
                if (!text) {
                    continue;
                }
                utf8.update(buf, n);
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    switch (b) {
                        case 0 -> nul = true;
                        case '\n' -> {
                            if (lineHasContent) {
                                lines++;
                            }
                            lineHasContent = false;
                        }
                        case '\r', ' ', '\t', ',', ';', '"' -> { }
                        default -> lineHasContent = true;
                    }
                }
            }
            if (lineHasContent) {
                lines++;
            }
            Snapshot s = new Snapshot(file, size, HexFormat.of().formatHex(sha.digest()),
                    head == null ? new byte[0] : head, text && utf8.finish(), nul, lines);
            ok = true;
            return s;
        } finally {
            if (!ok) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Strict, incremental UTF-8 validation (malformed or unmappable input fails). */
    private static final class Utf8Check {
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final CharBuffer out = CharBuffer.allocate(BUFFER);
        private ByteBuffer in = ByteBuffer.allocate(BUFFER + 8);
        private boolean valid = true;

        void update(byte[] bytes, int length) {
            if (!valid) {
                return;
            }
            if (in.remaining() < length) {
                ByteBuffer bigger = ByteBuffer.allocate(in.position() + length);
                in.flip();
                bigger.put(in);
                in = bigger;
            }
            in.put(bytes, 0, length);
            in.flip();
            decode(false);
            in.compact();
        }

        boolean finish() {
            if (valid) {
                in.flip();
                decode(true);
                if (valid) {
                    out.clear();
                    valid = !decoder.flush(out).isError();
                }
            }
            return valid;
        }

        private void decode(boolean endOfInput) {
            while (true) {
                out.clear();
                CoderResult r = decoder.decode(in, out, endOfInput);
                if (r.isError()) {
                    valid = false;
                    return;
                }
                if (r.isUnderflow()) {
                    return;
                }
            }
        }
    }
}
