package org.forecourt.forms.ui.internal.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.forecourt.forms.api.model.FormItem;
import org.forecourt.forms.api.model.RatingScale;

/**
 * A rating: five clickable stars ({@code fc-rating-star}) or eleven buttons 0–10 ({@code fc-rating-score}), each with
 * {@code data-value} and {@code aria-pressed}. The answer is a BigDecimal.
 */
public final class RatingView extends FieldView {

    private final RatingScale scale;
    private final List<Button> buttons = new ArrayList<>();
    private Integer rating;

    public RatingView(RenderCore core, FormItem item, String path, Map<String, Object> target) {
        super(core, item, path, target);
        scale = item.getScale() == null ? RatingScale.STARS_5 : item.getScale();
        Div row = new Div();
        row.addClassName(scale == RatingScale.STARS_5 ? "fc-rating-stars" : "fc-rating-scores");
        row.getElement().setAttribute("role", "group");
        row.getElement().setAttribute("aria-label", labelText());
        for (int v = scale.min(); v <= scale.max(); v++) {
            int value = v;
            Button b = scale == RatingScale.STARS_5 ? new Button(VaadinIcon.STAR_O.create()) : new Button(String.valueOf(v));
            b.addClassName(scale == RatingScale.STARS_5 ? "fc-rating-star" : "fc-rating-score");
            b.getElement().setAttribute("data-value", String.valueOf(v));
            b.getStyle().set("min-width", "2.75rem").set("min-height", "2.75rem").set("margin", "0 2px 4px 0");
            b.setAriaLabel(scale == RatingScale.STARS_5 ? Texts.t("forms.fill.rating.stars", v) : String.valueOf(v));
            if (scale == RatingScale.STARS_5) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_LARGE);
            }
            b.addClickListener(e -> choose(value));
            buttons.add(b);
            row.add(b);
        }
        body.add(row);
        load(value());
    }

    /** Rates (as a click on that star or number does). */
    public void choose(int value) {
        if (!isEditable()) {
            return;
        }
        rating = value;
        show();
        commit(BigDecimal.valueOf(value));
    }

    public List<Button> buttons() {
        return buttons;
    }

    private void show() {
        for (int i = 0; i < buttons.size(); i++) {
            int v = scale.min() + i;
            Button b = buttons.get(i);
            boolean pressed = rating != null && v == rating;
            if (scale == RatingScale.STARS_5) {
                boolean filled = rating != null && v <= rating;
                b.setIcon((filled ? VaadinIcon.STAR : VaadinIcon.STAR_O).create());
                b.getElement().getClassList().set("fc-filled", filled);
            } else if (pressed) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                b.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            b.getElement().setAttribute("aria-pressed", String.valueOf(pressed));
        }
    }

    @Override
    protected void load(Object value) {
        BigDecimal d = Values.decimal(value);
        rating = d == null ? null : d.intValue();
        show();
    }

    @Override
    protected void setEditable(boolean editable) {
        buttons.forEach(b -> b.setEnabled(editable));
    }
}
