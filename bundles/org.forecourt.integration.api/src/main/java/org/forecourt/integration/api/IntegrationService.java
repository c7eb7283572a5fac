package org.forecourt.integration.api;

import java.util.List;

import org.forecourt.core.api.Actor;

/**
 * The integration host as operators see it: connectors and their routes with state and counters, pausing and
 * resuming routes, and the dead letters of failed messages (replay, discard).
 *
 * <p>Permissions: {@value #PERMISSION_VIEW} to see routes and list dead letters; {@value #PERMISSION_READ_MESSAGES}
 * to open a dead letter (its body and headers hold customer data); {@value #PERMISSION_MANAGE} to pause, resume,
 * replay and discard. Refusals are {@link org.forecourt.core.api.ForecourtException}s with message keys.
 */
public interface IntegrationService {

    String PERMISSION_VIEW = "core.integration.view";
    String PERMISSION_MANAGE = "core.integration.manage";
    /** Declared by the integration bundle: read dead letters' bodies and headers. */
    String PERMISSION_READ_MESSAGES = "integration.deadletter.read";

    /** Every registered connector instance with its routes, ordered by connector and instance. */
    List<ConnectorInfo> connectors(Actor actor);

    /** Every connector route, ordered by route id. */
    List<RouteInfo> routes(Actor actor);

    /** @throws org.forecourt.core.api.NotFoundException for an unknown route */
    RouteInfo route(Actor actor, String routeId);

    /**
     * Stops the route (in-flight messages finish first, up to a timeout); it stays stopped, also across restarts,
     * until resumed.
     */
    RouteInfo pause(Actor actor, String routeId);

    /** Starts a paused or failed route again. */
    RouteInfo resume(Actor actor, String routeId);

    /** Dead letters matching the query, newest first, paged by its offset and limit. */
    List<DeadLetterSummary> find(Actor actor, DeadLetterQuery query);

    /** How many dead letters match (offset and limit ignored). */
    long count(Actor actor, DeadLetterQuery query);

    /** @throws org.forecourt.core.api.NotFoundException for an unknown id */
    DeadLetter get(Actor actor, long id);

    /**
     * Sends the stored body and headers through the route it failed in again (or the route's
     * {@link ConnectorSupport#REPLAY_URI}). On success the dead letter becomes {@link DeadLetterStatus#REPLAYED};
     * if it fails again it stays {@link DeadLetterStatus#NEW} with the new error and one more attempt.
     *
     * @return the dead letter after the attempt
     * @throws org.forecourt.core.api.ForecourtException when it is not NEW, its route is not running, or it is
     *                                                   being replayed already
     */
    DeadLetter replay(Actor actor, long id);

    /**
     * Gives up on a NEW dead letter, with a note saying why (required, up to 1000 characters).
     *
     * @throws org.forecourt.core.api.ValidationException without a note
     */
    DeadLetter discard(Actor actor, long id, String note);
}
