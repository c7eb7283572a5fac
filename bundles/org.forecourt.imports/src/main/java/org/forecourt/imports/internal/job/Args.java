package org.forecourt.imports.internal.job;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Message arguments as one text column, keeping numbers numbers (so that {@code {0,number,#}} still formats after a
 * round trip): each argument is {@code l:} (whole number), {@code d:} (decimal) or {@code s:} (text), separated by
 * U+001F. Texts are cut to {@value #MAX_TEXT} characters.
 */
final class Args {

    static final int MAX_TEXT = 300;
    private static final char SEP = '\u001F';

    private Args() {
    }

    static String encode(List<?> args) {
        if (args == null || args.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Object a : args) {
            if (sb.length() > 0) {
                sb.append(SEP);
            }
            if (a instanceof Integer || a instanceof Long || a instanceof Short || a instanceof Byte
                    || a instanceof BigInteger) {
                sb.append("l:").append(a);
            } else if (a instanceof Number n) {
                sb.append("d:").append(n instanceof BigDecimal b ? b.toPlainString() : String.valueOf(n.doubleValue()));
            } else {
                String s = String.valueOf(a).replace(SEP, ' ');
                sb.append("s:").append(s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s);
            }
        }
        return sb.length() > 2000 ? sb.substring(0, 2000) : sb.toString();
    }

    static String encode(Object[] args) {
        return encode(args == null ? List.of() : List.of(args));
    }

    static List<Object> decode(String encoded) {
        List<Object> out = new ArrayList<>();
        if (encoded == null || encoded.isEmpty()) {
            return out;
        }
        for (String part : encoded.split(String.valueOf(SEP), -1)) {
            if (part.startsWith("l:")) {
                try {
                    out.add(Long.valueOf(part.substring(2)));
                } catch (NumberFormatException e) {
                    out.add(part.substring(2));
                }
            } else if (part.startsWith("d:")) {
                try {
                    out.add(Double.valueOf(part.substring(2)));
                } catch (NumberFormatException e) {
                    out.add(part.substring(2));
                }
            } else {
                out.add(part.startsWith("s:") ? part.substring(2) : part);
            }
        }
        return out;
    }
}
