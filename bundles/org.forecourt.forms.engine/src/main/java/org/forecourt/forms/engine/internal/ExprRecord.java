package org.forecourt.forms.engine.internal;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.Map;

/**
 * A read-only record seen by expressions ({@code customer.name}, {@code vehicle.odometerKm}): numbers become
 * BigDecimal, dates ISO strings, unknown names null. The only other type the {@link Sandbox} lets JEXL read.
 */
public final class ExprRecord {

    private final Map<String, Object> values;

    ExprRecord(Map<String, ?> source) {
        Map<String, Object> m = new HashMap<>();
        source.forEach((k, v) -> m.put(k, plain(v)));
        this.values = m;
    }

    /** The value of a name, or null. */
    public Object get(String name) {
        return values.get(name);
    }

    private static Object plain(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof BigDecimal) {
            return v;
        }
        if (v instanceof Number) {
            return Values.decimal(v);
        }
        if (v instanceof TemporalAccessor || v instanceof Enum<?>) {
            return v.toString();
        }
        return String.valueOf(v);
    }
}
