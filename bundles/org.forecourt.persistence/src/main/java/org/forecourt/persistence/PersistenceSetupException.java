package org.forecourt.persistence;

/** A unit could not be opened: failed migration, invalid entity, unreachable database. */
public class PersistenceSetupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PersistenceSetupException(String message, Throwable cause) {
        super(message, cause);
    }

    public PersistenceSetupException(String message) {
        super(message);
    }
}
