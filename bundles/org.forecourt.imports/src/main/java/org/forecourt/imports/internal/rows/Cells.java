package org.forecourt.imports.internal.rows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading typed values out of cell texts. The sheet layer already delivers dates as ISO {@code yyyy-MM-dd} (from date
 * cells and texts such as 2024/3/5 or 2024年3月5日) and numbers without float noise; what is left is tolerant parsing of
 * what staff type. Each method adds a {@link RowProblem} for {@code field} and returns null when the text is not
 * understood; blank cells are null without a problem.
 */
final class Cells {

    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");
    private static final Pattern YEAR = Pattern.compile("([0-9]{4})(\\.0+)?\\s*(款|年款|年|MY)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_ISO = Pattern.compile("([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})([ T].*)?");
    private static final Pattern DATE_COMPACT = Pattern.compile("([0-9]{4})([0-9]{2})([0-9]{2})");
    private static final Pattern DATE_OTHER = Pattern.compile("([0-9]{4})\\s*[./年]\\s*([0-9]{1,2})\\s*[./月]\\s*([0-9]{1,2})\\s*日?");
    /** Tag separators: comma, full-width comma, semicolons, the enumeration comma 、 and the vertical bar. */
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[,，;；、|]");

    private static final Set<String> YES = Set.of("是", "同意", "已同意", "愿意", "可以", "允许", "y", "yes", "true", "1",
            "√", "✓", "✔", "对");
    private static final Set<String> NO = Set.of("否", "不同意", "拒绝", "不愿意", "不可以", "不允许", "n", "no", "false", "0",
            "×", "✗", "✘", "x");

    private Cells() {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The text, trimmed; null when blank. */
    static String text(String s) {
        return blank(s) ? null : s.strip();
    }

    /** A whole number, tolerating thousands separators, spaces, a km / 公里 unit and decimals (rounded). */
    static Integer whole(String raw, String field, List<RowProblem> problems) {
        if (blank(raw)) {
            return null;
        }
        String s = raw.strip().replace(",", "").replace("，", "").replace(" ", "")
                .replaceAll("(?i)(km|公里|千米)$", "");
        if (!WHOLE.matcher(s).matches()) {
            problems.add(RowProblem.of(field, RowKeys.NOT_A_NUMBER, raw.strip()));
            return null;
        }
        BigDecimal value = new BigDecimal(s).setScale(0, RoundingMode.HALF_UP);
        if (value.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            problems.add(RowProblem.of(field, RowKeys.NOT_A_NUMBER, raw.strip()));
            return null;
        }
        return value.intValue();
    }

    /** A year such as 2023, 2023款 or 2023年. */
    static Integer year(String raw, String field, List<RowProblem> problems) {
        if (blank(raw)) {
            return null;
        }
        Matcher m = YEAR.matcher(raw.strip());
        if (!m.matches()) {
            problems.add(RowProblem.of(field, RowKeys.NOT_A_YEAR, raw.strip()));
            return null;
        }
        return Integer.valueOf(m.group(1));
    }

    /** A date: ISO (what the sheet layer delivers for date cells), yyyyMMdd, 2024.3.5, 2024/3/5 or 2024年3月5日. */
    static LocalDate date(String raw, String field, List<RowProblem> problems) {
        if (blank(raw)) {
            return null;
        }
        String s = raw.strip();
        Matcher m = DATE_ISO.matcher(s);
        if (!m.matches()) {
            m = DATE_COMPACT.matcher(s);
        }
        if (!m.matches()) {
            m = DATE_OTHER.matcher(s);
        }
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                // falls through to the problem
            }
        }
        problems.add(RowProblem.of(field, RowKeys.NOT_A_DATE, s));
        return null;
    }

    /** Yes (true), no (false), or null when blank; anything else is a problem. */
    static Boolean yesNo(String raw, String field, List<RowProblem> problems) {
        if (blank(raw)) {
            return null;
        }
        String s = raw.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(s)) {
            return Boolean.TRUE;
        }
        if (NO.contains(s)) {
            return Boolean.FALSE;
        }
        problems.add(RowProblem.of(field, RowKeys.INVALID_CHOICE, raw.strip(), "是 / 否 / Yes / No"));
        return null;
    }

    /** Tags separated by , ， ; ； 、 or |; blank parts dropped, order kept. */
    static Set<String> tags(String raw) {
        Set<String> tags = new LinkedHashSet<>();
        if (blank(raw)) {
            return tags;
        }
        for (String part : TAG_SEPARATORS.split(raw)) {
            if (!part.isBlank()) {
                tags.add(part.strip());
            }
        }
        return tags;
    }
}
