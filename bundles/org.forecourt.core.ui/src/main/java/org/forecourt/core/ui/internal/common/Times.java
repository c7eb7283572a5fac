package org.forecourt.core.ui.internal.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Date and time as staff read them, in the user's time zone: {@code 2026-11-22 14:05}. */
public final class Times {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Times() {
    }

    /** To the minute; empty for null. */
    public static String minutes(Instant instant, ZoneId zone) {
        return instant == null ? "" : MINUTES.format(instant.atZone(zone));
    }

    /** To the second; empty for null. */
    public static String seconds(Instant instant, ZoneId zone) {
        return instant == null ? "" : SECONDS.format(instant.atZone(zone));
    }
}
