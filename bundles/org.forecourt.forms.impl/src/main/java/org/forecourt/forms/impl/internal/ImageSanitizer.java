package org.forecourt.forms.impl.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Accepts JPEG and PNG images only, recognised by their magic bytes and proven by decoding them, and removes their
 * metadata: JPEG loses every APPn segment but APP0 (JFIF) and APP14 (Adobe colour transform) — so EXIF with its GPS
 * location and XMP — and its comments; PNG loses its eXIf, tEXt, zTXt, iTXt and tIME chunks.
 */
public final class ImageSanitizer {

    /** Largest image accepted, in pixels (a decompression bomb would need gigabytes). */
    public static final long MAX_PIXELS = 50_000_000L;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** A cleaned image. */
    public record Image(String contentType, byte[] data, int width, int height) {
    }

    /** Not a JPEG or PNG image, or a broken one. */
    public static final class NotAnImage extends Exception {
        private static final long serialVersionUID = 1L;

        NotAnImage(String why) {
            super(why, null, false, false);
        }
    }

    private ImageSanitizer() {
    }

    public static Image clean(byte[] content) throws NotAnImage {
        if (content == null || content.length < 8) {
            throw new NotAnImage("too short");
        }
        String type;
        byte[] stripped;
        if ((content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8 && (content[2] & 0xFF) == 0xFF) {
            type = "image/jpeg";
            stripped = stripJpeg(content);
        } else if (startsWith(content, PNG_SIGNATURE)) {
            type = "image/png";
            stripped = stripPng(content);
        } else {
            throw new NotAnImage("neither JPEG nor PNG");
        }
        int[] size = decode(stripped, type.equals("image/jpeg") ? "jpeg" : "png");
        return new Image(type, stripped, size[0], size[1]);
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Decodes the whole image with a reader of the expected format; returns width and height. */
    private static int[] decode(byte[] data, String format) throws NotAnImage {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (in == null || !readers.hasNext()) {
                throw new NotAnImage("no " + format + " reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1 || (long) width * height > MAX_PIXELS) {
                    throw new NotAnImage("size " + width + "x" + height);
                }
                if (reader.read(0) == null) {
                    throw new NotAnImage("undecodable");
                }
                return new int[] {width, height};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new NotAnImage("undecodable: " + e.getMessage());
        }
    }

    // ------------------------------------------------------------------------------------------------------- JPEG

    static byte[] stripJpeg(byte[] in) throws NotAnImage {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(0xFF);
        out.write(0xD8);
        int pos = 2;
        while (pos < in.length) {
            if ((in[pos] & 0xFF) != 0xFF) {
                throw new NotAnImage("JPEG marker expected at " + pos);
            }
            while (pos < in.length && (in[pos] & 0xFF) == 0xFF) {
                pos++; // fill bytes
            }
            if (pos >= in.length) {
                throw new NotAnImage("truncated JPEG");
            }
            int marker = in[pos++] & 0xFF;
            if (marker == 0xD9) { // EOI
                out.write(0xFF);
                out.write(marker);
                return out.toByteArray();
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) { // no length
                out.write(0xFF);
                out.write(marker);
                continue;
            }
            if (pos + 2 > in.length) {
                throw new NotAnImage("truncated JPEG segment");
            }
            int length = ((in[pos] & 0xFF) << 8) | (in[pos + 1] & 0xFF);
            if (length < 2 || pos + length > in.length) {
                throw new NotAnImage("bad JPEG segment length");
            }
            boolean drop = marker >= 0xE1 && marker <= 0xEF && marker != 0xEE || marker == 0xFE;
            if (!drop) {
                out.write(0xFF);
                out.write(marker);
                out.write(in, pos, length);
            }
            pos += length;
            if (marker == 0xDA) { // start of scan: the entropy-coded data and whatever follows stay as they are
                out.write(in, pos, in.length - pos);
                return out.toByteArray();
            }
        }
        throw new NotAnImage("JPEG without image data");
    }

    // -------------------------------------------------------------------------------------------------------- PNG

    private static boolean droppedPngChunk(String type) {
        return switch (type) {
            case "eXIf", "tEXt", "zTXt", "iTXt", "tIME" -> true;
            default -> false;
        };
    }

    static byte[] stripPng(byte[] in) throws NotAnImage {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, PNG_SIGNATURE.length);
        int pos = PNG_SIGNATURE.length;
        while (pos + 12 <= in.length) {
            long length = ((long) (in[pos] & 0xFF) << 24) | ((in[pos + 1] & 0xFF) << 16)
                    | ((in[pos + 2] & 0xFF) << 8) | (in[pos + 3] & 0xFF);
            if (length > in.length - pos - 12) {
                throw new NotAnImage("bad PNG chunk length");
            }
            String type = new String(in, pos + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            int total = (int) length + 12;
            if (!droppedPngChunk(type)) {
                out.write(in, pos, total);
            }
            pos += total;
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
        }
        throw new NotAnImage("PNG without IEND");
    }
}
