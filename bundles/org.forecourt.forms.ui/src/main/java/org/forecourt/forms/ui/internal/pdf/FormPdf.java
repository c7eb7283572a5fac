package org.forecourt.forms.ui.internal.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import org.forecourt.forms.api.engine.Evaluation;
import org.forecourt.forms.api.engine.Score;
import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.FormItem;
import org.forecourt.forms.ui.internal.render.AnswerFormat;
import org.forecourt.forms.ui.internal.render.Texts;
import org.forecourt.forms.ui.internal.render.Values;

/**
 * The PDF of a filled form, for printing: title, store, customer, vehicle, who filled it and when, the version, every
 * visible item with its answer (photos and the signature as images), section scores, the score and pass verdict,
 * and "page n of m" on every page. A4, Chinese through an embedded TrueType CJK font ({@link PdfFonts}).
 */
public final class FormPdf {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float PHOTO_W = 150;
    private static final float PHOTO_H = 112;
    private static final Color GREY = new Color(0x55, 0x5f, 0x6b);

    private final PdfFonts fonts;
    private final Locale locale;
    private final BiFunction<String, Object[], String> messages;
    private final AnswerFormat format;

    /**
     * @param fonts    where the font comes from
     * @param locale   the reader's language
     * @param messages translates a message key (the forms-fill bundle)
     */
    public FormPdf(PdfFonts fonts, Locale locale, BiFunction<String, Object[], String> messages) {
        this.fonts = fonts;
        this.locale = locale;
        this.messages = messages;
        this.format = new AnswerFormat(locale, messages);
    }

    private String t(String key, Object... args) {
        return messages.apply(key, args);
    }

    /**
     * Writes the PDF.
     *
     * @param evaluation  the engine's evaluation of the answers (visibility, computed values, scores, verdict)
     * @param attachments the bytes of an attachment id (null when missing)
     */
    public byte[] render(FormDefinition definition, Map<String, Object> answers, Evaluation evaluation,
                         PdfHeader header, Function<String, byte[]> attachments) {
        List<Closeable> toClose = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            Writer w = new Writer(doc, fonts.load(doc, toClose), attachments);
            w.text(header.title(), 18, Color.BLACK, 0);
            w.gap(4);
            line(w, "forms.pdf.form", header.formKey() + " · " + t("forms.pdf.versionNumber", header.version()));
            line(w, "forms.pdf.store", header.store());
            line(w, "forms.pdf.customer", header.customer());
            line(w, "forms.pdf.vehicle", header.vehicle());
            line(w, "forms.pdf.filledBy", header.filledBy());
            line(w, "forms.pdf.startedAt", header.startedAt());
            line(w, "forms.pdf.submittedAt", header.submittedAt());
            line(w, "forms.pdf.status", header.status());
            Score score = evaluation.score();
            if (definition.getScoring() != null && score != null && score.max() != null && score.max().signum() > 0) {
                line(w, "forms.pdf.score", Texts.score(score, locale));
                line(w, "forms.pdf.verdict", t(evaluation.passed() ? "forms.fill.passed" : "forms.fill.failed"));
            }
            w.rule();
            items(w, definition.getItems(), answers, "", evaluation, 0);
            w.finish((page, total) -> t("forms.pdf.page", page, total));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (Closeable c : toClose) {
                try {
                    c.close();
                } catch (IOException e) {
                    // the font file was only read
                }
            }
        }
    }

    private void line(Writer w, String labelKey, String value) throws IOException {
        if (value != null && !value.isBlank()) {
            w.text(t(labelKey) + "：" + value, 10, GREY, 0);
        }
    }

    private void items(Writer w, List<FormItem> items, Map<String, Object> target, String prefix, Evaluation ev,
                       float indent) throws IOException {
        for (FormItem item : items) {
            String path = prefix + item.getKey();
            if (!ev.state(path).visible()) {
                continue;
            }
            String label = Texts.resolve(item.getLabel(), locale);
            switch (item.getType()) {
                case SECTION -> {
                    w.gap(8);
                    Score s = ev.score() == null ? null : ev.score().sections().get(item.getKey());
                    String scoreText = s == null || s.max() == null || s.max().signum() == 0 ? ""
                            : "  (" + Texts.score(s, locale) + ")";
                    w.text(label + scoreText, 13, Color.BLACK, indent);
                    items(w, item.getItems(), target, prefix, ev, indent + 8);
                }
                case PAGE_BREAK -> {
                    w.gap(8);
                    w.text(label, 14, Color.BLACK, indent);
                }
                case GROUP -> {
                    w.text(label, 11, Color.BLACK, indent);
                    Object rows = target.get(item.getKey());
                    if (rows instanceof List<?> list) {
                        for (int i = 0; i < list.size(); i++) {
                            w.text(t("forms.fill.group.row", i + 1), 10, GREY, indent + 8);
                            items(w, item.getItems(), Values.map(list.get(i)), path + "[" + i + "].", ev,
                                    indent + 16);
                        }
                    }
                }
                case INSTRUCTION -> {
                    // script text is guidance for the person filling, not an answer
                }
                case COMPUTED -> field(w, label, format.computed(item, ev.computed().get(path)), indent);
                default -> {
                    Object value = target.get(item.getKey());
                    field(w, label, format.format(item, value), indent);
                    List<String> ids = AnswerFormat.attachmentIds(item, value);
                    if (!ids.isEmpty()) {
                        w.images(ids, item.getType() == FieldType.SIGNATURE, indent + 8);
                    }
                }
            }
        }
    }

    private static void field(Writer w, String label, String answer, float indent) throws IOException {
        w.text(label, 9, GREY, indent);
        w.text(answer.isEmpty() ? "—" : answer, 11, Color.BLACK, indent + 8);
        w.gap(3);
    }

    /** Lays text and images out top to bottom, starting new pages as needed. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDFont font;
        private final Function<String, byte[]> attachments;
        private final Map<Integer, Boolean> printable = new HashMap<>();
        private PDPageContentStream cs;
        private float y;

        Writer(PDDocument doc, PDFont font, Function<String, byte[]> attachments) throws IOException {
            this.doc = doc;
            this.font = font;
            this.attachments = attachments;
            newPage();
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void room(float height) throws IOException {
            if (y - height < MARGIN + 20) {
                newPage();
            }
        }

        void gap(float h) {
            y -= h;
        }

        void rule() throws IOException {
            gap(4);
            cs.setStrokingColor(Color.LIGHT_GRAY);
            cs.moveTo(MARGIN, y);
            cs.lineTo(MARGIN + WIDTH, y);
            cs.stroke();
            gap(10);
        }

        /** Characters the font cannot print become "?" (e.g. emoji, or Chinese without a CJK font). */
        String printable(String s) {
            StringBuilder sb = new StringBuilder();
            s.codePoints().forEach(cp -> {
                if (cp == '\t') {
                    cp = ' ';
                }
                if (Character.isISOControl(cp)) {
                    return;
                }
                boolean ok = printable.computeIfAbsent(cp, c -> {
                    try {
                        font.encode(new String(Character.toChars(c)));
                        return true;
                    } catch (IOException | IllegalArgumentException e) {
                        return false;
                    }
                });
                sb.append(ok ? new String(Character.toChars(cp)) : "?");
            });
            return sb.toString();
        }

        private float width(String s, float size) throws IOException {
            return font.getStringWidth(s) / 1000 * size;
        }

        void text(String text, float size, Color color, float indent) throws IOException {
            for (String paragraph : (text == null ? "" : text).split("\\R")) {
                for (String line : wrap(printable(paragraph), size, WIDTH - indent)) {
                    float lead = size * 1.4f;
                    room(lead);
                    y -= lead;
                    cs.beginText();
                    cs.setFont(font, size);
                    cs.setNonStrokingColor(color);
                    cs.newLineAtOffset(MARGIN + indent, y + size * 0.3f);
                    cs.showText(line);
                    cs.endText();
                }
            }
        }

        /** Breaks a line at spaces where possible, anywhere between CJK characters. */
        private List<String> wrap(String s, float size, float max) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            int lastSpace = -1;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                current.append(c);
                if (c == ' ') {
                    lastSpace = current.length() - 1;
                }
                if (width(current.toString(), size) > max && current.length() > 1) {
                    if (lastSpace > 0) {
                        lines.add(current.substring(0, lastSpace));
                        current.delete(0, lastSpace + 1);
                    } else {
                        lines.add(current.substring(0, current.length() - 1));
                        current.delete(0, current.length() - 1);
                    }
                    lastSpace = current.indexOf(" ");
                }
            }
            lines.add(current.toString());
            return lines;
        }

        void images(List<String> ids, boolean signature, float indent) throws IOException {
            float x = MARGIN + indent;
            float maxW = signature ? 220 : PHOTO_W;
            float maxH = signature ? 74 : PHOTO_H;
            room(maxH + 6);
            for (String id : ids) {
                byte[] bytes = attachments.apply(id);
                if (bytes == null) {
                    continue;
                }
                PDImageXObject img;
                try {
                    img = PDImageXObject.createFromByteArray(doc, bytes, id);
                } catch (IOException | IllegalArgumentException e) {
                    continue;
                }
                float scale = Math.min(maxW / img.getWidth(), maxH / img.getHeight());
                float w = img.getWidth() * scale;
                float h = img.getHeight() * scale;
                if (x + w > MARGIN + WIDTH) {
                    x = MARGIN + indent;
                    y -= maxH + 6;
                    room(maxH + 6);
                }
                cs.drawImage(img, x, y - h - 4, w, h);
                x += w + 8;
            }
            y -= maxH + 10;
        }

        /** Closes the last page and numbers every page "n / m". */
        void finish(BiFunction<Integer, Integer, String> pageLabel) throws IOException {
            cs.close();
            int total = doc.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream footer = new PDPageContentStream(doc, doc.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String text = printable(pageLabel.apply(i + 1, total));
                    footer.beginText();
                    footer.setFont(font, 9);
                    footer.setNonStrokingColor(GREY);
                    footer.newLineAtOffset(MARGIN + WIDTH - width(text, 9), MARGIN / 2);
                    footer.showText(text);
                    footer.endText();
                }
            }
        }
    }
}
