package org.forecourt.masterdata.api.vehicle;

import java.time.LocalDate;

/**
 * A new odometer reading.
 *
 * @param date        the day it was read (not in the future)
 * @param km          kilometres (0..2,000,000)
 * @param source      where it comes from
 * @param replacement the odometer (instrument cluster) was replaced: the reading may be lower than the previous one,
 *                    and the daily average starts afresh from it
 */
public record OdometerDraft(LocalDate date, int km, OdometerSource source, boolean replacement) {

    public static OdometerDraft of(LocalDate date, int km, OdometerSource source) {
        return new OdometerDraft(date, km, source, false);
    }
}
