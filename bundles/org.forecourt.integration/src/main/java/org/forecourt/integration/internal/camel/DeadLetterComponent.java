package org.forecourt.integration.internal.camel;

import java.util.Map;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.DefaultProducer;

/**
 * {@code forecourt-dlq:store}: the dead-letter channel's target. Its producer hands the failed exchange to the host,
 * which stores it; if storing fails, the exception stays on the exchange (the channel is configured not to swallow
 * it), so the message is not lost: the consumer sees a failure (a file stays in place, is retried, ...).
 */
final class DeadLetterComponent extends DefaultComponent {

    static final String SCHEME = "forecourt-dlq";
    static final String URI = SCHEME + ":store";

    /** What the host does with a failed exchange. */
    interface Sink {
        void deadLetter(Exchange exchange) throws Exception;
    }

    private final Sink sink;

    DeadLetterComponent(Sink sink) {
        this.sink = sink;
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) {
        return new DeadLetterEndpoint(uri, this);
    }

    private final class DeadLetterEndpoint extends DefaultEndpoint {

        DeadLetterEndpoint(String uri, DeadLetterComponent component) {
            super(uri, component);
        }

        @Override
        public Producer createProducer() {
            return new DefaultProducer(this) {
                @Override
                public void process(Exchange exchange) throws Exception {
                    sink.deadLetter(exchange);
                }
            };
        }

        @Override
        public Consumer createConsumer(Processor processor) {
            throw new UnsupportedOperationException("The dead-letter store cannot be consumed from");
        }

        @Override
        public boolean isRemote() {
            return false;
        }
    }
}
