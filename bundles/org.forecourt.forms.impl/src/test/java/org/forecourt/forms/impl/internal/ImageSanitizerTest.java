package org.forecourt.forms.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** Only real JPEG/PNG images pass, and they leave without their metadata. */
class ImageSanitizerTest {

    @Test
    void jpegLosesExifAndCommentsButStillDecodes() throws Exception {
        byte[] in = Images.jpegWithGps(64, 48);
        assertThat(Images.contains(in, Images.GPS_MARK)).isTrue();
        ImageSanitizer.Image out = ImageSanitizer.clean(in);
        assertThat(out.contentType()).isEqualTo("image/jpeg");
        assertThat(out.width()).isEqualTo(64);
        assertThat(out.height()).isEqualTo(48);
        assertThat(Images.contains(out.data(), "GPS")).isFalse();
        assertThat(Images.contains(out.data(), "Exif")).isFalse();
        assertThat(Images.contains(out.data(), "JFIF")).isTrue(); // APP0 kept
        assertThat(ImageIO.read(new ByteArrayInputStream(out.data())).getWidth()).isEqualTo(64);
    }

    @Test
    void pngLosesTextAndTimeChunks() throws Exception {
        byte[] in = Images.pngWithText(20, 10);
        ImageSanitizer.Image out = ImageSanitizer.clean(in);
        assertThat(out.contentType()).isEqualTo("image/png");
        assertThat(out.width()).isEqualTo(20);
        assertThat(Images.contains(out.data(), "tEXt")).isFalse();
        assertThat(Images.contains(out.data(), "tIME")).isFalse();
        assertThat(Images.contains(out.data(), Images.GPS_MARK)).isFalse();
        assertThat(ImageIO.read(new ByteArrayInputStream(out.data()))).isNotNull();
    }

    @Test
    void anythingElseIsRefused() throws IOException {
        assertThatThrownBy(() -> ImageSanitizer.clean("just some text, named photo.jpg"
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(ImageSanitizer.NotAnImage.class);
        assertThatThrownBy(() -> ImageSanitizer.clean(Images.encode("gif", 5, 5)))
                .isInstanceOf(ImageSanitizer.NotAnImage.class);
        // JPEG magic bytes followed by garbage
        byte[] fake = new byte[64];
        Arrays.fill(fake, (byte) 7);
        fake[0] = (byte) 0xFF;
        fake[1] = (byte) 0xD8;
        fake[2] = (byte) 0xFF;
        assertThatThrownBy(() -> ImageSanitizer.clean(fake)).isInstanceOf(ImageSanitizer.NotAnImage.class);
        // a truncated PNG
        byte[] png = Images.encode("png", 30, 30);
        assertThatThrownBy(() -> ImageSanitizer.clean(Arrays.copyOf(png, png.length / 2)))
                .isInstanceOf(ImageSanitizer.NotAnImage.class);
        assertThatThrownBy(() -> ImageSanitizer.clean(null)).isInstanceOf(ImageSanitizer.NotAnImage.class);
    }
}
