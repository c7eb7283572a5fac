package org.forecourt.integration.api;

/**
 * Which dead letters to list, newest first. Null criteria match everything.
 *
 * @param connectorId only this connector's
 * @param instanceId  only this instance's (with connectorId)
 * @param routeId     only this route's
 * @param status      only in this status
 * @param offset      rows to skip
 * @param limit       rows to return at most (1..500)
 */
public record DeadLetterQuery(String connectorId, String instanceId, String routeId, DeadLetterStatus status,
                              int offset, int limit) {

    public static final int MAX_LIMIT = 500;

    public DeadLetterQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("offset < 0");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
    }

    public static DeadLetterQuery all() {
        return new DeadLetterQuery(null, null, null, null, 0, 50);
    }

    public DeadLetterQuery withStatus(DeadLetterStatus newStatus) {
        return new DeadLetterQuery(connectorId, instanceId, routeId, newStatus, offset, limit);
    }

    public DeadLetterQuery withConnector(String newConnectorId) {
        return new DeadLetterQuery(newConnectorId, instanceId, routeId, status, offset, limit);
    }

    public DeadLetterQuery withRoute(String newRouteId) {
        return new DeadLetterQuery(connectorId, instanceId, newRouteId, status, offset, limit);
    }

    public DeadLetterQuery page(int newOffset, int newLimit) {
        return new DeadLetterQuery(connectorId, instanceId, routeId, status, newOffset, newLimit);
    }
}
