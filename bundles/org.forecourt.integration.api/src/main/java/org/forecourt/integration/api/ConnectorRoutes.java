package org.forecourt.integration.api;

import org.apache.camel.builder.RouteBuilder;

/**
 * Whiteboard service a connector bundle registers, once per configured instance (e.g. one per carmaker account,
 * typically from a DS factory configuration). While the service is registered its routes run in the integration
 * host's Camel context; when it goes away (connector feature uninstalled, configuration deleted) they are stopped
 * and removed. Counters, dead letters and idempotency keys stay in the database.
 *
 * <p>Rules for the routes:
 * <ul>
 * <li>Route ids are prefixed with {@code <connectorId>.<instanceId>.} by the host (use
 * {@link ConnectorSupport#routeId(String)} to get the final id). A route without an id gets one.</li>
 * <li>Internal endpoints are global to the Camel context: name them per instance with
 * {@link ConnectorSupport#direct(String)} (or {@link ConnectorSupport#routeId(String)} in your own URIs).</li>
 * <li>Do not set an error handler: the host's dead-letter channel is the default for every route. A message that
 * fails is stored as a dead letter (body, headers, error) and the route goes on with the next one. Exceptions you
 * handle yourself ({@code onException(...).handled(true)}) never reach the dead-letter store.</li>
 * <li>Replay re-runs a dead letter through the route it failed in, as it entered that route. A route can name
 * another entry with the route property {@link ConnectorSupport#REPLAY_URI} (e.g. a {@code direct:} endpoint).</li>
 * <li>Only routes are supported (no REST DSL, no route templates).</li>
 * </ul>
 */
public interface ConnectorRoutes {

    /** The connector's id: lower-case letters, digits and {@code -}, e.g. {@code faw-vw-dms}. */
    String connectorId();

    /** The configured instance: lower-case letters, digits and {@code -}, e.g. {@code default}, {@code account-2}. */
    String instanceId();

    /** Message key of the connector's display name (contributed by the connector's own message bundle). */
    String nameKey();

    /**
     * The routes of this instance. Called by the host each time it (re)adds them: on registration, on a retry after
     * a failed start and after the host restarted; return a new builder each time.
     */
    RouteBuilder routes(ConnectorSupport support);
}
