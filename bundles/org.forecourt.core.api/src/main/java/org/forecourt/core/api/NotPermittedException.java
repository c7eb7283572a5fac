package org.forecourt.core.api;

/** The actor may not do this, or may not see this store's data. */
public class NotPermittedException extends ForecourtException {
    private static final long serialVersionUID = 1L;

    public NotPermittedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
