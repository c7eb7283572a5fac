package org.forecourt.core.api.validation;

import java.util.Optional;

/**
 * Chinese motor vehicle licence plate numbers (机动车号牌号码), GA 36-2018: a province
 * abbreviation ({@value #PROVINCES}), an issuing-authority letter and a serial.
 *
 * <ul>
 * <li>Ordinary plates, 7 characters: serial of 5 digits or letters, e.g. {@code 京A12345},
 * {@code 沪AB123C}.</li>
 * <li>Special-use plates, 7 characters: serial of 4 digits or letters followed by 学 (driving-school
 * coach), 警 (police), 挂 (trailer), or 港 / 澳 (Hong Kong / Macao cross-border vehicles, only on
 * 粤Z plates), e.g. {@code 京A1234学}, {@code 粤Z1234港}.</li>
 * <li>New-energy plates, 8 characters, serial of 6:
 * small vehicles: an energy letter, a digit or letter, then 4 digits, e.g. {@code 京AD12345};
 * large vehicles: 5 digits then an energy letter, e.g. {@code 京A12345D}.
 * GA 36-2018 uses D (pure electric) and F (other new energy); the reserve letters A, B, C, E (pure
 * electric) and G, H, J, K (other) opened when D / F run out are accepted as well.</li>
 * </ul>
 * Serials never use the letters I and O; the authority letter is never I (O is in use for police
 * and government vehicles in several provinces). Embassy (使) and consulate (领) plates are refused
 * with their own key, as are Hong Kong / Macao suffixes outside 粤Z.
 *
 * <p>Accepted input: spaces, dashes and the middle dot ({@code 京A·12345}) anywhere, full-width
 * letters and digits, lower case, and traditional characters (e.g. 粵, 滬, 學).
 *
 * <p>Message keys: {@value #EMPTY}, {@value #DIPLOMATIC}, {@value #PROVINCE}, {@value #LENGTH},
 * {@value #AUTHORITY}, {@value #CHARACTERS}, {@value #HK_MACAO}, {@value #NEW_ENERGY}.
 */
public final class LicencePlate {

    /** The 31 province abbreviations a plate may start with. */
    public static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

    /** Null or blank input, or only separators (e.g. a "-" placeholder in a spreadsheet). */
    public static final String EMPTY = "validation.plate.empty";
    /** An embassy (使) or consulate (领) plate. */
    public static final String DIPLOMATIC = "validation.plate.diplomatic";
    /** The first character is not a province abbreviation. */
    public static final String PROVINCE = "validation.plate.province";
    /** Not 7 characters (8 for new-energy plates). */
    public static final String LENGTH = "validation.plate.length";
    /** The second character is not an issuing-authority letter. */
    public static final String AUTHORITY = "validation.plate.authority";
    /** The serial holds something other than digits and letters (except I and O) and a valid suffix. */
    public static final String CHARACTERS = "validation.plate.characters";
    /** A 港 / 澳 suffix on a plate that does not start with 粤Z. */
    public static final String HK_MACAO = "validation.plate.hkmacao";
    /** 8 characters that do not follow the new-energy serial pattern. */
    public static final String NEW_ENERGY = "validation.plate.newenergy";

    private static final String SUFFIXES = "学警挂港澳";
    private static final String NEW_ENERGY_LETTERS = "DABCEFGHJK";
    private static final String MIDDLE_DOTS = "\u00B7\u2022\u2027\u2219\u30FB\uFF65.";
    private static final String TRADITIONAL = "滬遼魯蘇贛貴粵陝閩雲寧瓊晉學掛領";
    private static final String SIMPLIFIED = "沪辽鲁苏赣贵粤陕闽云宁琼晋学挂领";

    private LicencePlate() {
    }

    /**
     * Checks a plate number as typed.
     *
     * @param raw the plate as typed, may be null
     * @return empty when valid, otherwise the message key of the first problem found
     */
    public static Optional<String> problem(String raw) {
        if (Input.isBlank(raw)) {
            return Optional.of(EMPTY);
        }
        String s = clean(raw);
        if (s.isEmpty()) {
            return Optional.of(EMPTY);
        }
        if (s.indexOf('使') >= 0 || s.indexOf('领') >= 0) {
            return Optional.of(DIPLOMATIC);
        }
        if (PROVINCES.indexOf(s.charAt(0)) < 0) {
            return Optional.of(PROVINCE);
        }
        if (s.length() != 7 && s.length() != 8) {
            return Optional.of(LENGTH);
        }
        char authority = s.charAt(1);
        if (!Input.isUpperAscii(authority) || authority == 'I') {
            return Optional.of(AUTHORITY);
        }
        String serial = s.substring(2);
        if (s.length() == 7) {
            char last = serial.charAt(4);
            boolean suffixed = SUFFIXES.indexOf(last) >= 0;
            if (!isSerial(suffixed ? serial.substring(0, 4) : serial)) {
                return Optional.of(CHARACTERS);
            }
            if ((last == '港' || last == '澳') && !s.startsWith("粤Z")) {
                return Optional.of(HK_MACAO);
            }
            return Optional.empty();
        }
        if (!isSerial(serial)) {
            return Optional.of(CHARACTERS);
        }
        boolean small = NEW_ENERGY_LETTERS.indexOf(serial.charAt(0)) >= 0 && allDigits(serial.substring(2));
        boolean large = allDigits(serial.substring(0, 5)) && NEW_ENERGY_LETTERS.indexOf(serial.charAt(5)) >= 0;
        return small || large ? Optional.empty() : Optional.of(NEW_ENERGY);
    }

    /**
     * Returns the canonical form of a plate number: no spaces or middle dot, upper case, simplified
     * characters.
     *
     * @param raw the plate as typed (e.g. {@code "京a·12345"}, {@code "粵Z 1234 港"})
     * @return e.g. {@code "京A12345"}
     * @throws IllegalArgumentException when the plate is invalid; the message is the key that
     *                                  {@link #problem(String)} reports
     */
    public static String normalize(String raw) {
        Optional<String> problem = problem(raw);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        return clean(raw);
    }

    /**
     * Tells whether a plate is a valid new-energy plate (8 characters, green plate).
     *
     * @param raw the plate as typed
     * @return true for a valid new-energy plate; false for a valid ordinary or special-use plate and
     *         for anything invalid
     */
    public static boolean isNewEnergy(String raw) {
        return problem(raw).isEmpty() && clean(raw).length() == 8;
    }

    private static String clean(String raw) {
        String s = Input.compact(raw, MIDDLE_DOTS);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int t = TRADITIONAL.indexOf(c);
            out.append(t >= 0 ? SIMPLIFIED.charAt(t) : c);
        }
        return out.toString();
    }

    /** Digits and upper-case letters except I and O. */
    private static boolean isSerial(String serial) {
        for (int i = 0; i < serial.length(); i++) {
            char c = serial.charAt(i);
            if (!Input.isDigit(c) && !(Input.isUpperAscii(c) && c != 'I' && c != 'O')) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Input.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
