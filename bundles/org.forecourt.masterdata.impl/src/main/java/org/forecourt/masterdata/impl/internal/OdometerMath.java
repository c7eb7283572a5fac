package org.forecourt.masterdata.impl.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.forecourt.masterdata.api.vehicle.OdometerReading;

/** Daily mileage from an odometer history. Pure functions. */
public final class OdometerMath {

    /** At most this many of the latest readings make the average (more only to reach {@link #MIN_DAYS}). */
    public static final int WINDOW = 5;
    /** Readings closer together than this say too little about daily driving. */
    public static final int MIN_DAYS = 7;

    private OdometerMath() {
    }

    /**
     * @param readings          the history, oldest first (by date, then entry order)
     * @param firstRegistration the vehicle's first registration, or null
     */
    public static OptionalDouble averageDailyKm(List<OdometerReading> readings, LocalDate firstRegistration) {
        if (readings.isEmpty()) {
            return OptionalDouble.empty();
        }
        int start = 0;
        for (int i = 0; i < readings.size(); i++) {
            if (readings.get(i).replacement()) {
                start = i;
            }
        }
        List<OdometerReading> since = readings.subList(start, readings.size());
        OdometerReading last = since.get(since.size() - 1);
        if (since.size() == 1) {
            if (start == 0 && !last.replacement() && firstRegistration != null) {
                long days = ChronoUnit.DAYS.between(firstRegistration, last.date());
                if (days >= MIN_DAYS) {
                    return OptionalDouble.of(last.km() / (double) days);
                }
            }
            return OptionalDouble.empty();
        }
        int from = Math.max(0, since.size() - WINDOW);
        while (from > 0 && ChronoUnit.DAYS.between(since.get(from).date(), last.date()) < MIN_DAYS) {
            from--;
        }
        OdometerReading first = since.get(from);
        long days = ChronoUnit.DAYS.between(first.date(), last.date());
        if (days < MIN_DAYS) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((last.km() - first.km()) / (double) days);
    }

    /** The day {@code km} is expected to be reached, from the latest reading and the average. */
    public static Optional<LocalDate> predictDateAtKm(List<OdometerReading> readings, LocalDate firstRegistration,
                                                      int km) {
        OptionalDouble avg = averageDailyKm(readings, firstRegistration);
        if (avg.isEmpty() || avg.getAsDouble() <= 0) {
            return Optional.empty();
        }
        OdometerReading last = readings.get(readings.size() - 1);
        long days = (long) Math.ceil((km - last.km()) / avg.getAsDouble());
        return Optional.of(last.date().plusDays(days));
    }
}
