package org.forecourt.masterdata.impl.internal;

import java.util.ArrayList;
import java.util.List;

import org.forecourt.core.api.FieldError;
import org.forecourt.core.api.ValidationException;

/** Collects every field error of an input, then refuses it at once. */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String key, Object... args) {
        errors.add(FieldError.of(field, key, args));
        return this;
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Checks a maximum length; returns the value. */
    public String maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, Keys.TOO_LONG, max);
        }
        return value;
    }

    /** @throws ValidationException listing every error collected so far */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
