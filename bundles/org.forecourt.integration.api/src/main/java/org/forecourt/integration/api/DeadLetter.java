package org.forecourt.integration.api;

import java.util.Map;

/**
 * A dead letter with everything needed to understand and replay it.
 *
 * @param summary     the listed fields
 * @param bodyText    the body when it was text (a String), else null
 * @param bodyBytes   the body when it was binary (bytes, a file, a stream), else null; both null for no body
 * @param headers     the headers as the message entered the route (values as text)
 * @param stackTrace  a summary of the exception's stack trace (causes included)
 * @param note        the operator's note when discarded, or null
 * @param resolvedBy  who replayed or discarded it (user name), or null
 * @param resolvedAt  when, or null
 */
public record DeadLetter(DeadLetterSummary summary, String bodyText, byte[] bodyBytes, Map<String, String> headers,
                         String stackTrace, String note, String resolvedBy, java.time.Instant resolvedAt) {

    public DeadLetter {
        headers = Map.copyOf(headers);
    }

    public long id() {
        return summary.id();
    }

    public DeadLetterStatus status() {
        return summary.status();
    }
}
