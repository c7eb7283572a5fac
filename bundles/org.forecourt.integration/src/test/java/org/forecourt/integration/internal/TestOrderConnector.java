package org.forecourt.integration.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.forecourt.integration.api.ConnectorRoutes;
import org.forecourt.integration.api.ConnectorSupport;

/**
 * A carmaker order feed, as a connector would write it: order lines {@code orderNo;VIN;modelCode} arrive as files
 * (one line each) or on {@code direct:<prefix>orders}; each is parsed, checked for duplicates (order number) and
 * mapped from the carmaker's model code to ours, then "written" (kept in {@link #written}). Malformed lines and
 * unknown model codes fail. A third route takes binary "telegrams" and fails on an empty one.
 */
final class TestOrderConnector implements ConnectorRoutes {

    /** An order the connector wrote. */
    record Order(String orderNo, String vin, String model) {
    }

    private final String instanceId;
    private final Path inbox;
    final Map<String, String> models = new ConcurrentHashMap<>(Map.of("B8", "Passat", "A3", "Audi A3"));
    final List<Order> written = new CopyOnWriteArrayList<>();
    final List<byte[]> telegrams = new CopyOnWriteArrayList<>();
    /** Where the orders route reads from: replaced by tests to make the routes fail to start. */
    volatile String ordersFrom;
    ConnectorSupport support;

    TestOrderConnector(String instanceId, Path inbox) {
        this.instanceId = instanceId;
        this.inbox = inbox;
    }

    @Override
    public String connectorId() {
        return "test-oem";
    }

    @Override
    public String instanceId() {
        return instanceId;
    }

    @Override
    public String nameKey() {
        return "test.connector.name";
    }

    String ordersUri() {
        return "direct:test-oem." + instanceId + ".orders";
    }

    String telegramsUri() {
        return "direct:test-oem." + instanceId + ".telegrams";
    }

    @Override
    public RouteBuilder routes(ConnectorSupport support) {
        this.support = support;
        String from = ordersFrom != null ? ordersFrom : support.direct("orders");
        return new RouteBuilder() {
            @Override
            public void configure() {
                if (inbox != null) {
                    from("file:" + inbox + "?initialDelay=0&delay=50&readLock=none&charset=UTF-8")
                            .routeId("files")
                            .convertBodyTo(String.class)
                            .split(body().tokenize("\n"))
                            .to(support.direct("orders"));
                }

                from(from).routeId(support.routeId("orders"))
                        .process(TestOrderConnector::parse)
                        .idempotentConsumer(header("orderNo")).idempotentRepository(support.idempotentRepository())
                        .process(e -> map(e))
                        .process(e -> written.add(e.getMessage().getBody(Order.class)));

                from(support.direct("telegrams")).routeId("telegrams")
                        .process(e -> {
                            byte[] bytes = e.getMessage().getBody(byte[].class);
                            if (bytes == null || bytes.length == 0 || bytes[0] != 0x02) {
                                throw new IllegalArgumentException("telegram without STX");
                            }
                            telegrams.add(bytes);
                        });
            }
        };
    }

    static void parse(Exchange e) {
        String line = e.getMessage().getBody(String.class).strip();
        String[] f = line.split(";", -1);
        if (f.length != 3 || f[0].isBlank() || f[1].length() != 17) {
            throw new IllegalArgumentException("malformed order line: " + line);
        }
        e.getMessage().setHeader("orderNo", f[0]);
        e.getMessage().setBody(new Order(f[0], f[1], f[2]));
    }

    void map(Exchange e) {
        Order raw = e.getMessage().getBody(Order.class);
        String model = models.get(raw.model());
        if (model == null) {
            throw new IllegalStateException("unknown model code " + raw.model());
        }
        e.getMessage().setBody(new Order(raw.orderNo(), raw.vin(), model));
    }
}
