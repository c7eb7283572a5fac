package org.forecourt.integration.api;

/** Where a dead letter stands. */
public enum DeadLetterStatus {
    /** Failed and waiting for an operator (also after a replay that failed again). */
    NEW,
    /** Replayed successfully. */
    REPLAYED,
    /** Given up on by an operator, with a note. */
    DISCARDED;

    /** Message key of the status label, e.g. {@code integration.deadLetter.status.NEW}. */
    public String labelKey() {
        return "integration.deadLetter.status." + name();
    }
}
