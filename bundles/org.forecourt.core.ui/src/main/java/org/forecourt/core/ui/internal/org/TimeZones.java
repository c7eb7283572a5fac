package org.forecourt.core.ui.internal.org;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The time-zone ids a store can use: China's first (Asia/Shanghai at the top), then every region id by name. */
public final class TimeZones {

    public static final String DEFAULT = "Asia/Shanghai";

    /** China's zones, the default first. */
    static final List<String> FIRST = List.of(DEFAULT, "Asia/Urumqi", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei");

    private static final List<String> IDS = compute();

    private TimeZones() {
    }

    public static List<String> ids() {
        return IDS;
    }

    private static List<String> compute() {
        Set<String> available = ZoneId.getAvailableZoneIds();
        Set<String> ids = new LinkedHashSet<>();
        for (String id : FIRST) {
            if (available.contains(id)) {
                ids.add(id);
            }
        }
        Set<String> rest = new TreeSet<>();
        for (String id : available) {
            // region ids only: no Etc/GMT+8, SystemV/…, or bare abbreviations
            if (id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) {
                rest.add(id);
            }
        }
        ids.addAll(rest);
        return List.copyOf(new ArrayList<>(ids));
    }
}
