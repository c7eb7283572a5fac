package org.forecourt.forms.api;

import org.forecourt.core.api.ForecourtException;

/** A step refused because its form has not been submitted or did not pass. */
public class GateClosedException extends ForecourtException {
    private static final long serialVersionUID = 1L;
    private final transient GateResult result;

    public GateClosedException(GateResult result) {
        super(result.reason(), result.purpose(), result.formKey() == null ? "" : result.formKey());
        this.result = result;
    }

    public GateResult result() {
        return result;
    }
}
