package org.forecourt.core.ui.internal.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class TimesTest {

    @Test
    void formatsInTheGivenZone() {
        Instant t = Instant.parse("2026-11-22T06:05:09Z");
        assertThat(Times.minutes(t, ZoneId.of("Asia/Shanghai"))).isEqualTo("2026-11-22 14:05");
        assertThat(Times.seconds(t, ZoneId.of("Asia/Urumqi"))).isEqualTo("2026-11-22 12:05:09");
        assertThat(Times.minutes(null, ZoneId.of("UTC"))).isEmpty();
    }
}
