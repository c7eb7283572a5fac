package org.forecourt.imports.internal.sheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns cell contents into the text the user sees, and spots values that must not be imported silently. Shared by
 * the xlsx and the CSV reading so both deliver the same text for the same sheet.
 */
final class CellValues {

    /** Excel keeps 15 significant digits of a number. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_UP);
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** A number as Excel's "General" format shows it once it is too long: 1.10101E+17. */
    private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?(\\d+)(?:\\.(\\d+))?[eE]\\+?(\\d{1,3})");
    /** A date typed year first: 2024-3-5, 2024/03/05, 2024.3.5, 2024年3月5日, optionally with a time. */
    private static final Pattern YEAR_FIRST_DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    /** Excel's error values. */
    private static final Set<String> ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!",
            "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#UNKNOWN!", "#CONNECT!", "#BUSY!");

    private CellValues() {
    }

    /** What kind of value a number format shows. */
    enum DateKind { NONE, DATE, TIME, DATE_TIME, DATE_TIME_SECONDS, TIME_SECONDS }

    /**
     * Trims the characters people do not see: Unicode white space, the ideographic space U+3000, no-break spaces,
     * zero-width spaces and stray byte-order marks.
     */
    static String trim(String s) {
        if (s == null) {
            return "";
        }
        int start = 0;
        int end = s.length();
        while (start < end && invisible(s.charAt(start))) {
            start++;
        }
        while (end > start && invisible(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean invisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B'
                || c == '\u200C' || c == '\u200D' || c == '\u2060';
    }

    /**
     * A typed text: trimmed, year-first dates rewritten as ISO (2024/3/5 becomes 2024-03-05), anything else as is.
     * Problems (Excel errors, numbers shown in scientific notation) are added to {@code problems}.
     */
    static String text(String raw, int column, List<CellProblem> problems) {
        String s = trim(raw);
        if (s.isEmpty()) {
            return s;
        }
        char first = s.charAt(0);
        if (first == '#' && ERRORS.contains(s.toUpperCase(java.util.Locale.ROOT))) {
            problems.add(new CellProblem(column, s, SheetMessages.FORMULA_ERROR, s));
        } else if (first >= '0' && first <= '9' || first == '+' || first == '-') {
            String date = isoDate(s);
            if (date != null) {
                return date;
            }
            checkScientific(s, column, problems);
        }
        return s;
    }

    /**
     * Excel saved a long number as text the way "General" shows it, e.g. 1.10101E+17 in a CSV: the digits are gone.
     * Numbers of 11 digits or more (phones, ID cards, bank cards) are flagged.
     */
    private static void checkScientific(String s, int column, List<CellProblem> problems) {
        Matcher m = SCIENTIFIC.matcher(s);
        if (!m.matches()) {
            return;
        }
        int exponent = Integer.parseInt(m.group(3));
        int digits = m.group(1).replaceFirst("^0+(?=\\d)", "").length() + exponent; // digits before the point
        if (digits >= 11) {
            problems.add(new CellProblem(column, s, digits == 18 ? SheetMessages.ID_NUMBER_ROUNDED
                    : SheetMessages.NUMBER_ROUNDED, s));
        }
    }

    /** {@code s} as yyyy-MM-dd (with " HH:mm[:ss]" when it has a time) if it is a valid year-first date, else null. */
    static String isoDate(String s) {
        Matcher m = YEAR_FIRST_DATE.matcher(s);
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return date.toString();
            }
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return date + " " + (m.group(6) == null ? HM : HMS).format(time);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * A number cell as Excel shows it in "General" format, without float noise or a spurious ".0": 13800138000 stays
     * 13800138000, 0.30000000000000004 becomes 0.3. An integer of 16 digits or more cannot have survived Excel (which
     * keeps 15 significant digits): it is delivered with all its digits but flagged, as an ID card number when it has
     * 18 digits.
     */
    static String number(BigDecimal value, int column, List<CellProblem> problems) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        int integerDigits = stripped.precision() - stripped.scale();
        if (stripped.scale() <= 0 && integerDigits >= 16) {
            String digits = stripped.toBigInteger().toString();
            problems.add(new CellProblem(column, digits, integerDigits == 18 ? SheetMessages.ID_NUMBER_ROUNDED
                    : SheetMessages.NUMBER_ROUNDED, digits));
            return digits;
        }
        return value.round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }

    /** A date/time cell as ISO text: yyyy-MM-dd, yyyy-MM-dd HH:mm[:ss] or HH:mm[:ss], following the cell's format. */
    static String dateTime(LocalDateTime value, DateKind kind) {
        LocalTime time = value.toLocalTime();
        return switch (kind) {
            case DATE, NONE -> value.toLocalDate().toString();
            case TIME -> HM.format(time);
            case TIME_SECONDS -> HMS.format(time);
            case DATE_TIME -> value.toLocalDate() + " " + HM.format(time);
            case DATE_TIME_SECONDS -> value.toLocalDate() + " " + HMS.format(time);
        };
    }

    /**
     * Whether a number format shows a date or a time. Built-in formats are known by id (14-22 and 45-47 everywhere,
     * 27-36 and 50-58 in Chinese, Japanese and Korean Excel); custom ones are read: after removing quoted literals,
     * escaped characters and [...] sections (colours, locales, conditions), a y, d, h or s, or an m, means a date.
     */
    static DateKind dateKind(Integer formatId, String format) {
        if (formatId != null) {
            int id = formatId;
            if (id == 14 || id == 15 || id == 16 || id == 17 || id >= 27 && id <= 31 || id == 36 || id >= 50 && id <= 58) {
                return DateKind.DATE;
            }
            if (id == 18 || id == 20 || id == 32 || id == 34) {
                return DateKind.TIME;
            }
            if (id == 19 || id == 21 || id == 33 || id == 35 || id >= 45 && id <= 47) {
                return DateKind.TIME_SECONDS;
            }
            if (id == 22) {
                return DateKind.DATE_TIME;
            }
            if (id < 164 && (format == null || format.isEmpty())) {
                return DateKind.NONE;
            }
        }
        if (format == null || format.isEmpty()) {
            return DateKind.NONE;
        }
        String f = format;
        int semicolon = firstSection(f);
        if (semicolon >= 0) {
            f = f.substring(0, semicolon);
        }
        StringBuilder plain = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (quoted) {
                quoted = c != '"';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++; // escaped, padding or repeat: skip the next character
            } else if (c == '[') {
                // elapsed time [h] [mm] [ss] counts as time, other sections do not count
                int close = f.indexOf(']', i);
                String inside = close < 0 ? "" : f.substring(i + 1, close).toLowerCase(java.util.Locale.ROOT);
                if (inside.matches("h+|m+|s+")) {
                    plain.append(inside);
                }
                i = close < 0 ? f.length() : close;
            } else {
                plain.append(Character.toLowerCase(c));
            }
        }
        String p = plain.toString();
        if (p.equals("general") || p.indexOf('@') >= 0) {
            return DateKind.NONE;
        }
        boolean hasDate = p.indexOf('y') >= 0 || p.indexOf('d') >= 0 || p.indexOf('e') >= 0 && p.indexOf('0') < 0;
        boolean hasHour = p.indexOf('h') >= 0;
        boolean hasSecond = p.indexOf('s') >= 0;
        boolean hasM = p.indexOf('m') >= 0;
        if (!hasDate && hasM && !hasHour && !hasSecond) {
            hasDate = true; // "mmm" or "m/yy" style month formats
        }
        if (hasDate) {
            if (hasHour || hasSecond) {
                return hasSecond ? DateKind.DATE_TIME_SECONDS : DateKind.DATE_TIME;
            }
            return DateKind.DATE;
        }
        if (hasHour || hasSecond) {
            return hasSecond ? DateKind.TIME_SECONDS : DateKind.TIME;
        }
        return DateKind.NONE;
    }

    /** Index of the first ';' outside quotes, which ends the section for positive numbers. */
    private static int firstSection(String f) {
        boolean quoted = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\\') {
                i++;
            } else if (!quoted && c == ';') {
                return i;
            }
        }
        return -1;
    }

    /** The column letters of a 0-based index: 0 is A, 25 is Z, 26 is AA, 16383 is XFD. */
    static String columnLetter(int column) {
        if (column < 0) {
            throw new IllegalArgumentException("column " + column);
        }
        StringBuilder sb = new StringBuilder();
        int n = column + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            sb.append((char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return sb.reverse().toString();
    }
}
