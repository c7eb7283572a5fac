package org.forecourt.integration.api;

import java.sql.Connection;
import java.util.Map;

import org.apache.camel.spi.IdempotentRepository;
import org.forecourt.core.api.Actor;

/**
 * What the host gives a connector instance's routes (handed to {@link ConnectorRoutes#routes}).
 *
 * <h2>Idempotency</h2>
 * Message ids are remembered per <em>processor name</em> = {@code <connectorId>/<instanceId>} (or
 * {@code <connectorId>/<instanceId>/<stream>}) in a database table whose primary key is (processor name, message id):
 * they survive restarts. Ids longer than 200 characters are stored as their SHA-256. Two ways to use it:
 * <ul>
 * <li>{@link #idempotentRepository()} for Camel's {@code idempotentConsumer(...)}: each call is its own short
 * transaction. With the default eager mode the id is stored before the message is processed and removed again when
 * the message fails (also when it is dead-lettered), so it can be processed when it comes again or is replayed. If
 * the server dies between the store and the business write, the message counts as seen: at most once.</li>
 * <li>{@link #claim(Connection, String)} inside the business write's own transaction (e.g.
 * {@code jpa.write(actor, em -> { if (!support.claim(em.unwrap(Connection.class), id)) return null; ... })}): the
 * id is stored with the business data or not at all: exactly once, also across crashes.</li>
 * </ul>
 */
public interface ConnectorSupport {

    /**
     * Route property naming the endpoint a replayed dead letter is sent to instead of the failed route's own input
     * (e.g. {@code .routeProperty(ConnectorSupport.REPLAY_URI, support.direct("parse"))}).
     */
    String REPLAY_URI = "forecourt.replayUri";

    /** Exchange property set (to the dead letter's id) while a dead letter is being replayed. */
    String REPLAY_OF = "forecourt.replayOf";

    String connectorId();

    String instanceId();

    /** The full id of one of this instance's routes: {@code <connectorId>.<instanceId>.<localName>}. */
    String routeId(String localName);

    /** A {@code direct:} URI private to this instance: {@code direct:<connectorId>.<instanceId>.<name>}. */
    String direct(String name);

    /** The system actor this instance writes business data as ("connector:&lt;connectorId&gt;/&lt;instanceId&gt;"). */
    Actor actor();

    /** Idempotent repository for processor name {@code <connectorId>/<instanceId>}. */
    IdempotentRepository idempotentRepository();

    /** Idempotent repository for processor name {@code <connectorId>/<instanceId>/<stream>}. */
    IdempotentRepository idempotentRepository(String stream);

    /**
     * Records the message id for processor {@code <connectorId>/<instanceId>} in the caller's transaction (the
     * connection of the business write; nothing is committed here; a savepoint keeps the transaction usable when the
     * id is already there).
     *
     * @return true if the id is new (process the message), false if it was seen before (skip it)
     */
    boolean claim(Connection transaction, String messageId);

    /** As {@link #claim(Connection, String)} for processor name {@code <connectorId>/<instanceId>/<stream>}. */
    boolean claim(Connection transaction, String stream, String messageId);

    /**
     * Stores a dead letter by hand (e.g. one bad record of a batch whose other records went through). Counts as a
     * failure of the route.
     *
     * @param routeId the full route id (see {@link #routeId(String)}): replay goes there
     * @param body    String (stored as text), byte[] or anything Camel converts to bytes
     * @param headers headers to keep; values are stored as text
     * @param error   why it failed
     * @return the dead letter's id
     */
    long deadLetter(String routeId, Object body, Map<String, ?> headers, Throwable error);

    /** The counters of one of this instance's routes (full route id); zeros for an unknown route. */
    RouteCounters counters(String routeId);
}
