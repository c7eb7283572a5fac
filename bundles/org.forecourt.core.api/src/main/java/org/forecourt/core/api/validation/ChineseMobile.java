package org.forecourt.core.api.validation;

import java.util.Optional;

/**
 * Mainland China mobile numbers: 11 digits starting with {@code 13}..{@code 19}.
 *
 * <p>Accepted input: the 11 digits, optionally preceded by the country code {@code +86},
 * {@code 0086} or {@code 86}; spaces, dashes, dots and parentheses anywhere; full-width digits and
 * signs. For example {@code "+86 138-0013-8000"}, {@code "(86)13800138000"} and
 * {@code "１３８ ００１３ ８０００"} all normalize to {@code "13800138000"}.
 *
 * <p>Message keys: {@value #EMPTY}, {@value #CHARACTERS}, {@value #COUNTRY}, {@value #LENGTH},
 * {@value #PREFIX}.
 */
public final class ChineseMobile {

    /** Null or blank input, or only separators (e.g. a "-" placeholder in a spreadsheet). */
    public static final String EMPTY = "validation.mobile.empty";
    /** Something other than digits (and a leading {@code +}) remains after clean-up. */
    public static final String CHARACTERS = "validation.mobile.characters";
    /** An international prefix other than +86 / 0086 (e.g. a Hong Kong number +852). */
    public static final String COUNTRY = "validation.mobile.country";
    /** Not 11 digits once the country code is removed. */
    public static final String LENGTH = "validation.mobile.length";
    /** 11 digits, but not starting with 13..19 (e.g. a landline number). */
    public static final String PREFIX = "validation.mobile.prefix";

    private ChineseMobile() {
    }

    /**
     * Checks a mobile number as typed.
     *
     * @param raw the number as typed, may be null
     * @return empty when {@code raw} is a valid mainland mobile number, otherwise the message key of
     *         the first problem found
     */
    public static Optional<String> problem(String raw) {
        if (Input.isBlank(raw)) {
            return Optional.of(EMPTY);
        }
        String s = Input.compact(raw, "().");
        if (s.isEmpty()) {
            return Optional.of(EMPTY);
        }
        boolean international = false;
        if (s.startsWith("+")) {
            s = s.substring(1);
            international = true;
        } else if (s.startsWith("00")) {
            s = s.substring(2);
            international = true;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Input.isDigit(s.charAt(i))) {
                return Optional.of(CHARACTERS);
            }
        }
        if (s.isEmpty()) {
            return Optional.of(LENGTH);
        }
        if (international) {
            if (!s.startsWith("86")) {
                return Optional.of(COUNTRY);
            }
            s = s.substring(2);
        } else if (s.length() == 13 && s.startsWith("86")) {
            // a mainland mobile number never starts with 8, so 13 digits starting 86 carry the code
            s = s.substring(2);
        }
        if (s.length() != 11) {
            return Optional.of(LENGTH);
        }
        if (s.charAt(0) != '1' || s.charAt(1) < '3') {
            return Optional.of(PREFIX);
        }
        return Optional.empty();
    }

    /**
     * Returns the canonical form of a mobile number: its 11 digits, without country code.
     *
     * @param raw the number as typed (see the class comment for what is accepted)
     * @return the 11 digits, e.g. {@code "13800138000"}
     * @throws IllegalArgumentException when the number is invalid; the message is the key that
     *                                  {@link #problem(String)} reports
     */
    public static String normalize(String raw) {
        Optional<String> problem = problem(raw);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        String digits = Input.compact(raw, "().+");
        return digits.substring(digits.length() - 11);
    }

    /**
     * Masks a mobile number for display, keeping the first 3 and last 4 digits.
     *
     * @param raw the number as typed (anything {@link #normalize(String)} accepts)
     * @return e.g. {@code "138****8000"}
     * @throws IllegalArgumentException when the number is invalid; the message is the key that
     *                                  {@link #problem(String)} reports
     */
    public static String mask(String raw) {
        String n = normalize(raw);
        return n.substring(0, 3) + "****" + n.substring(7);
    }
}
