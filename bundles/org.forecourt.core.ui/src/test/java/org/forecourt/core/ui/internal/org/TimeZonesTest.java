package org.forecourt.core.ui.internal.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class TimeZonesTest {

    @Test
    void shanghaiFirstThenChinaThenTheRestByName() {
        List<String> ids = TimeZones.ids();
        assertThat(ids.get(0)).isEqualTo("Asia/Shanghai").isEqualTo(TimeZones.DEFAULT);
        assertThat(ids.subList(0, 5)).containsExactlyElementsOf(TimeZones.FIRST);
        List<String> rest = ids.subList(5, ids.size());
        assertThat(rest).isSorted().contains("Europe/Berlin", "America/New_York", "Asia/Tokyo");
    }

    @Test
    void onlyUsableRegionIdsOnce() {
        List<String> ids = TimeZones.ids();
        assertThat(ids).doesNotHaveDuplicates().noneMatch(id -> id.startsWith("Etc/") || id.startsWith("SystemV/"))
                .allMatch(id -> id.contains("/"));
        ids.forEach(ZoneId::of);
    }
}
