package org.forecourt.forms.ui.internal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forecourt.forms.ui.internal.design.Harness.find;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.FormItem;
import org.forecourt.forms.api.model.LocalText;
import org.forecourt.forms.engine.internal.FormEngineImpl;
import org.forecourt.forms.ui.FormRenderer;

/**
 * The designer's palette, canvas, properties panel and preview, built without a browser over a model with the real
 * engine, wired as the designer wires them.
 */
class DesignerPartsTest {

    private final FormEngineImpl engine = new FormEngineImpl();
    private UI ui;
    private DesignerModel model;
    private Palette palette;
    private Canvas canvas;
    private PropertiesPanel properties;

    @BeforeEach
    void start() {
        ui = Harness.start(Harness.brandAdmin());
        FormDefinition def = new FormDefinition().setKey("delivery").setTitle(LocalText.of("交车检查", "Delivery"))
                .setKind("checklist");
        model = new DesignerModel(engine, def, Texts::defaultLabel);
        palette = new Palette(model, true);
        canvas = new Canvas(model, true);
        properties = new PropertiesPanel(model, List.of(), true);
        model.addListener(() -> {
            canvas.refresh();
            if (!properties.isApplying()) {
                properties.show();
            }
        });
        ui.add(palette, canvas, properties);
    }

    @AfterEach
    void stop() {
        Harness.stop();
    }

    private List<String> canvasKeys() {
        return Harness.all(canvas).filter(c -> c.getClassNames().contains(DesignIds.CANVAS_ROW_CLASS))
                .map(c -> c.getElement().getAttribute("data-key")).toList();
    }

    @Test
    void thePaletteOffersEveryTypeAndAClickPutsItOnTheCanvas() {
        assertThat(Arrays.stream(FieldType.values()).map(DesignIds::palette))
                .allSatisfy(id -> assertThat(Harness.findAny(palette, id)).isPresent());
        find(palette, "palette-section", Button.class).click();
        find(palette, "palette-inspection", Button.class).click();
        assertThat(canvasKeys()).containsExactly("section1", "inspection1");
        Component row = find(canvas, "canvas-row-inspection1", Div.class);
        assertThat(row.getElement().getAttribute("data-type")).isEqualTo("inspection");
        assertThat(row.getElement().getAttribute("data-path")).isEqualTo("0.0");
        assertThat(row.getClassNames()).contains("selected");
        assertThat(find(properties, DesignIds.PROP_TYPE, Component.class).getElement().getAttribute("data-type"))
                .isEqualTo("inspection");
        assertThat(find(properties, DesignIds.PROP_LABEL_ZH, TextField.class).getValue()).isEqualTo("检查项");
        assertThat(find(properties, DesignIds.PROP_LABEL_EN, TextField.class).getValue())
                .isEqualTo("Inspection item");
    }

    @Test
    void dropsFromThePaletteAddAndDropsOfRowsMove() {
        assertThat(canvas.drop(FieldType.TEXT, List.of(), 0)).isTrue();
        assertThat(canvas.drop(FieldType.SECTION, List.of(), 0)).isTrue();
        assertThat(canvasKeys()).containsExactly("section1", "text1");
        assertThat(canvas.drop(new Canvas.RowDrag(List.of(1)), List.of(0), 0)).isTrue();
        assertThat(model.item(List.of(0, 0)).map(FormItem::getKey)).contains("text1");
        assertThat(canvas.drop(FieldType.PAGE_BREAK, List.of(0), 1)).as("no page break in a section").isFalse();
        assertThat(Harness.findAny(canvas, DesignIds.CANVAS_END)).isPresent();
    }

    @Test
    void labelsLogicWeightAndCriticalAreEditedWithALiveExpressionCheck() {
        find(palette, "palette-yes-no", Button.class).click();
        find(palette, "palette-inspection", Button.class).click();
        TextField zh = find(properties, DesignIds.PROP_LABEL_ZH, TextField.class);
        zh.setValue("刹车");
        assertThat(find(properties, DesignIds.PROP_LABEL_ZH, TextField.class)).as("not rebuilt while typing")
                .isSameAs(zh);
        find(properties, DesignIds.PROP_LABEL_EN, TextField.class).setValue("Brakes");
        assertThat(model.selected().orElseThrow().getLabel()).isEqualTo(LocalText.of("刹车", "Brakes"));

        TextField visibleIf = find(properties, DesignIds.PROP_VISIBLE_IF, TextField.class);
        visibleIf.setValue("colour == true");
        assertThat(visibleIf.isInvalid()).isTrue();
        assertThat(visibleIf.getErrorMessage()).contains("forms.def.expr.unknownField");
        visibleIf.setValue("yesNo1 == true");
        assertThat(visibleIf.isInvalid()).isFalse();
        assertThat(model.selected().orElseThrow().getVisibleIf()).isEqualTo("yesNo1 == true");

        find(properties, DesignIds.PROP_WEIGHT, BigDecimalField.class).setValue(new BigDecimal("10"));
        find(properties, DesignIds.PROP_CRITICAL, Checkbox.class).setValue(true);
        find(properties, DesignIds.PROP_TAGS, TextField.class).setValue("safety");
        FormItem item = model.selected().orElseThrow();
        assertThat(item.getWeight()).isEqualByComparingTo("10");
        assertThat(item.isCritical()).isTrue();
        assertThat(item.getTags()).containsExactly("safety");
        assertThat(model.problems()).isEmpty();

        model.undo();
        assertThat(find(properties, DesignIds.PROP_TAGS, TextField.class).getValue())
                .as("undo shows the state before").isEmpty();
    }

    @Test
    void aKeyThatIsTakenIsRefusedOnTheField() {
        find(palette, "palette-text", Button.class).click();
        find(palette, "palette-text", Button.class).click();
        TextField key = find(properties, DesignIds.PROP_KEY, TextField.class);
        key.setValue("text1");
        assertThat(key.isInvalid()).isTrue();
        assertThat(model.selected().orElseThrow().getKey()).isEqualTo("text2");
        key.setValue("ownerName");
        assertThat(key.isInvalid()).isFalse();
        assertThat(canvasKeys()).containsExactly("text1", "ownerName");
    }

    @Test
    void theOptionsEditorAddsEditsAndRemovesOptions() {
        find(palette, "palette-choice", Button.class).click();
        find(properties, DesignIds.OPTION_ADD, Button.class).click();
        assertThat(model.selected().orElseThrow().getOptions()).hasSize(3);
        find(properties, DesignIds.OPTION_VALUE + "2", TextField.class).setValue("within-7-days");
        find(properties, DesignIds.OPTION_LABEL_ZH + "2", TextField.class).setValue("7 天内");
        find(properties, DesignIds.OPTION_SCORE + "2", BigDecimalField.class).setValue(BigDecimal.ONE);
        find(properties, DesignIds.OPTION_UP + "2", Button.class).click();
        find(properties, DesignIds.OPTION_REMOVE + "0", Button.class).click();
        assertThat(model.selected().orElseThrow().getOptions()).extracting(o -> o.value())
                .containsExactly("within-7-days", "option2");
        assertThat(model.selected().orElseThrow().getOptions().get(0).score()).isEqualByComparingTo("1");
        TextField bad = find(properties, DesignIds.OPTION_VALUE + "0", TextField.class);
        bad.setValue("7 天");
        assertThat(bad.isInvalid()).isTrue();
    }

    @Test
    void theFormsPassRuleIsCheckedLive() {
        model.select(null);
        find(properties, DesignIds.FORM_SCORED, Checkbox.class).setValue(true);
        properties.show();
        TextField pass = find(properties, DesignIds.FORM_PASS, TextField.class);
        pass.setValue("percent >=");
        assertThat(pass.isInvalid()).isTrue();
        assertThat(pass.getErrorMessage()).contains("forms.design.problem.position");
        pass.setValue("percent >= 90");
        assertThat(pass.isInvalid()).isFalse();
        assertThat(model.definition().getScoring().pass()).isEqualTo("percent >= 90");
        find(properties, DesignIds.FORM_TITLE_EN, TextField.class).setValue("Delivery checklist");
        assertThat(model.definition().getTitle().get(LocalText.EN)).isEqualTo("Delivery checklist");
    }

    @Test
    void thePreviewRendersTheDraftAtTheChosenWidthAndScoresTestAnswers() {
        find(palette, "palette-inspection", Button.class).click();
        model.edit("weight", it -> it.setWeight(BigDecimal.TEN));
        model.edit("required", it -> it.setRequired(true));
        PreviewPanel preview = new PreviewPanel(engine, model::previewDefinition);
        ui.add(preview);
        preview.refresh();
        assertThat(Harness.all(preview).anyMatch(c -> c instanceof FormRenderer)).isTrue();
        Div frame = find(preview, DesignIds.PREVIEW_FRAME, Div.class);
        assertThat(frame.getWidth()).isEqualTo("768px");
        find(preview, DesignIds.PREVIEW_PHONE, Button.class).click();
        assertThat(frame.getWidth()).isEqualTo("375px");
        find(preview, DesignIds.PREVIEW_CHECK, Button.class).click();
        Component result = find(preview, DesignIds.PREVIEW_RESULT, Component.class);
        assertThat(result.getElement().getAttribute("data-passed")).as("a required item unanswered")
                .isEqualTo("false");
        assertThat(preview.renderer().evaluate(false).score().max()).isEqualByComparingTo("10");
    }
}
