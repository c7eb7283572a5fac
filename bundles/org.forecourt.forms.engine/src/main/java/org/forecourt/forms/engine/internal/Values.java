package org.forecourt.forms.engine.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Conversions of plain values shared by the engine. */
final class Values {

    private Values() {
    }

    /** A number as BigDecimal; null for null or anything that is not a number. */
    static BigDecimal decimal(Object v) {
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        if (v instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return Double.isFinite(d) ? new BigDecimal(Double.toString(d)) : null;
        }
        return null;
    }
}
