package org.forecourt.masterdata.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.forecourt.masterdata.api.vehicle.OdometerReading;
import org.forecourt.masterdata.api.vehicle.OdometerSource;
import org.junit.jupiter.api.Test;

class OdometerMathTest {

    private static final LocalDate D0 = LocalDate.of(2026, 1, 1);

    private static OdometerReading r(int day, int km) {
        return r(day, km, false);
    }

    private static OdometerReading r(int day, int km, boolean replacement) {
        return new OdometerReading(day, 1, D0.plusDays(day), km, OdometerSource.SERVICE_VISIT, replacement, null,
                null);
    }

    @Test
    void tooLittleHistoryGivesNoAverage() {
        assertThat(OdometerMath.averageDailyKm(List.of(), null)).isEmpty();
        assertThat(OdometerMath.averageDailyKm(List.of(r(0, 100)), null)).isEmpty();
        assertThat(OdometerMath.averageDailyKm(List.of(r(0, 100), r(6, 700)), null)).isEmpty(); // < 7 days
        assertThat(OdometerMath.predictDateAtKm(List.of(r(0, 100)), null, 5000)).isEmpty();
    }

    @Test
    void averageOverTheLatestFiveReadings() {
        List<OdometerReading> readings = List.of(r(0, 0), r(10, 100), r(20, 1000), r(30, 2000), r(40, 3000),
                r(50, 4000), r(60, 5000));
        // last five: day 20 .. day 60, 4000 km in 40 days
        assertThat(OdometerMath.averageDailyKm(readings, null).getAsDouble()).isCloseTo(100.0, within(1e-9));
        assertThat(OdometerMath.predictDateAtKm(readings, null, 10_000)).contains(D0.plusDays(110));
        // a target already passed lies in the past
        assertThat(OdometerMath.predictDateAtKm(readings, null, 4_000)).contains(D0.plusDays(50));
    }

    @Test
    void closeReadingsWidenTheWindowToAWeek() {
        List<OdometerReading> readings = new ArrayList<>(List.of(r(0, 0)));
        for (int i = 1; i <= 6; i++) {
            readings.add(r(100 + i, 10_000 + i * 10)); // six readings on consecutive days
        }
        // the last five span 4 days; the window grows back to day 0
        assertThat(OdometerMath.averageDailyKm(readings, null).getAsDouble())
                .isCloseTo(10_060 / 106.0, within(1e-9));
    }

    @Test
    void aReplacementStartsAfresh() {
        List<OdometerReading> readings = List.of(r(0, 0), r(100, 50_000), r(110, 10, true), r(140, 910));
        assertThat(OdometerMath.averageDailyKm(readings, null).getAsDouble()).isCloseTo(30.0, within(1e-9));
        // the replacement reading alone says nothing, even with a first registration date
        assertThat(OdometerMath.averageDailyKm(readings.subList(0, 3), D0.minusYears(1))).isEmpty();
    }

    @Test
    void aSingleReadingUsesTheFirstRegistration() {
        assertThat(OdometerMath.averageDailyKm(List.of(r(100, 5_000)), D0).getAsDouble())
                .isCloseTo(50.0, within(1e-9));
        assertThat(OdometerMath.averageDailyKm(List.of(r(3, 5_000)), D0)).isEmpty();
    }

    @Test
    void aParkedCarHasNoPrediction() {
        List<OdometerReading> readings = List.of(r(0, 1_000), r(30, 1_000));
        assertThat(OdometerMath.averageDailyKm(readings, null).getAsDouble()).isZero();
        assertThat(OdometerMath.predictDateAtKm(readings, null, 5_000)).isEmpty();
    }
}
