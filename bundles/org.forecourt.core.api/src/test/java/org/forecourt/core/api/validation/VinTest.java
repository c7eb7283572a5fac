package org.forecourt.core.api.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VinTest {

    private static final String VIN_ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";

    /**
     * Published VINs with a valid check digit: the worked example of the check-digit calculation
     * (X), the all-ones VIN, and sample VINs widely used in documentation, including one with the
     * Chinese WMI LSV (SAIC Volkswagen).
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "1M8GDM9AXKP042788",
        "11111111111111111",
        "1HGCM82633A004352",
        "5GZCZ43D13S812715",
        "JH4KA7561PC008269",
        "1G1JC5444R7252367",
        "2G1WT57K291223396",
        "LSVAM4187C2184847",
    })
    void acceptsPublishedVins(String vin) {
        assertThat(Vin.problem(vin)).isEmpty();
        assertThat(Vin.checkDigit(vin)).isEqualTo(vin.charAt(8));
        assertThat(Vin.normalize(vin)).isEqualTo(vin);
    }

    @Test
    void computesTheKnownCheckDigits() {
        assertThat(Vin.checkDigit("1M8GDM9A_KP042788")).isEqualTo('X');
        // all ones: (8+7+6+5+4+3+2+10+0+9+8+7+6+5+4+3+2) = 89, 89 mod 11 = 1
        assertThat(Vin.checkDigit("11111111111111111")).isEqualTo('1');
        assertThat(Vin.checkDigit("1m8gdm9a0kp042788")).isEqualTo('X');
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1m8gdm9axkp042788",
        " 1M8GDM9AXKP042788 ",
        "1M8 GDM9AX KP042788",
        "1M8-GDM9AX-KP042788",
        "１Ｍ８ＧＤＭ９ＡＸＫＰ０４２７８８",
        "１ｍ８ｇｄｍ９ａｘｋｐ　０４２７８８",
    })
    void normalizesCaseSpacesAndFullWidth(String raw) {
        assertThat(Vin.problem(raw)).isEmpty();
        assertThat(Vin.normalize(raw)).isEqualTo("1M8GDM9AXKP042788");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u3000", "-"})
    void blankIsEmpty(String raw) {
        assertThat(Vin.problem(raw)).contains("validation.vin.empty");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1M8GDM9AXKP04278*  | validation.vin.characters",
        "1M8GDM9AXKP0427/8  | validation.vin.characters",
        "1M8GDM9AXKP04278Ä  | validation.vin.characters",
        "1M8GDM9AXKP04278车 | validation.vin.characters",
        "1M8GDM9AXKPO42788  | validation.vin.ioq",
        "IM8GDM9AXKP042788  | validation.vin.ioq",
        "1M8GDM9AXKP0427Q8  | validation.vin.ioq",
        "1m8gdm9axkpo42788  | validation.vin.ioq",
        "1M8GDM9AXKP04278   | validation.vin.length",
        "1M8GDM9AXKP0427888 | validation.vin.length",
        "1M8GDM9AX          | validation.vin.length",
        "1M8GDM9A1KP042788  | validation.vin.checksum",
        "1M8GDM9A0KP042788  | validation.vin.checksum",
        "1M8GDM9ABKP042788  | validation.vin.checksum",
        "1M8GDM9AXKP042789  | validation.vin.checksum",
        "11111111211111111  | validation.vin.checksum",
    })
    void reportsEachProblemWithItsKey(String raw, String key) {
        assertThat(Vin.problem(raw)).contains(key);
        assertThatIllegalArgumentException().isThrownBy(() -> Vin.normalize(raw)).withMessage(key);
    }

    @Test
    void checkDigitRoundTripsOnGeneratedVins() {
        Random random = new Random(16735);
        for (int n = 0; n < 1000; n++) {
            char[] chars = new char[17];
            for (int i = 0; i < 17; i++) {
                chars[i] = VIN_ALPHABET.charAt(random.nextInt(VIN_ALPHABET.length()));
            }
            String any = new String(chars);
            char check = Vin.checkDigit(any);
            chars[8] = check;
            String vin = new String(chars);

            assertThat(Vin.problem(vin)).as(vin).isEmpty();
            assertThat(Vin.normalize(vin.toLowerCase())).isEqualTo(vin);
            assertThat(Vin.checkDigit(vin)).isEqualTo(check);
            assertThat(Vin.checkDigit(vin.substring(0, 8) + '_' + vin.substring(9))).isEqualTo(check);

            for (char other : "0123456789X".toCharArray()) {
                if (other != check) {
                    String wrong = vin.substring(0, 8) + other + vin.substring(9);
                    assertThat(Vin.problem(wrong)).as(wrong).contains("validation.vin.checksum");
                }
            }
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1M8GDM9AXKP04278", "1M8GDM9AXKP0427888", "IM8GDM9AXKP042788", "1M8GDM9AXKP04278*",
        "1M8GDM9AXKPO42788"})
    void checkDigitRefusesBadInput(String vin17) {
        assertThatIllegalArgumentException().isThrownBy(() -> Vin.checkDigit(vin17));
    }

    @Test
    void checkDigitIgnoresWhateverIsInPositionNine() {
        assertThat(Vin.checkDigit("1M8GDM9AIKP042788")).isEqualTo('X');
        assertThat(Vin.checkDigit("1M8GDM9A*KP042788")).isEqualTo('X');
    }
}
