package org.forecourt.itests;

import org.apache.camel.builder.RouteBuilder;

import org.forecourt.integration.api.ConnectorRoutes;
import org.forecourt.integration.api.ConnectorSupport;

/** A connector whose route refuses messages containing "bad", as a broken carmaker feed would. */
public class DeadLetterTestConnector implements ConnectorRoutes {

    @Override
    public String connectorId() {
        return "itest";
    }

    @Override
    public String instanceId() {
        return "feed";
    }

    @Override
    public String nameKey() {
        return "integration.itest";
    }

    @Override
    public RouteBuilder routes(ConnectorSupport support) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(support.direct("in")).routeId(support.routeId("in")).process(exchange -> {
                    String body = exchange.getMessage().getBody(String.class);
                    if (body.contains("bad")) {
                        throw new IllegalArgumentException("malformed lead: " + body);
                    }
                });
            }
        };
    }
}
