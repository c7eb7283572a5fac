package org.forecourt.core.api.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SocialCreditCodeTest {

    private static final String ALPHABET = SocialCreditCode.ALPHABET;

    /** Codes from the companies' public business registrations (national enterprise credit system). */
    @ParameterizedTest
    @CsvSource({
        "914403001922038216, 华为技术有限公司",
        "9144030071526726XG, 腾讯科技（深圳）有限公司",
        "91440300708461136T, 深圳市腾讯计算机系统有限公司",
        "91110108551385082Q, 小米科技有限责任公司",
        "91440300192317458F, 比亚迪股份有限公司",
    })
    void acceptsRealPublishedCodes(String code, String company) {
        assertThat(SocialCreditCode.problem(code)).as(company).isEmpty();
        assertThat(SocialCreditCode.checkDigit(code.substring(0, 17))).as(company).isEqualTo(code.charAt(17));
        assertThat(SocialCreditCode.normalize(code)).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "9144030071526726xg",
        " 9144030071526726XG\t",
        "91 440300 71526726X G",
        "91-440300-71526726X-G",
        "９１４４０３００７１５２６７２６ＸＧ",
        "９１４４０３００７１５２６７２６ｘｇ",
    })
    void normalizesCaseSpacesAndFullWidth(String raw) {
        assertThat(SocialCreditCode.problem(raw)).isEmpty();
        assertThat(SocialCreditCode.normalize(raw)).isEqualTo("9144030071526726XG");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000", "--"})
    void blankIsEmpty(String raw) {
        assertThat(SocialCreditCode.problem(raw)).contains("validation.uscc.empty");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "9144030019220382I6  | validation.uscc.characters",
        "91440300I922038216  | validation.uscc.characters",
        "9144030O1922038216  | validation.uscc.characters",
        "Z14403001922038216  | validation.uscc.characters",
        "91440300192203821S  | validation.uscc.characters",
        "9144030019220V8216  | validation.uscc.characters",
        "914403001922038*16  | validation.uscc.characters",
        "91440300192203821   | validation.uscc.length",
        "9144030019220382160 | validation.uscc.length",
        "440300192203821     | validation.uscc.length",
        "914403001922038217  | validation.uscc.checksum",
        "914403001922038210  | validation.uscc.checksum",
        "9144030071526726X0  | validation.uscc.checksum",
    })
    void reportsEachProblemWithItsKey(String raw, String key) {
        assertThat(SocialCreditCode.problem(raw)).contains(key);
        assertThatIllegalArgumentException().isThrownBy(() -> SocialCreditCode.normalize(raw)).withMessage(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91A40300192203821", "9144030A192203821", "91440W00192203821"})
    void regionCodeMustBeDigits(String first17) {
        String code = first17 + SocialCreditCode.checkDigit(first17);
        assertThat(SocialCreditCode.problem(code)).contains("validation.uscc.region");
    }

    @Test
    void checkValueThirtyOneBecomesZero() {
        // sum 0 -> 31 - 0 = 31 -> 0
        assertThat(SocialCreditCode.checkDigit("00000000000000000")).isEqualTo('0');
        // sum 1 -> 31 - 1 = 30 -> 'Y', the last character of the alphabet
        assertThat(SocialCreditCode.checkDigit("10000000000000000")).isEqualTo('Y');
        // sum 30 -> 1
        assertThat(SocialCreditCode.checkDigit("Y0000000000000000")).isEqualTo('1');
    }

    @Test
    void checkDigitRoundTripsOnGeneratedBodies() {
        Random random = new Random(32100);
        for (int n = 0; n < 1000; n++) {
            StringBuilder body = new StringBuilder();
            body.append(ALPHABET.charAt(random.nextInt(31))).append(ALPHABET.charAt(random.nextInt(31)));
            for (int i = 0; i < 6; i++) {
                body.append((char) ('0' + random.nextInt(10)));
            }
            for (int i = 0; i < 9; i++) {
                body.append(ALPHABET.charAt(random.nextInt(31)));
            }
            String first17 = body.toString();
            char check = SocialCreditCode.checkDigit(first17);
            String code = first17 + check;

            assertThat(SocialCreditCode.problem(code)).as(code).isEmpty();
            assertThat(SocialCreditCode.normalize(code.toLowerCase())).isEqualTo(code);

            for (char other : ALPHABET.toCharArray()) {
                if (other != check) {
                    assertThat(SocialCreditCode.problem(first17 + other)).as(first17 + other)
                            .contains("validation.uscc.checksum");
                }
            }
            // 31 is prime and no weight is 0 mod 31, so any single substitution is caught
            int position = random.nextInt(17);
            String pool = position >= 2 && position < 8 ? "0123456789" : ALPHABET;
            char original = code.charAt(position);
            char wrong;
            do {
                wrong = pool.charAt(random.nextInt(pool.length()));
            } while (wrong == original);
            String typo = code.substring(0, position) + wrong + code.substring(position + 1);
            assertThat(SocialCreditCode.problem(typo)).as(typo).contains("validation.uscc.checksum");
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"9144030019220382", "914403001922038216", "91440300192203I21", "9144030019220382a"})
    void checkDigitRefusesAnythingButSeventeenAlphabetCharacters(String first17) {
        assertThatIllegalArgumentException().isThrownBy(() -> SocialCreditCode.checkDigit(first17));
    }
}
