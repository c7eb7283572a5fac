package org.forecourt.core.api.validation;

/** Clean-up shared by the validators; not API. */
final class Input {

    private Input() {
    }

    /** @return true when {@code raw} is null, empty, or holds only white space (including U+3000). */
    static boolean isBlank(String raw) {
        if (raw == null) {
            return true;
        }
        for (int i = 0; i < raw.length(); i++) {
            if (!isSpace(raw.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Converts full-width ASCII variants (U+FF01..U+FF5E, as typed with a Chinese IME) to ASCII,
     * drops white space, invisible characters and dashes, drops any character listed in
     * {@code alsoDrop}, and upper-cases ASCII letters. Other characters (e.g. Chinese) are kept.
     */
    static String compact(String raw, String alsoDrop) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (isSpace(c) || isDash(c) || alsoDrop.indexOf(c) >= 0) {
                continue;
            }
            out.append(upperAscii(c));
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    private static boolean isDash(char c) {
        // '-', U+2010..U+2015 hyphens and dashes, U+301C wave dash, ...; plus the minus sign U+2212
        return Character.getType(c) == Character.DASH_PUNCTUATION || c == '\u2212';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Upper-cases a-z only, so that no other character can turn into an ASCII letter. */
    static char upperAscii(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    static boolean isUpperAscii(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
