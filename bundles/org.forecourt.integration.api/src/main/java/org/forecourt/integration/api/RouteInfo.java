package org.forecourt.integration.api;

import java.time.Instant;

/**
 * One connector route and what it did.
 *
 * @param routeId     full route id ({@code <connectorId>.<instanceId>.<name>})
 * @param connectorId the connector
 * @param instanceId  the connector instance
 * @param nameKey     message key of the connector's display name
 * @param endpoint    the route's input endpoint (passwords masked), or null if it could not be added
 * @param state       started, stopped or failed
 * @param paused      whether an operator paused it (it then stays stopped across restarts until resumed)
 * @param counters    received, processed, failed, last run, last error
 */
public record RouteInfo(String routeId, String connectorId, String instanceId, String nameKey, String endpoint,
                        RouteState state, boolean paused, RouteCounters counters) {
}
