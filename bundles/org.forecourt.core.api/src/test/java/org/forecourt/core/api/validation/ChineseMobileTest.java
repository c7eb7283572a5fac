package org.forecourt.core.api.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseMobileTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "13800138000",
        "  13800138000  ",
        "138 0013 8000",
        "138-0013-8000",
        "138.0013.8000",
        "+86 138-0013-8000",
        "+8613800138000",
        "(+86) 138 0013 8000",
        "0086 138 0013 8000",
        "86 138 0013 8000",
        "8613800138000",
        "１３８００１３８０００",            // full-width digits (Chinese IME)
        "＋８６　１３８－００１３－８０００", // full-width plus, ideographic space, full-width dash
        "138\u00A00013\u00A08000",         // non-breaking spaces from a spreadsheet
        "\uFEFF13800138000",               // byte-order mark at the start of a CSV cell
        "138—0013—8000",                   // em dashes
    })
    void acceptsAndNormalizesTheUsualSpellings(String raw) {
        assertThat(ChineseMobile.problem(raw)).isEmpty();
        assertThat(ChineseMobile.normalize(raw)).isEqualTo("13800138000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"13012345678", "14512345678", "15012345678", "16612345678", "17012345678",
        "18912345678", "19912345678"})
    void acceptsEveryPrefixFrom13To19(String raw) {
        assertThat(ChineseMobile.problem(raw)).isEmpty();
        assertThat(ChineseMobile.normalize(raw)).isEqualTo(raw);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000", "\t", "-", " - ", "()"})
    void blankIsEmpty(String raw) {
        assertThat(ChineseMobile.problem(raw)).contains(ChineseMobile.EMPTY);
        assertThat(ChineseMobile.EMPTY).isEqualTo("validation.mobile.empty");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1380013800a          | validation.mobile.characters",
        "138 0013 800O        | validation.mobile.characters",
        "138/0013/8000        | validation.mobile.characters",
        "138+00138000         | validation.mobile.characters",
        "+86 138 0013 800x    | validation.mobile.characters",
        "+852 9123 4567       | validation.mobile.country",
        "00852 9123 4567      | validation.mobile.country",
        "+1 415 555 0100      | validation.mobile.country",
        "+                    | validation.mobile.length",
        "+86                  | validation.mobile.length",
        "1380013800           | validation.mobile.length",
        "138001380001         | validation.mobile.length",
        "+86 138 0013 800     | validation.mobile.length",
        "+86 138 0013 80000   | validation.mobile.length",
        "86 12345             | validation.mobile.length",
        "10012345678          | validation.mobile.prefix",
        "11012345678          | validation.mobile.prefix",
        "12012345678          | validation.mobile.prefix",
        "02012345678          | validation.mobile.prefix",
        "+86 010 8888 6666    | validation.mobile.prefix",
        "23800138000          | validation.mobile.prefix",
    })
    void reportsEachProblemWithItsKey(String raw, String key) {
        assertThat(ChineseMobile.problem(raw)).contains(key);
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseMobile.normalize(raw)).withMessage(key);
    }

    @Test
    void normalizeRefusesNullWithTheEmptyKey() {
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseMobile.normalize(null))
                .withMessage("validation.mobile.empty");
    }

    @Test
    void masksTheMiddleFourDigits() {
        assertThat(ChineseMobile.mask("13800138000")).isEqualTo("138****8000");
        assertThat(ChineseMobile.mask("+86 139-1234-5678")).isEqualTo("139****5678");
        assertThat(ChineseMobile.mask("１３８００１３８０００")).isEqualTo("138****8000");
    }

    @Test
    void maskRefusesInvalidNumbers() {
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseMobile.mask("12345"))
                .withMessage("validation.mobile.length");
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseMobile.mask(null))
                .withMessage("validation.mobile.empty");
    }
}
