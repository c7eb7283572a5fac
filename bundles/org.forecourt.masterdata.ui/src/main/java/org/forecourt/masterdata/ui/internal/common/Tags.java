package org.forecourt.masterdata.ui.internal.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Customer tags as staff type them. A tag is short free text ("VIP", "老客户", "fleet"); the service trims and
 * lower-cases ASCII letters, the screen does the same so that what is shown is what will be stored. Several tags may be
 * typed at once, separated by commas (also Chinese ，and 、) or semicolons; a leading {@code #} is dropped.
 */
public final class Tags {

    private static final String SEPARATORS = ",，、;；\n\r\t";

    private Tags() {
    }

    /** One tag cleaned up: full-width ASCII to ASCII, spaces collapsed, leading # removed, ASCII lower case. */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (c == '#' && out.length() == 0) {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return out.toString();
    }

    /** Splits typed text into tags, cleaned up, without empty ones or repeats, in typing order. */
    public static List<String> parse(String typed) {
        Set<String> tags = new LinkedHashSet<>();
        if (typed == null) {
            return List.of();
        }
        StringBuilder current = new StringBuilder();
        for (int i = 0; i <= typed.length(); i++) {
            char c = i < typed.length() ? typed.charAt(i) : ',';
            if (SEPARATORS.indexOf(c) >= 0) {
                String tag = normalize(current.toString());
                if (!tag.isEmpty()) {
                    tags.add(tag);
                }
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return List.copyOf(tags);
    }

    /** The tags cleaned up, without empty ones or repeats, order kept. */
    public static Set<String> normalizeAll(Collection<String> tags) {
        Set<String> out = new LinkedHashSet<>();
        if (tags != null) {
            for (String t : tags) {
                out.addAll(parse(t));
            }
        }
        return out;
    }

    /** The existing tags plus those typed, as a new set (existing first). */
    public static Set<String> merge(Collection<String> existing, String typed) {
        Set<String> out = new LinkedHashSet<>(normalizeAll(existing));
        out.addAll(parse(typed));
        return out;
    }

    /** For display: sorted, so that the same tags always look the same. */
    public static List<String> sorted(Collection<String> tags) {
        List<String> out = new ArrayList<>(tags == null ? List.of() : tags);
        out.sort(String::compareTo);
        return out;
    }
}
