package org.forecourt.integration.api;

import java.util.List;

/**
 * A registered connector instance and its routes.
 *
 * @param connectorId the connector
 * @param instanceId  the instance
 * @param nameKey     message key of the display name
 * @param routes      its routes (a connector whose routes could not be built has none, and an error)
 * @param error       why its routes could not be added, or null
 */
public record ConnectorInfo(String connectorId, String instanceId, String nameKey, List<RouteInfo> routes,
                            String error) {
    public ConnectorInfo {
        routes = List.copyOf(routes);
    }
}
