package org.forecourt.masterdata.ui.internal.common;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;

/**
 * A binder that only moves values between the fields and the form bean. The forms have no client-side validators
 * (the service is the validator), so the binder must not clear the errors the screen put on a field (the service's,
 * or a hint from the same validators) each time a value changes; {@link FieldErrors} manages them.
 */
public class FormBinder<T> extends Binder<T> {

    private static final long serialVersionUID = 1L;

    @Override
    protected void clearError(HasValue<?, ?> field) {
        // errors belong to FieldErrors
    }
}
