package org.forecourt.forms.ui.internal.render;

import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;

import org.forecourt.forms.api.model.FormItem;

/**
 * A field edited with one standard Vaadin input (text, number, date, choice …): converts between the input's value
 * and the engine's answer shape.
 *
 * @param <V> the input's value type
 */
public final class ValueFieldView<V> extends FieldView {

    private final HasValue<?, V> input;
    private final Function<V, Object> toAnswer;
    private final Function<Object, V> fromAnswer;
    private boolean loading;

    public <C extends Component & HasValue<?, V>> ValueFieldView(RenderCore core, FormItem item, String path,
                                                                Map<String, Object> target, C input,
                                                                Function<V, Object> toAnswer,
                                                                Function<Object, V> fromAnswer) {
        super(core, item, path, target);
        this.input = input;
        this.toAnswer = toAnswer;
        this.fromAnswer = fromAnswer;
        input.addClassName("fc-form-control");
        input.getElement().setAttribute("aria-label", labelText());
        if (input instanceof HasValidation v) {
            v.setManualValidation(true);
        }
        body.add(input);
        load(value());
        input.addValueChangeListener(e -> {
            if (!loading) {
                commit(toAnswer.apply(e.getValue()));
            }
        });
    }

    /** The input (for tests and the designer's preview). */
    public HasValue<?, V> input() {
        return input;
    }

    @Override
    protected void load(Object value) {
        loading = true;
        try {
            V v = value == null ? null : fromAnswer.apply(value);
            if (v == null) {
                input.clear();
            } else {
                input.setValue(v);
            }
        } finally {
            loading = false;
        }
    }

    @Override
    protected void setEditable(boolean editable) {
        input.setReadOnly(!editable);
    }
}
