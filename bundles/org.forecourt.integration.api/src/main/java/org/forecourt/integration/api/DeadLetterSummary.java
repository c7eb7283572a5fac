package org.forecourt.integration.api;

import java.time.Instant;

/**
 * A dead letter as listed (without body, headers and stack trace).
 *
 * @param id            its id
 * @param connectorId   connector
 * @param instanceId    connector instance
 * @param routeId       the route it failed in (and is replayed to)
 * @param createdAt     when it first failed
 * @param status        new, replayed or discarded
 * @param errorType     the exception's class name
 * @param errorMessage  the exception's message
 * @param attempts      1 + the number of replays
 * @param lastAttemptAt when it was last tried (created or replayed)
 */
public record DeadLetterSummary(long id, String connectorId, String instanceId, String routeId, Instant createdAt,
                                DeadLetterStatus status, String errorType, String errorMessage, int attempts,
                                Instant lastAttemptAt) {
}
