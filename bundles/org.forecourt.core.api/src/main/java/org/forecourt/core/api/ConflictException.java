package org.forecourt.core.api;

/** Someone else saved the record since it was loaded; nothing was written. */
public class ConflictException extends ForecourtException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String entity, Object id) {
        super("error.conflict", entity, id);
    }
}
