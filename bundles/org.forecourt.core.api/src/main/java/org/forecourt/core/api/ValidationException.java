package org.forecourt.core.api;

import java.util.List;

/** Input was refused; each field error says why. Nothing was saved. */
public class ValidationException extends ForecourtException {
    private static final long serialVersionUID = 1L;
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("error.validation", errors.size());
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String messageKey, Object... args) {
        return new ValidationException(List.of(FieldError.of(field, messageKey, args)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
