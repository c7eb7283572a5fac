package org.forecourt.integration.internal.camel;

import java.sql.Connection;
import java.util.Map;

import org.apache.camel.spi.IdempotentRepository;
import org.forecourt.core.api.Actor;
import org.forecourt.integration.api.ConnectorSupport;
import org.forecourt.integration.api.RouteCounters;
import org.forecourt.integration.internal.store.IntegrationStore;

/** What one connector instance's routes get from the host. */
final class ConnectorSupportImpl implements ConnectorSupport {

    private final CamelHost host;
    private final IntegrationStore store;
    private final String connectorId;
    private final String instanceId;
    private final Actor actor;

    ConnectorSupportImpl(CamelHost host, IntegrationStore store, String connectorId, String instanceId) {
        this.host = host;
        this.store = store;
        this.connectorId = connectorId;
        this.instanceId = instanceId;
        this.actor = Actor.system("connector:" + connectorId + "/" + instanceId);
    }

    @Override
    public String connectorId() {
        return connectorId;
    }

    @Override
    public String instanceId() {
        return instanceId;
    }

    @Override
    public String routeId(String localName) {
        return connectorId + "." + instanceId + "." + localName;
    }

    @Override
    public String direct(String name) {
        return "direct:" + routeId(name);
    }

    @Override
    public Actor actor() {
        return actor;
    }

    String processor(String stream) {
        String base = connectorId + "/" + instanceId;
        if (stream == null) {
            return base;
        }
        if (!CamelHost.ID.matcher(stream).matches()) {
            throw new IllegalArgumentException("Stream names are lower-case letters, digits and -: " + stream);
        }
        return base + "/" + stream;
    }

    @Override
    public IdempotentRepository idempotentRepository() {
        return new DbIdempotentRepository(store, processor(null));
    }

    @Override
    public IdempotentRepository idempotentRepository(String stream) {
        return new DbIdempotentRepository(store, processor(stream));
    }

    @Override
    public boolean claim(Connection transaction, String messageId) {
        return store.claim(transaction, processor(null), messageId);
    }

    @Override
    public boolean claim(Connection transaction, String stream, String messageId) {
        return store.claim(transaction, processor(stream), messageId);
    }

    @Override
    public long deadLetter(String routeId, Object body, Map<String, ?> headers, Throwable error) {
        return host.deadLetterByHand(routeId, body, headers, error);
    }

    @Override
    public RouteCounters counters(String routeId) {
        return host.counters(routeId);
    }
}
