package org.forecourt.forms.ui.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.forecourt.forms.api.engine.Evaluation;
import org.forecourt.forms.api.engine.FieldState;
import org.forecourt.forms.api.engine.Score;
import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.FormItem;
import org.forecourt.forms.api.model.ItemOption;
import org.forecourt.forms.api.model.LocalText;
import org.forecourt.forms.api.model.Scoring;

/** The PDF of a filled form: Chinese text prints (and reads back), hidden items are left out, images are embedded. */
class FormPdfTest {

    private static final ResourceBundle ZH = ResourceBundle.getBundle("i18n.forms-fill", Locale.SIMPLIFIED_CHINESE);

    private static String t(String key, Object[] args) {
        return new MessageFormat(ZH.getString(key), Locale.SIMPLIFIED_CHINESE).format(args);
    }

    private static FormDefinition definition() {
        FormItem section = new FormItem("exterior", FieldType.SECTION, LocalText.of("外观检查", "Exterior"));
        section.getItems().add(new FormItem("damage", FieldType.TEXTAREA, LocalText.of("车身损伤", "Damage")));
        section.getItems().add(new FormItem("fuel", FieldType.CHOICE, LocalText.of("油量", "Fuel"))
                .setOptions(List.of(ItemOption.of("half", "半箱", "Half"), ItemOption.of("full", "满箱", "Full"))));
        section.getItems().add(new FormItem("secret", FieldType.TEXT, LocalText.of("隐藏项", "Hidden")));
        section.getItems().add(new FormItem("photos", FieldType.PHOTO, LocalText.of("照片", "Photos")));
        FormItem signature = new FormItem("sign", FieldType.SIGNATURE, LocalText.of("客户签名", "Signature"));
        return new FormDefinition().setKey("reception-walkaround").setTitle(LocalText.of("接车环检单", "Walk-around"))
                .setScoring(new Scoring(null, null)).setItems(List.of(section, signature));
    }

    private static byte[] png(int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        img.getGraphics().fillRect(2, 2, w / 2, h / 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static byte[] render(PdfFonts fonts, Map<String, byte[]> attachments) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("damage", "左前门划痕 <script>alert(1)</script>");
        answers.put("fuel", "half");
        answers.put("secret", "不应打印");
        answers.put("photos", List.of("p1", "p2"));
        answers.put("sign", "s1");
        Score score = new Score(new BigDecimal("9"), new BigDecimal("10"), new BigDecimal("90.00"), Map.of());
        Evaluation ev = new Evaluation(Map.of("secret", new FieldState(false, false, false)), Map.of(), List.of(),
                score, true, List.of());
        PdfHeader header = new PdfHeader("接车环检单", "reception-walkaround", 2, "上海浦东店", "王先生", "沪A12345",
                "李娜", "2026-11-22 09:30", "2026-11-22 09:45", "已提交");
        return new FormPdf(fonts, Locale.SIMPLIFIED_CHINESE, FormPdfTest::t)
                .render(definition(), answers, ev, header, attachments::get);
    }

    @Test
    void chineseTextIsEmbeddedAndReadsBack() throws IOException {
        PdfFonts fonts = new PdfFonts(null);
        assumeThat(fonts.fontFile()).as("a TrueType CJK font (apt-get install fonts-wqy-microhei)").isNotNull();
        byte[] pdf = render(fonts, Map.of("p1", png(400, 300), "p2", png(300, 400), "s1", png(600, 200)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("接车环检单", "上海浦东店", "王先生", "沪A12345", "李娜", "第 2 版",
                    "外观检查", "车身损伤", "左前门划痕 <script>alert(1)</script>", "油量", "半箱", "得分", "9 / 10 · 90%",
                    "合格", "客户签名", "第 1 页，共 1 页");
            assertThat(text).as("hidden items are not printed").doesNotContain("不应打印", "隐藏项");
            int images = 0;
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            assertThat(images).as("two photos and the signature").isEqualTo(3);
            assertThat(doc.getDocumentCatalog().getPages().get(0).getResources().getFontNames()).isNotEmpty();
        }
        assertThat(pdf.length).as("the font is embedded as a subset, not whole").isLessThan(300_000);
    }

    @Test
    void aMissingConfiguredFontFallsBackToTheSystemFonts() {
        assertThat(new PdfFonts(Path.of("/nonexistent/font.ttf")).fontFile())
                .isNotEqualTo(Path.of("/nonexistent/font.ttf"));
    }

    @Test
    void withoutAUsableCjkFontThePdfIsStillWrittenInLatin() throws IOException {
        byte[] pdf = new FormPdf(PdfFonts.only(Path.of("pom.xml")), Locale.ENGLISH,
                (k, a) -> k.equals("forms.pdf.page") ? "Page " + a[0] + " of " + a[1] : k)
                .render(definition(), Map.of("damage", "Scratch 划痕"),
                        new Evaluation(Map.of(), Map.of(), List.of(), null, false, List.of()),
                        new PdfHeader("Walk-around", "reception-walkaround", 1, null, null, null, null, null, null,
                                null), id -> null);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Walk-around", "Scratch ??", "Page 1 of 1");
        }
    }
}
