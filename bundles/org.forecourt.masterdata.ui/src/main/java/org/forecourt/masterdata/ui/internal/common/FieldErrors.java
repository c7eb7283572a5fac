package org.forecourt.masterdata.ui.internal.common;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;

import org.forecourt.core.api.FieldError;
import org.forecourt.core.api.ValidationException;
import org.forecourt.ui.api.Ui;

/**
 * The fields of a form by the names the service uses in its field errors. The service is the validator: its errors
 * are shown all at once, each next to its field; an error stays until the user changes that field or saves again.
 * Fields are put in manual validation mode so that the components' own checks do not clear the service's errors.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** Registers a field under the service's name for it. */
    public <F extends HasValidation> F add(String name, F field) {
        fields.put(name, field);
        field.setManualValidation(true);
        if (field instanceof HasValue<?, ?> value) {
            value.addValueChangeListener(e -> {
                if (e.isFromClient() && field.isInvalid()) {
                    field.setInvalid(false);
                    field.setErrorMessage(null);
                }
            });
        }
        return field;
    }

    /** Forgets a field (e.g. a removed contact line). */
    public void remove(String name) {
        fields.remove(name);
    }

    /** Forgets every field whose name starts with the prefix. */
    public void removeStartingWith(String prefix) {
        fields.keySet().removeIf(k -> k.startsWith(prefix));
    }

    public void clear() {
        Ui.clearFieldErrors(fields);
    }

    /** Shows every error at once and puts the cursor in the first invalid field. */
    public void show(ValidationException e) {
        Ui.showFieldErrors(e, fields);
        for (FieldError error : e.errors()) {
            HasValidation f = fields.get(error.field());
            if (f instanceof Focusable<?> focusable) {
                focusable.focus();
                return;
            }
        }
    }

    /** Marks one field invalid with a text (a hint computed on the screen, e.g. a VIN check digit). */
    public void hint(String name, String text) {
        HasValidation f = fields.get(name);
        if (f != null) {
            f.setErrorMessage(text);
            f.setInvalid(text != null);
        }
    }

    public Map<String, HasValidation> asMap() {
        return fields;
    }
}
