package org.forecourt.forms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.forecourt.core.api.FieldError;
import org.forecourt.forms.api.engine.Evaluation;
import org.forecourt.forms.api.engine.FormContext;
import org.forecourt.forms.api.engine.FormEngine;
import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.FormItem;
import org.forecourt.forms.api.model.Grade;
import org.forecourt.forms.api.model.ItemOption;
import org.forecourt.forms.api.model.LocalText;
import org.forecourt.forms.api.model.RatingScale;
import org.forecourt.forms.api.model.Scoring;
import org.forecourt.forms.engine.internal.FormEngineImpl;
import org.forecourt.forms.ui.internal.render.GroupView;
import org.forecourt.forms.ui.internal.render.InspectionView;
import org.forecourt.forms.ui.internal.render.ItemView;
import org.forecourt.forms.ui.internal.render.PhotoView;
import org.forecourt.forms.ui.internal.render.RatingView;
import org.forecourt.forms.ui.internal.render.SectionView;
import org.forecourt.forms.ui.internal.render.SignatureView;
import org.forecourt.forms.ui.internal.render.TextView;
import org.forecourt.forms.ui.internal.render.ValueFieldView;

/** The renderer built and used without a browser, with the real engine. */
class FormRendererTest {

    private final FormEngine engine = new FormEngineImpl();
    private UI ui;

    @BeforeEach
    void start() {
        ui = RendererHarness.start(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void stop() {
        RendererHarness.stop();
    }

    private static FormItem item(String key, FieldType type, String zh, String en) {
        return new FormItem(key, type, LocalText.of(zh, en));
    }

    private FormRenderer render(FormDefinition d, FormRenderer.Mode mode, Map<String, Object> answers) {
        FormContext ctx = new FormContext(Locale.SIMPLIFIED_CHINESE, null, null, Map.of("name", "王先生"),
                Map.of("model", "Model Y", "plate", "沪A12345"), Map.of("name", "李娜"), Map.of("name", "浦东店"));
        FormRenderer r = new FormRenderer(engine, d, ctx, mode, answers);
        ui.add(r);
        return r;
    }

    private static ItemView view(FormRenderer r, String path) {
        ItemView v = RendererHarness.core(r).views().get(path);
        assertThat(v).as("view at " + path).isNotNull();
        return v;
    }

    @SuppressWarnings("unchecked")
    private static <V> HasValue<?, V> input(FormRenderer r, String path) {
        return ((ValueFieldView<V>) view(r, path)).input();
    }

    private static String error(ItemView v) {
        return RendererHarness.all(v.root()).filter(c -> c.getClassNames().contains("fc-form-error"))
                .filter(Component::isVisible).map(c -> ((Span) c).getText()).findFirst().orElse(null);
    }

    private static FormDefinition def(FormItem... items) {
        return new FormDefinition().setKey("test").setTitle(LocalText.of("测试表单", "Test form"))
                .setItems(new ArrayList<>(List.of(items)));
    }

    @Test
    void aConditionalFieldAppearsWhenItsConditionHolds() {
        FormDefinition d = def(
                item("buy", FieldType.CHOICE, "购买意向", "Intent").setOptions(List.of(
                        ItemOption.of("soon", "7天内", "Within 7 days"), ItemOption.of("later", "以后", "Later"))),
                item("when", FieldType.DATE, "预计日期", "Date").setVisibleIf("buy == 'soon'"));
        FormRenderer r = render(d, FormRenderer.Mode.FILL, null);
        assertThat(view(r, "when").root().isVisible()).isFalse();
        input(r, "buy").setValue("soon");
        assertThat(view(r, "when").root().isVisible()).isTrue();
        assertThat(r.answers()).containsEntry("buy", "soon");
        input(r, "buy").setValue("later");
        assertThat(view(r, "when").root().isVisible()).isFalse();
    }

    @Test
    void requiredErrorsAreShownAtTheirPathsIncludingGroupRows() {
        FormItem parts = item("parts", FieldType.GROUP, "配件", "Parts").setMinRows(1).setItems(List.of(
                item("name", FieldType.TEXT, "名称", "Name").setRequired(true),
                item("qty", FieldType.NUMBER, "数量", "Qty").setRequired(true)));
        FormDefinition d = def(item("advisor", FieldType.TEXT, "顾问", "Advisor").setRequired(true), parts);
        FormRenderer r = render(d, FormRenderer.Mode.FILL, null);
        List<Map<String, Object>> changes = new ArrayList<>();
        r.addChangeListener(changes::add);
        Evaluation ev = r.evaluate(true);
        assertThat(ev.errors()).extracting(FieldError::field).contains("advisor", "parts[0].name", "parts[0].qty");
        assertThat(error(view(r, "advisor"))).isNotNull();
        assertThat(error(view(r, "parts[0].qty"))).isNotNull();
        assertThat(view(r, "advisor").root().getElement().getAttribute("data-invalid")).isEqualTo("true");
        input(r, "advisor").setValue("张三");
        assertThat(error(view(r, "advisor"))).as("a change clears the field's error").isNull();
        assertThat(error(view(r, "parts[0].qty"))).as("other errors stay").isNotNull();
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0)).containsEntry("advisor", "张三");

        r.showErrors(List.of(FieldError.of("parts[0].name", "forms.answer.required")));
        assertThat(error(view(r, "parts[0].name"))).isNotNull();
        assertThat(error(view(r, "parts[0].qty"))).isNull();
    }

    @Test
    void groupRowsAreAddedAndRemovedWithinTheirLimits() {
        FormItem parts = item("parts", FieldType.GROUP, "配件", "Parts").setMinRows(1).setMaxRows(2).setItems(List.of(
                item("qty", FieldType.NUMBER, "数量", "Qty")));
        FormDefinition d = def(parts, item("total", FieldType.COMPUTED, "合计", "Total")
                .setExpression("sum(parts, 'qty')"));
        FormRenderer r = render(d, FormRenderer.Mode.FILL, null);
        GroupView group = (GroupView) view(r, "parts");
        assertThat(group.rowCount()).isEqualTo(1);
        input(r, "parts[0].qty").setValue(new BigDecimal("2"));
        group.addRow();
        assertThat(group.rowCount()).isEqualTo(2);
        assertThat(group.addButton().isEnabled()).as("max 2 rows").isFalse();
        input(r, "parts[1].qty").setValue(new BigDecimal("3"));
        assertThat(((TextView) view(r, "total")).text()).isEqualTo("5");
        group.removeRow(0);
        assertThat(group.rowCount()).isEqualTo(1);
        assertThat(RendererHarness.core(r).views()).doesNotContainKey("parts[1].qty");
        assertThat(r.answers().get("parts")).isEqualTo(List.of(Map.of("qty", new BigDecimal("3"))));
        assertThat(((TextView) view(r, "total")).text()).isEqualTo("3");
        group.removeRow(0);
        assertThat(group.rowCount()).as("min 1 row").isEqualTo(1);
    }

    @Test
    void labelsAndAnswersWithHtmlAreShownAsText() {
        String hostile = "<script>alert('x')</script><b>粗</b>";
        FormDefinition d = def(item("note", FieldType.TEXT, hostile, hostile),
                item("tip", FieldType.INSTRUCTION, "话术", "Script").setText(LocalText.of("您好 {customer.name} "
                        + hostile, null)));
        FormRenderer r = render(d, FormRenderer.Mode.FILL, Map.of("note", hostile));
        ItemView note = view(r, "note");
        assertThat(RendererHarness.all(note.root()).filter(c -> c instanceof Span).map(c -> ((Span) c).getText()))
                .contains(hostile);
        assertThat(RendererHarness.all(r).map(c -> c.getElement().getTag())).doesNotContain("script", "b");
        assertThat(RendererHarness.all(r).map(c -> c.getElement().getProperty("innerHTML")))
                .allMatch(html -> html == null);
        assertThat(input(r, "note").getValue()).isEqualTo(hostile);
        assertThat(((TextView) view(r, "tip")).text()).isEqualTo("您好 王先生 " + hostile);
    }

    @Test
    void aTextMissingInTheUsersLanguageIsMarked() {
        FormDefinition d = def(item("onlyEn", FieldType.TEXT, null, "Mileage"), item("both", FieldType.TEXT, "里程",
                "Mileage"));
        FormRenderer r = render(d, FormRenderer.Mode.FILL, null);
        assertThat(RendererHarness.all(view(r, "onlyEn").root())
                .filter(c -> c.getClassNames().contains("fc-form-fallback")).map(c -> ((Span) c).getText()))
                .containsExactly("EN");
        assertThat(RendererHarness.all(view(r, "both").root())
                .filter(c -> c.getClassNames().contains("fc-form-fallback"))).isEmpty();
    }

    @Test
    void inspectionRatingSignatureAndPhotosAnswerInTheEngineShapes() throws IOException {
        FormDefinition d = def(
                item("brakes", FieldType.INSPECTION, "刹车", "Brakes").setWeight(BigDecimal.TEN),
                item("stars", FieldType.RATING, "满意度", "Satisfaction").setScale(RatingScale.STARS_5),
                item("nps", FieldType.RATING, "推荐", "NPS").setScale(RatingScale.SCORE_0_10),
                item("sign", FieldType.SIGNATURE, "签名", "Signature"),
                item("photo", FieldType.PHOTO, "照片", "Photo").setMaxPhotos(2))
                .setScoring(new Scoring(null, null));
        FormRenderer r = render(d, FormRenderer.Mode.PREVIEW, null);
        InspectionView brakes = (InspectionView) view(r, "brakes");
        brakes.button(Grade.ATTENTION).click();
        brakes.note().setValue("片薄");
        assertThat(r.answers().get("brakes")).isEqualTo(Map.of("grade", "ATTENTION", "note", "片薄"));
        assertThat(brakes.button(Grade.ATTENTION).getElement().getAttribute("aria-pressed")).isEqualTo("true");
        ((RatingView) view(r, "stars")).buttons().get(3).click();
        ((RatingView) view(r, "nps")).buttons().get(10).click();
        assertThat(r.answers()).containsEntry("stars", new BigDecimal("4")).containsEntry("nps", new BigDecimal("10"));

        SignatureView sign = (SignatureView) view(r, "sign");
        sign.acceptDataUrl("");
        assertThat(error(sign)).isNotNull();
        sign.acceptDataUrl("data:image/png;base64," + Base64.getEncoder().encodeToString(png()));
        assertThat(r.answers().get("sign")).isInstanceOf(String.class);
        assertThat(error(sign)).isNull();
        assertThat(sign.root().getElement().getAttribute("data-signed")).isEqualTo("true");

        PhotoView photo = (PhotoView) view(r, "photo");
        try {
            photo.photos().accept("evil.jpg", "<html>not an image</html>".getBytes());
        } catch (org.forecourt.core.api.ValidationException expected) {
            assertThat(expected.errors().get(0).messageKey()).isEqualTo("forms.attachment.notImage");
        }
        photo.photos().accept("car.png", png());
        assertThat(r.answers().get("photo")).asList().hasSize(1);
        assertThat(RendererHarness.all(r).filter(c -> c.getClassNames().contains("fc-form-score")).findFirst()
                .map(c -> c.getElement().getAttribute("data-score")).orElse("")).isEqualTo("5 / 10 · 50%");
    }

    @Test
    void viewModeIsReadOnlyAndShowsTheVerdict() {
        FormItem section = item("safety", FieldType.SECTION, "安全", "Safety").setItems(List.of(
                item("brakes", FieldType.INSPECTION, "刹车", "Brakes").setWeight(BigDecimal.TEN),
                item("remark", FieldType.TEXT, "备注", "Remark")));
        FormItem rows = item("parts", FieldType.GROUP, "配件", "Parts").setItems(List.of(
                item("qty", FieldType.NUMBER, "数量", "Qty")));
        FormDefinition d = def(section, rows).setScoring(new Scoring(null, null));
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("brakes", Map.of("grade", "OK"));
        answers.put("remark", "良好");
        answers.put("parts", List.of(Map.of("qty", new BigDecimal("1"))));
        FormRenderer r = render(d, FormRenderer.Mode.VIEW, answers);
        assertThat(((InspectionView) view(r, "brakes")).button(Grade.OK).isEnabled()).isFalse();
        assertThat(input(r, "remark").isReadOnly()).isTrue();
        assertThat(input(r, "parts[0].qty").isReadOnly()).as("rows too").isTrue();
        assertThat(((GroupView) view(r, "parts")).addButton().isVisible()).isFalse();
        assertThat(input(r, "remark").getValue()).isEqualTo("良好");
        assertThat(((SectionView) view(r, "safety")).scoreText()).contains("10 / 10");
        Component verdict = RendererHarness.all(r).filter(c -> c.getClassNames().contains("fc-form-verdict"))
                .findFirst().orElseThrow();
        assertThat(verdict.getElement().getAttribute("data-passed")).isEqualTo("true");
        assertThat(r.answers()).isEqualTo(answers);
    }

    @Test
    void nextPageIsRefusedUntilThePageIsComplete() {
        FormDefinition d = def(item("mileage", FieldType.NUMBER, "里程", "Mileage").setRequired(true),
                item("p2", FieldType.PAGE_BREAK, "第二页", "Page 2"),
                item("ok", FieldType.YES_NO, "确认", "Confirm").setRequired(true));
        FormRenderer r = render(d, FormRenderer.Mode.FILL, null);
        assertThat(r.isOnLastPage()).isFalse();
        assertThat(r.nextPage()).isFalse();
        assertThat(error(view(r, "mileage"))).isNotNull();
        assertThat(error(view(r, "ok"))).as("the next page's errors wait").isNull();
        input(r, "mileage").setValue(new BigDecimal("12000"));
        assertThat(r.nextPage()).isTrue();
        assertThat(r.isOnLastPage()).isTrue();
        assertThat(view(r, "ok").root().getParent().orElseThrow().isVisible()).isTrue();
        assertThat(view(r, "mileage").root().getParent().orElseThrow().isVisible()).isFalse();
    }

    private static byte[] png() throws IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(30, 10,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
