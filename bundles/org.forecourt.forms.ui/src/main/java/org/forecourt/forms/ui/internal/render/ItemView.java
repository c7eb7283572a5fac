package org.forecourt.forms.ui.internal.render;

import com.vaadin.flow.component.html.Div;

import org.forecourt.forms.api.engine.Evaluation;
import org.forecourt.forms.api.engine.FieldState;
import org.forecourt.forms.api.model.FormItem;

/**
 * What the renderer shows for one item at one answer path. Every item's root carries {@code data-path} (the answer
 * path, e.g. {@code brakes} or {@code parts[1].qty}) and {@code data-type} (the JSON type name), and the classes
 * {@code fc-form-item} and {@code fc-form-<type>}, so that browser tests and styles can find it.
 */
public abstract class ItemView {

    protected final RenderCore core;
    protected final FormItem item;
    protected final String path;
    protected final Div root = new Div();

    protected ItemView(RenderCore core, FormItem item, String path) {
        this.core = core;
        this.item = item;
        this.path = path;
        root.addClassNames("fc-form-item", "fc-form-" + item.getType().jsonName());
        root.getElement().setAttribute("data-path", path);
        root.getElement().setAttribute("data-type", item.getType().jsonName());
    }

    public Div root() {
        return root;
    }

    public String path() {
        return path;
    }

    public FormItem item() {
        return item;
    }

    /** Shows the evaluation: visibility (and in subclasses required, read-only, values). */
    public void apply(Evaluation evaluation, FieldState state) {
        root.setVisible(state.visible());
    }

    /** Shows an error text under the item, or clears it (null). Only fields have errors of their own. */
    public void showError(String text) {
        // containers and texts show no errors of their own
    }

    /** Puts the keyboard focus into the item, if it takes any. */
    public void focus() {
        // nothing to focus by default
    }
}
