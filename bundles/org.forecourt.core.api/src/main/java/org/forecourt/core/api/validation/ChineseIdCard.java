package org.forecourt.core.api.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Resident identity card numbers (居民身份证号码), GB 11643-1999: 18 characters, being a 6-digit
 * address code, an 8-digit birth date {@code YYYYMMDD}, a 3-digit sequence (odd for men, even for
 * women) and an ISO 7064 MOD 11-2 check character ({@code 0}-{@code 9} or {@code X}).
 *
 * <p>Checked: characters, length, province (first two digits: 11-15, 21-23, 31-37, 41-46, 50-54,
 * 61-65, 71, 81, 82, 83, 91), birth date (a real date, from 1900-01-01 up to today in China) and the
 * check character. The 15-digit first-generation cards are refused with their own key.
 *
 * <p>Accepted input: spaces and dashes anywhere, full-width digits, lower-case {@code x}.
 *
 * <p>Message keys: {@value #EMPTY}, {@value #CHARACTERS}, {@value #LEGACY15}, {@value #LENGTH},
 * {@value #REGION}, {@value #BIRTHDATE}, {@value #CHECKSUM}.
 */
public final class ChineseIdCard {

    /** Null or blank input, or only separators (e.g. a "-" placeholder in a spreadsheet). */
    public static final String EMPTY = "validation.idcard.empty";
    /** Something other than digits, or an X that is not the last character. */
    public static final String CHARACTERS = "validation.idcard.characters";
    /** A 15-digit first-generation card number. */
    public static final String LEGACY15 = "validation.idcard.legacy15";
    /** Not 18 characters. */
    public static final String LENGTH = "validation.idcard.length";
    /** The first two digits are not a province code. */
    public static final String REGION = "validation.idcard.region";
    /** Digits 7-14 are not a real date between 1900-01-01 and today. */
    public static final String BIRTHDATE = "validation.idcard.birthdate";
    /** The 18th character does not match the check character computed from the first 17. */
    public static final String CHECKSUM = "validation.idcard.checksum";

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private ChineseIdCard() {
    }

    /**
     * Checks an identity card number as typed, against today's date in China.
     *
     * @param raw the number as typed, may be null
     * @return empty when valid, otherwise the message key of the first problem found
     */
    public static Optional<String> problem(String raw) {
        return problem(raw, LocalDate.now(CHINA));
    }

    /** As {@link #problem(String)}, with a given "today" (for tests). */
    static Optional<String> problem(String raw, LocalDate today) {
        if (Input.isBlank(raw)) {
            return Optional.of(EMPTY);
        }
        String s = Input.compact(raw, "");
        if (s.isEmpty()) {
            return Optional.of(EMPTY);
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Input.isDigit(c) && !(c == 'X' && i == s.length() - 1)) {
                return Optional.of(CHARACTERS);
            }
        }
        if (s.length() == 15 && s.indexOf('X') < 0) {
            return Optional.of(LEGACY15);
        }
        if (s.length() != 18) {
            return Optional.of(LENGTH);
        }
        if (!isProvince(Integer.parseInt(s.substring(0, 2)))) {
            return Optional.of(REGION);
        }
        LocalDate birth = parseDate(s.substring(6, 14));
        if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            return Optional.of(BIRTHDATE);
        }
        if (checkDigit(s.substring(0, 17)) != s.charAt(17)) {
            return Optional.of(CHECKSUM);
        }
        return Optional.empty();
    }

    /**
     * Returns the canonical form of an identity card number: 18 characters, upper-case {@code X}.
     *
     * @param raw the number as typed (spaces, dashes, full-width digits and lower-case x allowed)
     * @return e.g. {@code "11010519491231002X"}
     * @throws IllegalArgumentException when the number is invalid; the message is the key that
     *                                  {@link #problem(String)} reports
     */
    public static String normalize(String raw) {
        Optional<String> problem = problem(raw);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        return Input.compact(raw, "");
    }

    /**
     * Computes the check character (18th position) with ISO 7064 MOD 11-2.
     *
     * @param first17 exactly 17 ASCII digits (the number without its check character)
     * @return {@code '0'}-{@code '9'} or {@code 'X'}
     * @throws IllegalArgumentException when {@code first17} is not 17 digits
     */
    public static char checkDigit(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("expected 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (!Input.isDigit(c)) {
                throw new IllegalArgumentException("expected 17 digits");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /**
     * Reads the date of birth from a valid identity card number.
     *
     * @param raw the number as typed
     * @return the date of birth, or empty when the number is invalid
     */
    public static Optional<LocalDate> birthDate(String raw) {
        if (problem(raw).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(parseDate(Input.compact(raw, "").substring(6, 14)));
    }

    /**
     * Reads the gender from a valid identity card number (17th digit: odd for men, even for women).
     *
     * @param raw the number as typed
     * @return {@code "M"} or {@code "F"}, or empty when the number is invalid
     */
    public static Optional<String> gender(String raw) {
        if (problem(raw).isPresent()) {
            return Optional.empty();
        }
        int digit = Input.compact(raw, "").charAt(16) - '0';
        return Optional.of(digit % 2 == 1 ? "M" : "F");
    }

    private static boolean isProvince(int code) {
        return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37)
                || (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65)
                || code == 71 || code == 81 || code == 82 || code == 83 || code == 91;
    }

    /** @return the date, or null when {@code yyyymmdd} is not a real date */
    private static LocalDate parseDate(String yyyymmdd) {
        try {
            return LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
                    Integer.parseInt(yyyymmdd.substring(4, 6)),
                    Integer.parseInt(yyyymmdd.substring(6, 8)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
