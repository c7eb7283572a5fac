package org.forecourt.core.api.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseIdCardTest {

    /** The worked example of GB 11643-1999: Beijing Chaoyang, born 1949-12-31, female, check X. */
    private static final String STANDARD_EXAMPLE = "11010519491231002X";

    private static final int[] PROVINCES = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37,
        41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91};

    /** Appends the check character, so that a test isolates one problem. */
    private static String withCheck(String first17) {
        return first17 + ChineseIdCard.checkDigit(first17);
    }

    @Test
    void acceptsTheStandardsExample() {
        assertThat(ChineseIdCard.problem(STANDARD_EXAMPLE)).isEmpty();
        assertThat(ChineseIdCard.checkDigit("11010519491231002")).isEqualTo('X');
        assertThat(ChineseIdCard.birthDate(STANDARD_EXAMPLE)).contains(LocalDate.of(1949, 12, 31));
        assertThat(ChineseIdCard.gender(STANDARD_EXAMPLE)).contains("F");
    }

    @Test
    void theStandardsSecondExampleHasAValidCheckDigitButABirthBefore1900() {
        // GB 11643-1999 also shows 440524188001010014 (born 1880-01-01): check digit right, date refused
        assertThat(ChineseIdCard.checkDigit("44052418800101001")).isEqualTo('4');
        assertThat(ChineseIdCard.problem("440524188001010014")).contains(ChineseIdCard.BIRTHDATE);
    }

    @Test
    void readsMaleFromAnOdd17thDigit() {
        String male = withCheck("32010619850615003");
        assertThat(ChineseIdCard.gender(male)).contains("M");
        assertThat(ChineseIdCard.birthDate(male)).contains(LocalDate.of(1985, 6, 15));
        String female = withCheck("32010619850615008");
        assertThat(ChineseIdCard.gender(female)).contains("F");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "11010519491231002x",
        " 11010519491231002X ",
        "110105 19491231 002X",
        "110105-19491231-002x",
        "１１０１０５１９４９１２３１００２Ｘ",
        "１１０１０５　１９４９１２３１　００２ｘ",
    })
    void normalizesCaseSpacesAndFullWidth(String raw) {
        assertThat(ChineseIdCard.problem(raw)).isEmpty();
        assertThat(ChineseIdCard.normalize(raw)).isEqualTo(STANDARD_EXAMPLE);
        assertThat(ChineseIdCard.birthDate(raw)).contains(LocalDate.of(1949, 12, 31));
        assertThat(ChineseIdCard.gender(raw)).contains("F");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u3000", "-"})
    void blankIsEmpty(String raw) {
        assertThat(ChineseIdCard.problem(raw)).contains("validation.idcard.empty");
        assertThat(ChineseIdCard.birthDate(raw)).isEmpty();
        assertThat(ChineseIdCard.gender(raw)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "11010519491231002A  | validation.idcard.characters",
        "1101051949123100X2  | validation.idcard.characters",
        "110105194912310O2X  | validation.idcard.characters",
        "110105/19491231/002X| validation.idcard.characters",
        "110105491231002     | validation.idcard.legacy15",
        "110105 491231 002   | validation.idcard.legacy15",
        "11010549123100X     | validation.idcard.length",
        "11010519491231002   | validation.idcard.length",
        "110105194912310021X | validation.idcard.length",
        "1101051949123       | validation.idcard.length",
        "11010519491231002Y  | validation.idcard.characters",
        "110105194912310029  | validation.idcard.checksum",
        "110105194912310020  | validation.idcard.checksum",
    })
    void reportsEachProblemWithItsKey(String raw, String key) {
        assertThat(ChineseIdCard.problem(raw)).contains(key);
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseIdCard.normalize(raw)).withMessage(key);
        assertThat(ChineseIdCard.birthDate(raw)).isEmpty();
        assertThat(ChineseIdCard.gender(raw)).isEmpty();
    }

    @Test
    void acceptsEveryProvinceCode() {
        for (int province : PROVINCES) {
            String id = withCheck(province + "010519900101001");
            assertThat(ChineseIdCard.problem(id)).as(id).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "10", "16", "19", "20", "24", "30", "38", "40", "47", "49", "55", "60", "66",
        "70", "72", "80", "84", "90", "92", "99"})
    void refusesOtherProvinceCodes(String province) {
        String id = withCheck(province + "010519900101001");
        assertThat(ChineseIdCard.problem(id)).contains("validation.idcard.region");
    }

    @ParameterizedTest
    @CsvSource({
        "19000101, true",   // first day allowed
        "18991231, false",  // day before
        "20000229, true",   // leap year
        "19000229, false",  // 1900 was not a leap year
        "19960229, true",
        "19970229, false",
        "19900230, false",
        "19900431, false",
        "19900131, true",
        "19901301, false",
        "19900001, false",
        "19900100, false",
        "00000000, false",
    })
    void birthDateMustBeARealDateFrom1900(String yyyymmdd, boolean valid) {
        String id = withCheck("110105" + yyyymmdd + "001");
        if (valid) {
            assertThat(ChineseIdCard.problem(id)).isEmpty();
            assertThat(ChineseIdCard.birthDate(id)).isPresent();
        } else {
            assertThat(ChineseIdCard.problem(id)).contains("validation.idcard.birthdate");
            assertThat(ChineseIdCard.birthDate(id)).isEmpty();
        }
    }

    @Test
    void birthDateMayBeTodayButNotTomorrow() {
        LocalDate today = LocalDate.of(2024, 6, 15);
        assertThat(ChineseIdCard.problem(withCheck("11010520240615001"), today)).isEmpty();
        assertThat(ChineseIdCard.problem(withCheck("11010520240616001"), today))
                .contains("validation.idcard.birthdate");
        assertThat(ChineseIdCard.problem(withCheck("11010520250101001"), today))
                .contains("validation.idcard.birthdate");
    }

    @Test
    void birthDateInTheFutureIsRefusedAgainstTheRealClock() {
        LocalDate chinaToday = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String yesterday = withCheck("110105" + yyyymmdd(chinaToday.minusDays(1)) + "001");
        String inTwoDays = withCheck("110105" + yyyymmdd(chinaToday.plusDays(2)) + "001");
        assertThat(ChineseIdCard.problem(yesterday)).isEmpty();
        assertThat(ChineseIdCard.problem(inTwoDays)).contains("validation.idcard.birthdate");
    }

    @Test
    void checkDigitRoundTripsOnGeneratedBodies() {
        Random random = new Random(11643);
        LocalDate earliest = LocalDate.of(1900, 1, 1);
        long days = ChronoUnit.DAYS.between(earliest, LocalDate.now(ZoneId.of("Asia/Shanghai")));
        for (int n = 0; n < 1000; n++) {
            LocalDate birth = earliest.plusDays((long) (random.nextDouble() * days));
            String first17 = PROVINCES[random.nextInt(PROVINCES.length)]
                    + String.format("%04d", random.nextInt(10_000))
                    + yyyymmdd(birth)
                    + String.format("%03d", random.nextInt(1000));
            char check = ChineseIdCard.checkDigit(first17);
            String id = first17 + check;

            assertThat(ChineseIdCard.problem(id)).as(id).isEmpty();
            assertThat(ChineseIdCard.normalize(id.toLowerCase())).isEqualTo(id);
            assertThat(ChineseIdCard.birthDate(id)).contains(birth);
            assertThat(ChineseIdCard.gender(id)).contains((first17.charAt(16) - '0') % 2 == 1 ? "M" : "F");

            for (char other : "0123456789X".toCharArray()) {
                if (other != check) {
                    assertThat(ChineseIdCard.problem(first17 + other)).as(first17 + other)
                            .contains("validation.idcard.checksum");
                }
            }
            // MOD 11-2 catches every single-digit error; change one digit of the sequence number
            int position = 14 + random.nextInt(3);
            char digit = first17.charAt(position);
            char wrong = (char) ('0' + (digit - '0' + 1 + random.nextInt(9)) % 10);
            String typo = id.substring(0, position) + wrong + id.substring(position + 1);
            assertThat(ChineseIdCard.problem(typo)).as(typo).contains("validation.idcard.checksum");
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1101051949123100", "110105194912310021", "1101051949123100X", "11010519491231002X"})
    void checkDigitRefusesAnythingButSeventeenDigits(String first17) {
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseIdCard.checkDigit(first17));
    }

    private static String yyyymmdd(LocalDate date) {
        return String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }
}
