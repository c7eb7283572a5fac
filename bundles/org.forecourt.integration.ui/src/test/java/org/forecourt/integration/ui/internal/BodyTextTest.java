package org.forecourt.integration.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.forecourt.integration.api.DeadLetter;
import org.forecourt.integration.api.DeadLetterStatus;
import org.forecourt.integration.api.DeadLetterSummary;
import org.junit.jupiter.api.Test;

class BodyTextTest {

    static DeadLetter letter(String text, byte[] bytes) {
        DeadLetterSummary s = new DeadLetterSummary(1, "oem", "default", "oem.default.orders", Instant.EPOCH,
                DeadLetterStatus.NEW, "java.lang.IllegalStateException", "boom", 1, Instant.EPOCH);
        return new DeadLetter(s, text, bytes, Map.of(), null, null, null, null);
    }

    @Test
    void textStaysTextEvenWhenItLooksLikeMarkup() {
        BodyText b = BodyText.of(letter("<script>alert(1)</script>", null));
        assertThat(b.text()).isEqualTo("<script>alert(1)</script>");
        assertThat(b.kind()).isEqualTo("integration.ui.body.text");
        assertThat(b.size()).isEqualTo(25);
    }

    @Test
    void bytesAreDecodedAsUtf8ThenGb18030ThenShownAsHex() {
        assertThat(BodyText.of(letter(null, "订单;VIN".getBytes(StandardCharsets.UTF_8))).kind())
                .isEqualTo("integration.ui.body.utf8");
        BodyText gbk = BodyText.of(letter(null, "上海大众订单".getBytes(Charset.forName("GB18030"))));
        assertThat(gbk.kind()).isEqualTo("integration.ui.body.gb18030");
        assertThat(gbk.text()).isEqualTo("上海大众订单");
        BodyText bin = BodyText.of(letter(null, new byte[] {0x02, 0x00, (byte) 0xff, 0x41}));
        assertThat(bin.kind()).isEqualTo("integration.ui.body.binary");
        assertThat(bin.text()).isEqualTo("00000000  02 00 ff 41\n");
        assertThat(BodyText.of(letter(null, null)).kind()).isEqualTo("integration.ui.body.empty");
    }

    @Test
    void longBodiesAreCutForDisplay() {
        BodyText b = BodyText.of(letter("x".repeat(BodyText.MAX_CHARS + 10), null));
        assertThat(b.cut()).isTrue();
        assertThat(b.text()).hasSize(BodyText.MAX_CHARS);
        assertThat(b.size()).isEqualTo(BodyText.MAX_CHARS + 10);
    }
}
