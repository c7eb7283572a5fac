package org.forecourt.forms.impl.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Real test images: a JPEG carrying EXIF with a GPS position, a PNG carrying text and time chunks. */
final class Images {

    static final String GPS_MARK = "GPSLatitude=31.2304N;GPSLongitude=121.4737E";

    private Images() {
    }

    static byte[] encode(String format, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A JPEG with an APP1 EXIF segment (and a comment) holding a location, inserted after SOI. */
    static byte[] jpegWithGps(int width, int height) {
        byte[] jpeg = encode("jpg", width, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        segment(out, 0xE1, ("Exif\0\0MM\0*\0\0\0\u0008" + GPS_MARK).getBytes(StandardCharsets.ISO_8859_1));
        segment(out, 0xFE, ("taken at " + GPS_MARK).getBytes(StandardCharsets.ISO_8859_1));
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
        out.write(0xFF);
        out.write(marker);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(payload);
    }

    /** A PNG with tEXt and tIME chunks inserted after IHDR. */
    static byte[] pngWithText(int width, int height) {
        byte[] png = encode("png", width, height);
        int afterIhdr = 8 + 4 + 4 + 13 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterIhdr);
        chunk(out, "tEXt", ("Location\0" + GPS_MARK).getBytes(StandardCharsets.ISO_8859_1));
        chunk(out, "tIME", new byte[] {0x07, (byte) 0xEA, 11, 20, 10, 0, 0});
        out.write(png, afterIhdr, png.length - afterIhdr);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.ISO_8859_1);
        out.write(data.length >>> 24);
        out.write(data.length >>> 16 & 0xFF);
        out.write(data.length >>> 8 & 0xFF);
        out.write(data.length & 0xFF);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        long c = crc.getValue();
        out.write((int) (c >>> 24));
        out.write((int) (c >>> 16 & 0xFF));
        out.write((int) (c >>> 8 & 0xFF));
        out.write((int) (c & 0xFF));
    }

    static boolean contains(byte[] data, String text) {
        return new String(data, StandardCharsets.ISO_8859_1).contains(text);
    }
}
