package org.forecourt.forms.ui.internal.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The font a PDF is written with. Chinese needs a TrueType (glyf-outline) CJK font, embedded as a subset: PDFBox 3
 * cannot embed OpenType/CFF fonts such as Noto Sans CJK. The configured path is used first, then well-known system
 * fonts (WenQuanYi Micro Hei / Zen Hei, AR PL UMing, Droid Sans Fallback, Windows SimHei/SimSun). Without any, the
 * PDF is written in Helvetica: Latin text prints, other characters print as "?", and a warning is logged.
 */
public final class PdfFonts {

    private static final Logger LOG = LoggerFactory.getLogger(PdfFonts.class);

    /** System fonts tried when no font is configured, in this order. */
    public static final List<String> SYSTEM_FONTS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/noto/NotoSansSC-Regular.ttf",
            "C:/Windows/Fonts/simhei.ttf",
            "C:/Windows/Fonts/simsun.ttc",
            "/System/Library/Fonts/Supplemental/Songti.ttc");

    private final Path configured;
    private final boolean searchSystem;

    /** @param configured the configured font file (.ttf or .ttc with TrueType outlines), or null */
    public PdfFonts(Path configured) {
        this(configured, true);
    }

    private PdfFonts(Path configured, boolean searchSystem) {
        this.configured = configured;
        this.searchSystem = searchSystem;
    }

    /** Only this font file, without looking for system fonts. */
    public static PdfFonts only(Path file) {
        return new PdfFonts(file, false);
    }

    /** The font file that will be used, or null when none is usable (Helvetica fallback). */
    public Path fontFile() {
        List<Path> candidates = new ArrayList<>();
        if (configured != null) {
            candidates.add(configured);
        }
        if (searchSystem) {
            SYSTEM_FONTS.forEach(f -> candidates.add(Path.of(f)));
        }
        for (Path p : candidates) {
            if (Files.isReadable(p)) {
                return p;
            }
        }
        return null;
    }

    /** Loads the font into the document; Helvetica when no CJK font can be loaded. */
    public PDFont load(PDDocument document, List<java.io.Closeable> toClose) {
        Path file = fontFile();
        if (file != null) {
            try {
                return loadFile(document, file, toClose);
            } catch (IOException | RuntimeException e) {
                LOG.warn("The PDF font {} cannot be used ({}); Chinese text will print as '?'. Configure a TrueType "
                        + "CJK font (e.g. fonts-wqy-microhei) as fontPath of org.forecourt.forms.pdf", file,
                        e.toString());
            }
        } else {
            LOG.warn("No CJK TrueType font found for PDFs; Chinese text will print as '?'. Install fonts-wqy-microhei "
                    + "or configure fontPath of org.forecourt.forms.pdf");
        }
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    private static PDFont loadFile(PDDocument document, Path file, List<java.io.Closeable> toClose)
            throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            toClose.add(collection);
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            if (first[0] == null) {
                throw new IOException("empty font collection");
            }
            // the collection stays open until the document is saved (toClose)
            return PDType0Font.load(document, first[0], true);
        }
        return PDType0Font.load(document, file.toFile());
    }
}
