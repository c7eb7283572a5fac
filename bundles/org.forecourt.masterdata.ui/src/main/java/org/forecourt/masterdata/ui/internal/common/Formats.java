package org.forecourt.masterdata.ui.internal.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.forecourt.core.api.validation.ChineseMobile;

/**
 * How the master data screens show numbers, money and times. Staff work in Simplified Chinese or English; money is
 * always yuan with the ¥ sign, two decimals and Chinese (three-digit, comma) grouping, whatever the language.
 * Times are shown in the user's zone (the store's), never the server's.
 */
public final class Formats {

    /** Money: {@code ¥1,234,567.00}. Negative amounts as {@code -¥12.00}. */
    private static final String MONEY_PATTERN = "¥#,##0.00";
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.SIMPLIFIED_CHINESE);
    private static final DateTimeFormatter ZH_DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.SIMPLIFIED_CHINESE);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter EN_DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private Formats() {
    }

    /** The UI language a locale stands for: Simplified Chinese unless it is English. */
    public static Locale language(Locale locale) {
        return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE;
    }

    public static boolean isChinese(Locale locale) {
        return language(locale) == Locale.SIMPLIFIED_CHINESE;
    }

    /** {@code ¥259,800.00}; empty for null. Rounded half-up to fen. */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat(MONEY_PATTERN, DecimalFormatSymbols.getInstance(Locale.SIMPLIFIED_CHINESE));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(amount);
    }

    /** The amount for an input field whose prefix shows the ¥: {@code 259,800.00}; empty for null. */
    public static String moneyInput(BigDecimal amount) {
        String s = money(amount);
        return s.startsWith("-¥") ? "-" + s.substring(2) : s.startsWith("¥") ? s.substring(1) : s;
    }

    /**
     * Reads an amount in yuan as staff type it: {@code 259800}, {@code 259,800.00}, {@code ¥259 800},
     * {@code ￥２５９８００} (full-width, from a Chinese input method), {@code 259800元}, or in units of ten thousand
     * as on price lists, {@code 25.98万} / {@code 25.98 万元}. The scale is kept (at least 2), so that the service can
     * refuse more than two decimals.
     *
     * @return empty when blank or not an amount
     */
    public static Optional<BigDecimal> parseYuan(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0); // full-width ASCII
            } else if (c == '\u3002') {
                c = '.'; // ideographic full stop typed as a decimal point
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == ',' || c == '¥' || c == '\uFFE5'
                    || c == '\u5143') { // 元
                continue;
            }
            s.append(c);
        }
        boolean tenThousands = false;
        if (s.length() > 0 && s.charAt(s.length() - 1) == '\u4E07') { // 万
            tenThousands = true;
            s.setLength(s.length() - 1);
        }
        String text = s.toString();
        if (!text.matches("-?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(text);
        if (tenThousands) {
            value = value.multiply(TEN_THOUSAND).stripTrailingZeros();
        }
        return Optional.of(value.scale() < 2 ? value.setScale(2) : value);
    }

    /** A whole number with grouping, e.g. {@code 12,345}; empty for null. */
    public static String number(Number n, Locale locale) {
        if (n == null) {
            return "";
        }
        return NumberFormat.getIntegerInstance(language(locale)).format(n);
    }

    /** One decimal, e.g. {@code 42.5} (an average). */
    public static String decimal1(double d, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(language(locale));
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(d);
    }

    /** {@code 2026-11-22} (Chinese) or {@code 22 Nov 2026} (English); empty for null. */
    public static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return (isChinese(locale) ? ZH_DATE : EN_DATE).format(date);
    }

    /** An instant in the user's zone: {@code 2026-11-22 19:05} or {@code 22 Nov 2026, 19:05}; empty for null. */
    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return "";
        }
        return (isChinese(locale) ? ZH_DATE_TIME : EN_DATE_TIME).format(instant.atZone(zone));
    }

    /** The day an instant falls on in the user's zone. */
    public static LocalDate day(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toLocalDate();
    }

    /**
     * A mobile number for lists: {@code 138****8000}. A stored value the validator does not accept (should not
     * happen) still hides its middle; null gives an empty string.
     */
    public static String maskedMobile(String mobile) {
        if (mobile == null || mobile.isBlank()) {
            return "";
        }
        if (ChineseMobile.problem(mobile).isEmpty()) {
            return ChineseMobile.mask(mobile);
        }
        String s = mobile.strip();
        if (s.length() <= 4) {
            return "****";
        }
        int keepStart = Math.min(3, s.length() - 4);
        return s.substring(0, keepStart) + "****" + s.substring(s.length() - 4);
    }

    /** Trimmed text, or null when blank. */
    public static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** The text, or an empty string for null. */
    public static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
