package org.forecourt.forms.ui.internal.design;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.forecourt.core.api.Actor;
import org.forecourt.forms.api.engine.Evaluation;
import org.forecourt.forms.api.engine.FormContext;
import org.forecourt.forms.api.engine.FormEngine;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.ui.FormRenderer;
import org.forecourt.ui.api.CurrentUser;

/**
 * The designer's live preview: the draft rendered by the {@link FormRenderer} in preview mode inside a frame as
 * wide as a phone (375 px), a tablet (768 px) or the screen; the author fills it in to try the logic, and sees the
 * score and the pass verdict. Test answers survive changes of the draft (answers of removed items are dropped by
 * the renderer's shape check, not kept).
 */
final class PreviewPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** Frame widths of the three devices. */
    static final Map<String, String> WIDTHS = Map.of(DesignIds.PREVIEW_PHONE, "375px", DesignIds.PREVIEW_TABLET,
            "768px", DesignIds.PREVIEW_DESKTOP, "100%");

    private final transient FormEngine engine;
    private final transient Supplier<FormDefinition> definition;
    private final Div frame = new Div();
    private final Span result = new Span();
    private FormRenderer renderer;
    private transient Map<String, Object> answers = new HashMap<>();

    PreviewPanel(FormEngine engine, Supplier<FormDefinition> definition) {
        this.engine = engine;
        this.definition = definition;
        setId(DesignIds.PREVIEW);
        setSizeFull();

        HorizontalLayout bar = new HorizontalLayout();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.addClassName(LumoUtility.FlexWrap.WRAP);
        Map<String, String> labels = Map.of(DesignIds.PREVIEW_PHONE, "forms.design.preview.phone",
                DesignIds.PREVIEW_TABLET, "forms.design.preview.tablet", DesignIds.PREVIEW_DESKTOP,
                "forms.design.preview.desktop");
        for (String id : List.of(DesignIds.PREVIEW_PHONE, DesignIds.PREVIEW_TABLET, DesignIds.PREVIEW_DESKTOP)) {
            Button b = new Button(Texts.t(labels.get(id)), e -> width(id));
            b.setId(id);
            b.setIcon((id.equals(DesignIds.PREVIEW_PHONE) ? VaadinIcon.MOBILE
                    : id.equals(DesignIds.PREVIEW_TABLET) ? VaadinIcon.TABLET : VaadinIcon.DESKTOP).create());
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            bar.add(b);
        }
        Button check = new Button(Texts.t("forms.design.preview.check"), VaadinIcon.CHECK.create(),
                e -> show(renderer.evaluate(true)));
        check.setId(DesignIds.PREVIEW_CHECK);
        check.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button reset = new Button(Texts.t("forms.design.preview.reset"), VaadinIcon.ERASER.create(), e -> {
            answers = new HashMap<>();
            refresh();
        });
        reset.setId(DesignIds.PREVIEW_RESET);
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        result.setId(DesignIds.PREVIEW_RESULT);
        result.addClassNames(LumoUtility.FontSize.SMALL);
        bar.add(check, reset, result);

        frame.setId(DesignIds.PREVIEW_FRAME);
        frame.getStyle().set("margin", "0 auto").set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m)")
                .set("box-sizing", "border-box").set("max-width", "100%").set("overflow", "auto");
        width(DesignIds.PREVIEW_TABLET);
        Div scroller = new Div(frame);
        scroller.setSizeFull();
        scroller.getStyle().set("overflow", "auto");
        add(bar, scroller);
        setFlexGrow(1, scroller);
    }

    /** Sets the frame to a device's width. */
    void width(String deviceId) {
        frame.setWidth(WIDTHS.get(deviceId));
        frame.getElement().setAttribute("data-device", deviceId.substring("preview-".length()));
    }

    /** Renders the draft as it is now, keeping the test answers. */
    void refresh() {
        if (renderer != null) {
            answers = new HashMap<>(renderer.answers());
        }
        frame.removeAll();
        FormDefinition def = definition.get();
        Actor actor = CurrentUser.find().orElse(null);
        FormContext context = FormContext.empty(Texts.locale());
        if (actor != null) {
            context = new FormContext(Texts.locale(), actor.zone(), null, null, null,
                    Map.of("name", actor.displayName()), null);
        }
        try {
            renderer = new FormRenderer(engine, def, context, FormRenderer.Mode.PREVIEW, known(def, answers));
        } catch (RuntimeException e) {
            // answers that no longer fit the draft: start empty
            renderer = new FormRenderer(engine, def, context, FormRenderer.Mode.PREVIEW, null);
        }
        renderer.addChangeListener(a -> show(renderer.evaluate(false)));
        frame.add(renderer);
        show(renderer.evaluate(false));
    }

    /** The answers of keys the draft still has at its top level (answers of removed items are left out). */
    private static Map<String, Object> known(FormDefinition def, Map<String, Object> answers) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        collect(def.getItems(), keys);
        Map<String, Object> out = new HashMap<>();
        answers.forEach((k, v) -> {
            if (keys.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static void collect(List<org.forecourt.forms.api.model.FormItem> items, java.util.Set<String> keys) {
        for (org.forecourt.forms.api.model.FormItem it : items) {
            keys.add(it.getKey());
            if (it.getType() == org.forecourt.forms.api.model.FieldType.SECTION) {
                collect(it.getItems(), keys);
            }
        }
    }

    /** Score and verdict of the test answers. */
    private void show(Evaluation e) {
        StringBuilder sb = new StringBuilder();
        if (e.score() != null && e.score().max() != null && e.score().max().signum() > 0) {
            sb.append(Texts.t("forms.design.preview.score", plain(e.score().points()), plain(e.score().max()),
                    plain(e.score().percent()))).append(" · ");
        }
        sb.append(Texts.t(e.passed() ? "forms.design.preview.passed" : "forms.design.preview.failed"));
        if (!e.valid()) {
            sb.append(" · ").append(Texts.t("forms.design.preview.errors", e.errors().size()));
        }
        result.setText(sb.toString());
        result.getElement().setAttribute("data-passed", String.valueOf(e.passed()));
        result.getElement().setAttribute("data-points", e.score() == null ? "" : plain(e.score().points()));
    }

    private static String plain(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }

    /** The renderer shown now (for tests). */
    FormRenderer renderer() {
        return renderer;
    }
}
