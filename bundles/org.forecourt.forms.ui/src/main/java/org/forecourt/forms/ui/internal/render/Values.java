package org.forecourt.forms.ui.internal.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Conversions between the engine's answer shapes and what the widgets hold; tolerant of JSON-read values. */
public final class Values {

    private Values() {
    }

    /** A number answer as a BigDecimal (from BigDecimal, any Number or a numeric String); null otherwise. */
    public static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A list answer's elements as strings (multi-choice values, photo ids); empty for anything else. */
    public static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object o : list) {
                if (o != null) {
                    out.add(String.valueOf(o));
                }
            }
        } else if (value instanceof String s && !s.isBlank()) {
            out.add(s);
        }
        return out;
    }

    /** A map answer (inspection, reference, group row); empty for anything else. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** A text answer, or null when blank. */
    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = String.valueOf(value);
        return s.isBlank() ? null : s;
    }

    /** A deep, mutable copy of an answers map (nested maps and lists copied too). */
    public static Map<String, Object> deepCopy(Map<String, ?> answers) {
        Map<String, Object> copy = new LinkedHashMap<>();
        if (answers != null) {
            answers.forEach((k, v) -> copy.put(k, copyValue(v)));
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object copyValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            return deepCopy((Map<String, ?>) m);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object o : l) {
                out.add(copyValue(o));
            }
            return out;
        }
        return v;
    }

    /** Whether an answer counts as given (not null, not blank, not an empty list or map). */
    public static boolean present(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof String s) {
            return !s.isBlank();
        }
        if (value instanceof List<?> l) {
            return !l.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }
}
