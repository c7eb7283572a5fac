package org.forecourt.integration.api;

import java.time.Instant;

/**
 * What a route did since it was first installed (the counters survive restarts; they are flushed to the database
 * every few seconds, so a crash can lose the last seconds' increments).
 *
 * @param received    messages that entered the route
 * @param processed   messages that went through without error
 * @param failed      messages that failed (dead-lettered, or failed without being handled)
 * @param lastRunAt   when the last message entered the route, or null
 * @param lastError   the last failure's message, or null
 * @param lastErrorAt when it happened, or null
 */
public record RouteCounters(long received, long processed, long failed, Instant lastRunAt, String lastError,
                            Instant lastErrorAt) {

    public static final RouteCounters NONE = new RouteCounters(0, 0, 0, null, null, null);
}
