package org.forecourt.masterdata.impl.internal;

import java.util.Locale;

/** String clean-up shared by the rules. */
public final class Text {

    private Text() {
    }

    /** Trims (including the ideographic space U+3000), collapses inner white space to one space; blank → null. */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** Trims only (keeps line breaks in long text); blank → null. */
    public static String cleanMultiline(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return raw.strip();
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The key for case-insensitive prefix search: cleaned, lower case (root locale). */
    public static String searchKey(String raw) {
        String c = clean(raw);
        return c == null ? null : c.toLowerCase(Locale.ROOT);
    }

    public static String reverse(String s) {
        return s == null ? null : new StringBuilder(s).reverse().toString();
    }

    /** Upper-cases ASCII, converts full-width ASCII to ASCII and drops white space, dashes and middle dots. */
    public static String compactUpper(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '\u00B7' || c == '.'
                    || Character.getType(c) == Character.DASH_PUNCTUATION) {
                continue;
            }
            out.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
        }
        return out.toString();
    }

    public static boolean isDigits(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The escape character of LIKE patterns: queries say {@code LIKE :p ESCAPE '!'}. */
    public static final char LIKE_ESCAPE = '!';

    /** A LIKE pattern matching values that start with {@code prefix} (wildcards in it are escaped). */
    public static String startsWith(String prefix) {
        StringBuilder out = new StringBuilder(prefix.length() + 2);
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                out.append(LIKE_ESCAPE);
            }
            out.append(c);
        }
        return out.append('%').toString();
    }
}
