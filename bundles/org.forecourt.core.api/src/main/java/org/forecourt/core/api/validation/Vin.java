package org.forecourt.core.api.validation;

import java.util.Optional;

/**
 * Vehicle identification numbers (车辆识别代号, 车架号), GB 16735 / ISO 3779 / 49 CFR 565:
 * 17 characters, digits and the letters A-Z except I, O and Q.
 *
 * <p>GB 16735 makes the check digit in position 9 mandatory for every vehicle sold in China, so it
 * is always enforced: each character is transliterated (digits to themselves, A-H to 1-8, J-N to 1-5,
 * P to 7, R to 9, S-Z to 2-9), multiplied by the weights 8,7,6,5,4,3,2,10,0,9,8,7,6,5,4,3,2, and the
 * sum modulo 11 is the check digit, 10 being written {@code X}.
 *
 * <p>Accepted input: spaces and dashes anywhere, full-width characters, lower case.
 *
 * <p>Message keys: {@value #EMPTY}, {@value #CHARACTERS}, {@value #LETTERS_IOQ}, {@value #LENGTH},
 * {@value #CHECKSUM}.
 */
public final class Vin {

    /** Null or blank input, or only separators (e.g. a "-" placeholder in a spreadsheet). */
    public static final String EMPTY = "validation.vin.empty";
    /** Something other than digits and letters. */
    public static final String CHARACTERS = "validation.vin.characters";
    /** The letter I, O or Q, which a VIN never uses (usually a mistyped 1 or 0). */
    public static final String LETTERS_IOQ = "validation.vin.ioq";
    /** Not 17 characters. */
    public static final String LENGTH = "validation.vin.length";
    /** Position 9 does not match the check digit computed from the other 16 characters. */
    public static final String CHECKSUM = "validation.vin.checksum";

    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    /** Transliteration of A..Z; 0 marks the forbidden letters I, O and Q. */
    private static final int[] LETTER_VALUES = {
        1, 2, 3, 4, 5, 6, 7, 8, 0, // A-I
        1, 2, 3, 4, 5, 0, 7, 0, 9, // J-R
        2, 3, 4, 5, 6, 7, 8, 9     // S-Z
    };

    private Vin() {
    }

    /**
     * Checks a VIN as typed.
     *
     * @param raw the VIN as typed, may be null
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
            char c = s.charAt(i);
            if (!Input.isDigit(c) && !Input.isUpperAscii(c)) {
                return Optional.of(CHARACTERS);
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'I' || c == 'O' || c == 'Q') {
                return Optional.of(LETTERS_IOQ);
            }
        }
        if (s.length() != 17) {
            return Optional.of(LENGTH);
        }
        if (checkDigit(s) != s.charAt(8)) {
            return Optional.of(CHECKSUM);
        }
        return Optional.empty();
    }

    /**
     * Returns the canonical form of a VIN: 17 upper-case characters.
     *
     * @param raw the VIN as typed (spaces, dashes, full-width characters and lower case allowed)
     * @return e.g. {@code "1M8GDM9AXKP042788"}
     * @throws IllegalArgumentException when the VIN is invalid; the message is the key that
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
     * Computes the check digit (position 9) of a VIN.
     *
     * @param vin17 17 characters, digits and letters except I, O and Q (either case); the character
     *              in position 9 is ignored and may be anything, e.g. {@code '0'} or {@code '_'}
     * @return {@code '0'}-{@code '9'} or {@code 'X'}
     * @throws IllegalArgumentException when {@code vin17} is not 17 characters or holds a character a
     *                                  VIN may not use (outside position 9)
     */
    public static char checkDigit(String vin17) {
        if (vin17 == null || vin17.length() != 17) {
            throw new IllegalArgumentException("expected 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            if (i == 8) {
                continue;
            }
            sum += value(Input.upperAscii(vin17.charAt(i)), i) * WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder == 10 ? 'X' : (char) ('0' + remainder);
    }

    private static int value(char c, int index) {
        if (Input.isDigit(c)) {
            return c - '0';
        }
        if (Input.isUpperAscii(c) && LETTER_VALUES[c - 'A'] != 0) {
            return LETTER_VALUES[c - 'A'];
        }
        throw new IllegalArgumentException("unexpected character at position " + (index + 1));
    }
}
