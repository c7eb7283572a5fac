package org.forecourt.core.api;

import java.util.List;

/**
 * One invalid field: which field, a message key, and arguments for the message.
 *
 * @param field      the field's name in the form or import column
 * @param messageKey e.g. {@code validation.mobile.invalid}
 * @param args       message arguments
 */
public record FieldError(String field, String messageKey, List<Object> args) {
    public FieldError {
        args = List.copyOf(args);
    }

    public static FieldError of(String field, String messageKey, Object... args) {
        return new FieldError(field, messageKey, List.of(args));
    }
}
