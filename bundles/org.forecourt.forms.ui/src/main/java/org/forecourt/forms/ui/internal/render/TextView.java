package org.forecourt.forms.ui.internal.render;

import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.forecourt.forms.api.engine.Evaluation;
import org.forecourt.forms.api.engine.FieldState;
import org.forecourt.forms.api.engine.FormContext;
import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.FormItem;
import org.forecourt.forms.api.model.ReferenceKind;

/**
 * The read-only items: a reference (the current customer, vehicle, user or store), a computed value and an
 * instruction (call-script text with its placeholders filled, shown as a callout). Their text is refreshed after
 * every evaluation; it is always set as text.
 */
public final class TextView extends ItemView {

    private final Span value = new Span();
    private final Map<String, Object> target;

    public TextView(RenderCore core, FormItem item, String path, Map<String, Object> target) {
        super(core, item, path);
        this.target = target;
        value.addClassName("fc-form-value");
        if (item.getType() == FieldType.INSTRUCTION) {
            root.addClassName("fc-form-callout");
            root.getElement().setAttribute("role", "note");
            if (item.getLabel() != null && !item.getLabel().isEmpty()) {
                root.add(Texts.localText(item.getLabel(), core.locale(), "fc-form-callout-title"));
            }
            Texts.fallbackBadge(item.getText(), core.locale()).ifPresent(root::add);
            value.getStyle().set("white-space", "pre-line");
            root.add(value);
        } else {
            root.addClassName("fc-form-field");
            Div header = new Div(Texts.localText(item.getLabel(), core.locale(), "fc-form-label"));
            header.addClassName("fc-form-label-row");
            root.add(header, value);
        }
    }

    /** The text shown. */
    public String text() {
        return value.getText();
    }

    @Override
    public void apply(Evaluation evaluation, FieldState state) {
        super.apply(evaluation, state);
        value.setText(switch (item.getType()) {
            case INSTRUCTION -> core.fillPlaceholders(item.getText());
            case COMPUTED -> computed(evaluation.computed().get(path));
            default -> reference();
        });
    }

    private String computed(Object v) {
        return v == null ? "—" : new AnswerFormat(core.locale(), Texts::t).computed(item, v);
    }

    /** The stored reference's label, else the context's record. */
    private String reference() {
        Object stored = Values.map(target.get(item.getKey())).get("label");
        if (stored != null && !String.valueOf(stored).isBlank()) {
            return String.valueOf(stored);
        }
        FormContext c = core.context();
        ReferenceKind kind = item.getRef() == null ? ReferenceKind.CUSTOMER : item.getRef();
        String s = switch (kind) {
            case CUSTOMER -> join(c.customer().get("name"), c.customer().get("mobile"));
            case VEHICLE -> join(c.vehicle().get("plate"), c.vehicle().get("model"), c.vehicle().get("vin"));
            case USER -> join(c.user().get("name"));
            case STORE -> join(c.store().get("name"));
        };
        return s.isEmpty() ? "—" : s;
    }

    private static String join(Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            if (p != null && !String.valueOf(p).isBlank()) {
                sb.append(sb.isEmpty() ? "" : " · ").append(p);
            }
        }
        return sb.toString();
    }
}
