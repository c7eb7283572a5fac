package org.forecourt.integration.internal.camel;

import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.StreamCache;

/** Turns message bodies and headers into what a dead letter stores, and back. */
final class Bodies {

    /** A message as it entered a route: the body object (converted only if it is dead-lettered) and headers. */
    record Snapshot(Object body, Map<String, Object> headers) {
    }

    /** The stored form: text or bytes (or neither for no body). */
    record Stored(String text, byte[] bytes) {
    }

    private Bodies() {
    }

    static Snapshot snapshot(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        return new Snapshot(body, new LinkedHashMap<>(exchange.getMessage().getHeaders()));
    }

    /**
     * Strings and other character sequences stay text; byte arrays, streams, files and whatever else Camel converts
     * to bytes are binary; anything else is stored as its {@code toString()} text.
     */
    static Stored store(CamelContext context, Exchange exchange, Object body) {
        if (body == null) {
            return new Stored(null, null);
        }
        if (body instanceof String s) {
            return new Stored(s, null);
        }
        if (body instanceof CharSequence cs) {
            return new Stored(cs.toString(), null);
        }
        if (body instanceof byte[] b) {
            return new Stored(null, b.clone());
        }
        if (body instanceof StreamCache cache) {
            cache.reset();
        }
        try {
            byte[] bytes = exchange == null ? context.getTypeConverter().tryConvertTo(byte[].class, body)
                    : context.getTypeConverter().tryConvertTo(byte[].class, exchange, body);
            if (body instanceof StreamCache cache) {
                cache.reset();
            }
            if (bytes != null) {
                return new Stored(null, bytes);
            }
        } catch (RuntimeException e) {
            // fall through to text
        }
        return new Stored(String.valueOf(body), null);
    }

    /** Header values that have a faithful text form; others (streams, files, beans) are left out. */
    static Map<String, String> headers(Map<String, ?> headers) {
        Map<String, String> result = new LinkedHashMap<>();
        if (headers == null) {
            return result;
        }
        headers.forEach((k, v) -> {
            if (k != null && v != null && isSimple(v)) {
                result.put(k, v instanceof Date d ? d.toInstant().toString() : String.valueOf(v));
            }
        });
        return result;
    }

    private static boolean isSimple(Object v) {
        return v instanceof CharSequence || v instanceof Number || v instanceof Boolean || v instanceof Character
                || v instanceof Enum<?> || v instanceof Date || v instanceof TemporalAccessor;
    }
}
