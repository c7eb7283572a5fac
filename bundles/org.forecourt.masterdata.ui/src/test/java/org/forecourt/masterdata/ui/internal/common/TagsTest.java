package org.forecourt.masterdata.ui.internal.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TagsTest {

    @Test
    void oneTagIsCleanedUpLikeTheServiceDoes() {
        assertThat(Tags.normalize("  VIP ")).isEqualTo("vip");
        assertThat(Tags.normalize("#Fleet")).isEqualTo("fleet");
        assertThat(Tags.normalize("ＶＩＰ")).isEqualTo("vip");
        assertThat(Tags.normalize("老客户")).isEqualTo("老客户");
        assertThat(Tags.normalize("key   account")).isEqualTo("key account");
        assertThat(Tags.normalize("\u3000重点\u3000客户\u3000")).isEqualTo("重点 客户");
        assertThat(Tags.normalize("Ärger")).isEqualTo("Ärger");
        assertThat(Tags.normalize(null)).isEmpty();
    }

    @Test
    void severalTagsTypedAtOnce() {
        assertThat(Tags.parse("VIP, 老客户、fleet；vip ,, #二手车置换"))
                .containsExactly("vip", "老客户", "fleet", "二手车置换");
        assertThat(Tags.parse("a;b\nc，d")).containsExactly("a", "b", "c", "d");
        assertThat(Tags.parse("  ")).isEmpty();
        assertThat(Tags.parse(null)).isEmpty();
    }

    @Test
    void mergeKeepsExistingFirstWithoutRepeats() {
        assertThat(Tags.merge(List.of("VIP", "fleet"), "vip, 试驾"))
                .containsExactly("vip", "fleet", "试驾");
        assertThat(Tags.merge(null, "x")).containsExactly("x");
    }

    @Test
    void normalizeAllDropsEmptyAndRepeated() {
        assertThat(Tags.normalizeAll(List.of("VIP", " vip ", "", "#"))).containsExactly("vip");
        assertThat(Tags.normalizeAll(null)).isEmpty();
    }

    @Test
    void sortedForDisplay() {
        assertThat(Tags.sorted(Set.of("vip", "fleet", "b"))).containsExactly("b", "fleet", "vip");
        assertThat(Tags.sorted(null)).isEmpty();
    }
}
