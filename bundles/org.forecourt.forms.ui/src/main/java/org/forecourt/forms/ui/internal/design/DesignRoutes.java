package org.forecourt.forms.ui.internal.design;

import java.util.OptionalLong;

/** The routes of the forms administration screens and the designer. */
public final class DesignRoutes {

    /** The forms list. */
    public static final String FORMS = "forms";
    /** The designer of a form: {@code forms/design/42}. */
    public static final String DESIGNER = "forms/design/:formId";
    /** Purposes and the forms bound to them. */
    public static final String BINDINGS = "forms/bindings";

    public static final String FORM_ID = "formId";

    private DesignRoutes() {
    }

    public static String designer(long formId) {
        return "forms/design/" + formId;
    }

    /** A form id in a route parameter: a positive number, else empty. */
    public static OptionalLong parseId(String raw) {
        if (raw == null || !raw.matches("[1-9][0-9]{0,17}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(raw));
    }
}
