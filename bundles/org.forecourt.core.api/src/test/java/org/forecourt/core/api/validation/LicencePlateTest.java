package org.forecourt.core.api.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LicencePlateTest {

    private static final String SERIAL_CHARS = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String AUTHORITY_LETTERS = "ABCDEFGHJKLMNOPQRSTUVWXYZ";

    @ParameterizedTest
    @ValueSource(strings = {"京A12345", "沪AB123C", "粤B6D8K2", "苏E5G6H7", "川Z99999", "新A00001", "鲁O12345",
        "浙AQ1234"})
    void acceptsOrdinaryPlates(String plate) {
        assertThat(LicencePlate.problem(plate)).isEmpty();
        assertThat(LicencePlate.normalize(plate)).isEqualTo(plate);
        assertThat(LicencePlate.isNewEnergy(plate)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"京A1234学", "京A0001警", "苏B1234挂", "粤Z1234港", "粤ZA123澳", "沪A12B3学"})
    void acceptsSpecialUsePlates(String plate) {
        assertThat(LicencePlate.problem(plate)).isEmpty();
        assertThat(LicencePlate.isNewEnergy(plate)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "京AD12345", "沪AF12345", "粤BDE1234", "浙AF01234",  // small
        "京AA12345", "粤BK12345",                                                         // reserve letters
        "京A12345D", "沪B00001F", "粤B12345K",                                            // large
    })
    void acceptsNewEnergyPlates(String plate) {
        assertThat(LicencePlate.problem(plate)).isEmpty();
        assertThat(LicencePlate.isNewEnergy(plate)).isTrue();
        assertThat(LicencePlate.normalize(plate)).isEqualTo(plate);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "京A·12345      | 京A12345",
        "京A•12345      | 京A12345",
        "京A・12345     | 京A12345",
        "京A.12345      | 京A12345",
        "京 a 12345     | 京A12345",
        "京a-12345      | 京A12345",
        "京Ａ１２３４５ | 京A12345",
        "京ａ・ｂ１２３４ | 京AB1234",
        "京Ａ·Ｄ１２３４５ | 京AD12345",
        "粵Z 1234 港    | 粤Z1234港",
        "滬A·12345      | 沪A12345",
        "京A1234學      | 京A1234学",
        "  京A12345\u3000| 京A12345",
    })
    void normalizesSpacesDotsCaseFullWidthAndTraditional(String raw, String expected) {
        assertThat(LicencePlate.problem(raw)).isEmpty();
        assertThat(LicencePlate.normalize(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u3000", "·", "-"})
    void blankIsEmpty(String raw) {
        assertThat(LicencePlate.problem(raw)).contains("validation.plate.empty");
        assertThat(LicencePlate.isNewEnergy(raw)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "使123456   | validation.plate.diplomatic",
        "使014578   | validation.plate.diplomatic",
        "沪A1234领  | validation.plate.diplomatic",
        "沪A1234領  | validation.plate.diplomatic",
        "A12345B    | validation.plate.province",
        "WJ1234567  | validation.plate.province",
        "港A12345   | validation.plate.province",
        "北A12345   | validation.plate.province",
        "12345678   | validation.plate.province",
        "京A1234    | validation.plate.length",
        "京A        | validation.plate.length",
        "京A1234567 | validation.plate.length",
        "京112345   | validation.plate.authority",
        "京I12345   | validation.plate.authority",
        "京中12345  | validation.plate.authority",
        "京A1234I   | validation.plate.characters",
        "京AO2345   | validation.plate.characters",
        "京A12#45   | validation.plate.characters",
        "京A1234军  | validation.plate.characters",
        "京A123学4  | validation.plate.characters",
        "京AI234学  | validation.plate.characters",
        "京A12345学 | validation.plate.characters",
        "京AD1234O  | validation.plate.characters",
        "沪A1234港  | validation.plate.hkmacao",
        "粤B1234澳  | validation.plate.hkmacao",
        "京AD1234F  | validation.plate.newenergy",
        "京AX12345  | validation.plate.newenergy",
        "京A12345X  | validation.plate.newenergy",
        "京A1234D5  | validation.plate.newenergy",
        "京AD1A345  | validation.plate.newenergy",
        "京A1D2345  | validation.plate.newenergy",
    })
    void reportsEachProblemWithItsKey(String raw, String key) {
        assertThat(LicencePlate.problem(raw)).contains(key);
        assertThatIllegalArgumentException().isThrownBy(() -> LicencePlate.normalize(raw)).withMessage(key);
        assertThat(LicencePlate.isNewEnergy(raw)).isFalse();
    }

    @Test
    void everyProvinceIsAccepted() {
        assertThat(LicencePlate.PROVINCES).hasSize(31);
        for (char province : LicencePlate.PROVINCES.toCharArray()) {
            assertThat(LicencePlate.problem(province + "A12345")).as("%s", province).isEmpty();
            assertThat(LicencePlate.isNewEnergy(province + "AD12345")).as("%s", province).isTrue();
        }
    }

    @Test
    void generatedPlatesFollowingTheRulesAreAccepted() {
        Random random = new Random(36);
        for (int n = 0; n < 1000; n++) {
            String prefix = "" + LicencePlate.PROVINCES.charAt(random.nextInt(31))
                    + AUTHORITY_LETTERS.charAt(random.nextInt(AUTHORITY_LETTERS.length()));
            String ordinary = prefix + pick(random, SERIAL_CHARS, 5);
            String small = prefix + pick(random, "DF", 1) + pick(random, SERIAL_CHARS, 1)
                    + pick(random, "0123456789", 4);
            String large = prefix + pick(random, "0123456789", 5) + pick(random, "DF", 1);

            assertThat(LicencePlate.problem(ordinary)).as(ordinary).isEmpty();
            assertThat(LicencePlate.isNewEnergy(ordinary)).as(ordinary).isFalse();
            assertThat(LicencePlate.problem(small)).as(small).isEmpty();
            assertThat(LicencePlate.isNewEnergy(small)).as(small).isTrue();
            assertThat(LicencePlate.problem(large)).as(large).isEmpty();
            assertThat(LicencePlate.isNewEnergy(large)).as(large).isTrue();
            // spelled the way people type it
            String typed = ordinary.charAt(0) + ordinary.substring(1, 2).toLowerCase() + " · "
                    + ordinary.substring(2).toLowerCase();
            assertThat(LicencePlate.normalize(typed)).isEqualTo(ordinary);
        }
    }

    private static String pick(Random random, String chars, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(chars.charAt(random.nextInt(chars.length())));
        }
        return out.toString();
    }
}
