package org.forecourt.forms.ui.internal.render;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.forecourt.forms.api.engine.Evaluation;
import org.forecourt.forms.api.engine.FieldState;
import org.forecourt.forms.api.model.FormItem;

/**
 * An item that holds an answer: a label (with a required mark and a fallback-language badge), the input, the help
 * text and the error. The answer lives in {@code target} (the answers map, or a group row) under the item's key.
 */
public abstract class FieldView extends ItemView {

    protected final Map<String, Object> target;
    protected final Div body = new Div();
    private final Span required = new Span("*");
    private final Span error = new Span();
    private boolean editable = true;

    protected FieldView(RenderCore core, FormItem item, String path, Map<String, Object> target) {
        super(core, item, path);
        this.target = target;
        root.addClassName("fc-form-field");
        Div header = new Div();
        header.addClassName("fc-form-label-row");
        Span label = Texts.localText(item.getLabel(), core.locale(), "fc-form-label");
        required.addClassName("fc-form-required");
        required.getElement().setAttribute("aria-hidden", "true");
        required.setVisible(false);
        header.add(label, required);
        body.addClassName("fc-form-input");
        error.addClassName("fc-form-error");
        error.getElement().setAttribute("aria-live", "polite");
        error.setVisible(false);
        root.add(header, body);
        if (item.getHelp() != null && !item.getHelp().isEmpty()) {
            root.add(Texts.localText(item.getHelp(), core.locale(), "fc-form-help"));
        }
        root.add(error);
    }

    /** The text of the label in the user's language (for aria labels). */
    protected String labelText() {
        return Texts.resolve(item.getLabel(), core.locale());
    }

    /** The current answer. */
    public Object value() {
        return target.get(item.getKey());
    }

    /** Stores a new answer (null or empty removes it) and lets the renderer re-evaluate. */
    protected void commit(Object value) {
        if (Values.present(value)) {
            target.put(item.getKey(), value);
        } else {
            target.remove(item.getKey());
        }
        core.changed(this);
    }

    /** An error found on the screen (e.g. an upload the server refused) until the answer changes; null clears it. */
    protected void localError(String text) {
        core.localError(path, text);
    }

    /** Shows the stored answer in the widgets. */
    protected abstract void load(Object value);

    /** Lets the user change the answer, or not. */
    protected abstract void setEditable(boolean editable);

    /** Marks the input invalid (red) without a message of its own: the message is under the field. */
    protected void markInvalid(boolean invalid) {
        markInvalid(body, invalid);
    }

    private static void markInvalid(Component c, boolean invalid) {
        if (c instanceof HasValidation v) {
            v.setInvalid(invalid);
        }
        c.getChildren().forEach(child -> markInvalid(child, invalid));
    }

    public boolean isEditable() {
        return editable;
    }

    @Override
    public void apply(Evaluation evaluation, FieldState state) {
        super.apply(evaluation, state);
        required.setVisible(state.required() && core.editable());
        boolean canEdit = core.editable() && !state.readOnly();
        if (canEdit != editable) {
            editable = canEdit;
            setEditable(canEdit);
        }
    }

    @Override
    public void showError(String text) {
        error.setText(text == null ? "" : text);
        error.setVisible(text != null);
        root.getElement().setAttribute("data-invalid", String.valueOf(text != null));
        markInvalid(text != null);
    }

    @Override
    public void focus() {
        focusFirst(body);
    }

    private static boolean focusFirst(Component c) {
        if (c instanceof Focusable<?> f && c.isVisible()) {
            f.focus();
            return true;
        }
        return c.getChildren().anyMatch(FieldView::focusFirst);
    }
}
