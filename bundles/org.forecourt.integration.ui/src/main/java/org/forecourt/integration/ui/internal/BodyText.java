package org.forecourt.integration.ui.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.forecourt.integration.api.DeadLetter;

/**
 * A dead letter's body for reading: text as it is; bytes decoded as UTF-8, else GB18030 (what Chinese carmakers'
 * systems often send), else shown as hex. Long bodies are cut for display (the stored body is untouched).
 *
 * @param text     what to show
 * @param kind     message key describing the body (text, UTF-8, GB18030, binary, empty)
 * @param size     characters (text) or bytes (binary)
 * @param cut      whether the text was cut for display
 */
record BodyText(String text, String kind, int size, boolean cut) {

    static final int MAX_CHARS = 200_000;
    static final int MAX_HEX_BYTES = 16_384;

    static BodyText of(DeadLetter d) {
        if (d.bodyText() != null) {
            return text(d.bodyText(), "integration.ui.body.text", d.bodyText().length());
        }
        byte[] bytes = d.bodyBytes();
        if (bytes == null || bytes.length == 0) {
            return new BodyText("", "integration.ui.body.empty", 0, false);
        }
        String utf8 = decode(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return text(utf8, "integration.ui.body.utf8", bytes.length);
        }
        String gb = decode(bytes, Charset.forName("GB18030"));
        if (gb != null) {
            return text(gb, "integration.ui.body.gb18030", bytes.length);
        }
        int n = Math.min(bytes.length, MAX_HEX_BYTES);
        StringBuilder sb = new StringBuilder();
        HexFormat hex = HexFormat.of();
        for (int i = 0; i < n; i += 16) {
            sb.append(String.format("%08x  ", i));
            sb.append(hex.withDelimiter(" ").formatHex(bytes, i, Math.min(n, i + 16))).append('\n');
        }
        return new BodyText(sb.toString(), "integration.ui.body.binary", bytes.length, n < bytes.length);
    }

    private static BodyText text(String s, String kind, int size) {
        boolean cut = s.length() > MAX_CHARS;
        return new BodyText(cut ? s.substring(0, MAX_CHARS) : s, kind, size, cut);
    }

    /** Strict decoding: null if the bytes are not valid in the charset (or hold control characters). */
    static String decode(byte[] bytes, Charset charset) {
        try {
            String s = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                    return null;
                }
            }
            return s;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
