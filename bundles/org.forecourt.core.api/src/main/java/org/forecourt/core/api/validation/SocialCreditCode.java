package org.forecourt.core.api.validation;

import java.util.Optional;

/**
 * Unified social credit codes (统一社会信用代码), GB 32100-2015: 18 characters from the alphabet
 * {@value #ALPHABET} (no I, O, Z, S or V). Position 1 is the registration authority (e.g. {@code 9}
 * for market regulation, {@code 5} for civil affairs), position 2 the organisation type, positions
 * 3-8 the administrative division code (digits), positions 9-17 the organisation code and position
 * 18 a MOD 31 check character.
 *
 * <p>Accepted input: spaces and dashes anywhere, full-width characters, lower case.
 *
 * <p>Message keys: {@value #EMPTY}, {@value #CHARACTERS}, {@value #LENGTH}, {@value #REGION},
 * {@value #CHECKSUM}.
 */
public final class SocialCreditCode {

    /** The 31 characters a code may use, in the order of their numeric value 0..30. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** Null or blank input, or only separators (e.g. a "-" placeholder in a spreadsheet). */
    public static final String EMPTY = "validation.uscc.empty";
    /** A character outside {@link #ALPHABET} (typically the letters I, O, Z, S or V). */
    public static final String CHARACTERS = "validation.uscc.characters";
    /** Not 18 characters. */
    public static final String LENGTH = "validation.uscc.length";
    /** Positions 3-8 (administrative division code) are not all digits. */
    public static final String REGION = "validation.uscc.region";
    /** The 18th character does not match the check character computed from the first 17. */
    public static final String CHECKSUM = "validation.uscc.checksum";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private SocialCreditCode() {
    }

    /**
     * Checks a unified social credit code as typed.
     *
     * @param raw the code as typed, may be null
     * @return empty when valid, otherwise the message key of the first problem found
     */
    public static Optional<String> problem(String raw) {
        if (Input.isBlank(raw)) {
            return Optional.of(EMPTY);
        }
        String s = Input.compact(raw, "");
        if (s.isEmpty()) {
            return Optional.of(EMPTY);
        }
        for (int i = 0; i < s.length(); i++) {
            if (ALPHABET.indexOf(s.charAt(i)) < 0) {
                return Optional.of(CHARACTERS);
            }
        }
        if (s.length() != 18) {
            return Optional.of(LENGTH);
        }
        for (int i = 2; i < 8; i++) {
            if (!Input.isDigit(s.charAt(i))) {
                return Optional.of(REGION);
            }
        }
        if (checkDigit(s.substring(0, 17)) != s.charAt(17)) {
            return Optional.of(CHECKSUM);
        }
        return Optional.empty();
    }

    /**
     * Returns the canonical form of a unified social credit code: 18 upper-case characters.
     *
     * @param raw the code as typed (spaces, dashes, full-width characters and lower case allowed)
     * @return e.g. {@code "914403001922038216"}
     * @throws IllegalArgumentException when the code is invalid; the message is the key that
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
     * Computes the check character (18th position): {@code 31 - (sum of value × weight mod 31)},
     * where 31 becomes 0, mapped back through {@link #ALPHABET}.
     *
     * @param first17 exactly 17 characters from {@link #ALPHABET} (upper case)
     * @return a character of {@link #ALPHABET}
     * @throws IllegalArgumentException when {@code first17} is not 17 characters of the alphabet
     */
    public static char checkDigit(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("expected 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("unexpected character at position " + (i + 1));
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
