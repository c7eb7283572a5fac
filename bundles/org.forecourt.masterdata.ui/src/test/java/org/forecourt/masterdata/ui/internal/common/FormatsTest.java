package org.forecourt.masterdata.ui.internal.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FormatsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId URUMQI = ZoneId.of("Asia/Urumqi");

    @Test
    void moneyIsYuanWithTwoDecimalsAndChineseGrouping() {
        assertThat(Formats.money(new BigDecimal("259800"))).isEqualTo("¥259,800.00");
        assertThat(Formats.money(new BigDecimal("1234567.5"))).isEqualTo("¥1,234,567.50");
        assertThat(Formats.money(new BigDecimal("0"))).isEqualTo("¥0.00");
        assertThat(Formats.money(new BigDecimal("999.99"))).isEqualTo("¥999.99");
    }

    @Test
    void moneyRoundsHalfUpToFen() {
        assertThat(Formats.money(new BigDecimal("0.005"))).isEqualTo("¥0.01");
        assertThat(Formats.money(new BigDecimal("12.344"))).isEqualTo("¥12.34");
    }

    @Test
    void negativeMoneyAndNull() {
        assertThat(Formats.money(new BigDecimal("-12"))).isEqualTo("-¥12.00");
        assertThat(Formats.money(null)).isEmpty();
    }

    @Test
    void moneyForAnInputWithTheSignAsPrefix() {
        assertThat(Formats.moneyInput(new BigDecimal("259800"))).isEqualTo("259,800.00");
        assertThat(Formats.moneyInput(new BigDecimal("-5"))).isEqualTo("-5.00");
        assertThat(Formats.moneyInput(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "259800|259800.00",
        "259,800.00|259800.00",
        "¥259 800|259800.00",
        "￥２５９８００|259800.00",
        "259800元|259800.00",
        "25.98万|259800.00",
        "25.98 万元|259800.00",
        "３万|30000.00",
        "0.5|0.50",
        ".5|0.50",
        "1234.567|1234.567",
        "-3|-3.00",
        "12。5|12.50",
    })
    void parsesYuanAsTyped(String typed, String expected) {
        assertThat(Formats.parseYuan(typed)).contains(new BigDecimal(expected));
    }

    @Test
    void tenThousandsKeepExtraDecimalsForTheServiceToRefuse() {
        assertThat(Formats.parseYuan("25.987654万")).contains(new BigDecimal("259876.54"));
        assertThat(Formats.parseYuan("25.9876541万").map(BigDecimal::scale)).contains(3);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "abc", "12a", "1.2.3", "万", "¥", "--1", "1e5"})
    void refusesWhatIsNotAnAmount(String typed) {
        assertThat(Formats.parseYuan(typed)).isEqualTo(Optional.empty());
    }

    @Test
    void numbersAreGrouped() {
        assertThat(Formats.number(123456, Locale.SIMPLIFIED_CHINESE)).isEqualTo("123,456");
        assertThat(Formats.number(123456, Locale.ENGLISH)).isEqualTo("123,456");
        assertThat(Formats.number(null, Locale.ENGLISH)).isEmpty();
        assertThat(Formats.decimal1(42.46, Locale.SIMPLIFIED_CHINESE)).isEqualTo("42.5");
        assertThat(Formats.decimal1(40, Locale.ENGLISH)).isEqualTo("40.0");
    }

    @Test
    void datesPerLanguage() {
        LocalDate day = LocalDate.of(2026, 3, 7);
        assertThat(Formats.date(day, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026-03-07");
        assertThat(Formats.date(day, Locale.CHINA)).isEqualTo("2026-03-07");
        assertThat(Formats.date(day, Locale.ENGLISH)).isEqualTo("7 Mar 2026");
        assertThat(Formats.date(day, Locale.UK)).isEqualTo("7 Mar 2026");
        assertThat(Formats.date(null, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void timesAreShownInTheUsersZone() {
        Instant lateEveningUtc = Instant.parse("2026-11-22T17:30:00Z");
        assertThat(Formats.dateTime(lateEveningUtc, SHANGHAI, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("2026-11-23 01:30");
        assertThat(Formats.dateTime(lateEveningUtc, URUMQI, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("2026-11-22 23:30");
        assertThat(Formats.dateTime(lateEveningUtc, SHANGHAI, Locale.ENGLISH)).isEqualTo("23 Nov 2026, 01:30");
        assertThat(Formats.day(lateEveningUtc, SHANGHAI)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(Formats.dateTime(null, SHANGHAI, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void anythingButEnglishIsChinese() {
        assertThat(Formats.language(Locale.ENGLISH)).isEqualTo(Locale.ENGLISH);
        assertThat(Formats.language(Locale.US)).isEqualTo(Locale.ENGLISH);
        assertThat(Formats.language(Locale.TRADITIONAL_CHINESE)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Formats.language(Locale.GERMAN)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Formats.language(null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void mobilesAreMaskedInLists() {
        assertThat(Formats.maskedMobile("13800138000")).isEqualTo("138****8000");
        assertThat(Formats.maskedMobile("+86 138-0013-8000")).isEqualTo("138****8000");
        assertThat(Formats.maskedMobile("021-61234567")).isEqualTo("021****4567");
        assertThat(Formats.maskedMobile("12345")).isEqualTo("1****2345");
        assertThat(Formats.maskedMobile("123")).isEqualTo("****");
        assertThat(Formats.maskedMobile(null)).isEmpty();
        assertThat(Formats.maskedMobile(" ")).isEmpty();
    }

    @Test
    void blankTextIsNull() {
        assertThat(Formats.blankToNull("  王芳 ")).isEqualTo("王芳");
        assertThat(Formats.blankToNull("\u3000")).isNull();
        assertThat(Formats.blankToNull(null)).isNull();
        assertThat(Formats.orEmpty(null)).isEmpty();
    }
}
