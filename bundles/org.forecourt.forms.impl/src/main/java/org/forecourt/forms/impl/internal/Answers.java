package org.forecourt.forms.impl.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.FormItem;

/**
 * Answer maps in the shape the engine documents: items answered at top level by key (sections do not nest
 * answers), group rows as lists of maps; paths {@code key} and {@code group[2].key}.
 */
final class Answers {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)(?:\\[(\\d+)])?");

    /** Called for each answered item (value not null) in definition order. */
    @FunctionalInterface
    interface Visitor {
        void visit(FormItem item, Object value, String path, String groupKey, Integer rowIndex);
    }

    private Answers() {
    }

    /** A deep, mutable copy (maps and lists copied, values kept). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> copy(Map<String, ?> answers) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (answers != null) {
            answers.forEach((k, v) -> out.put(k, copyValue(v)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object copyValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            return copy((Map<String, ?>) m);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(e -> out.add(copyValue(e)));
            return out;
        }
        return v;
    }

    /** Visits every answered input, computed and reference item, descending into sections and group rows. */
    static void walk(FormDefinition def, Map<String, Object> answers, Visitor visitor) {
        walk(def.getItems(), answers, "", null, null, visitor);
    }

    private static void walk(List<FormItem> items, Map<String, Object> answers, String prefix, String groupKey,
                             Integer row, Visitor visitor) {
        for (FormItem item : items) {
            FieldType type = item.getType();
            if (type == null || item.getKey() == null) {
                continue;
            }
            switch (type) {
                case SECTION -> walk(item.getItems(), answers, prefix, groupKey, row, visitor);
                case INSTRUCTION, PAGE_BREAK -> { }
                case GROUP -> {
                    if (answers.get(item.getKey()) instanceof List<?> rows) {
                        for (int i = 0; i < rows.size(); i++) {
                            if (rows.get(i) instanceof Map<?, ?> r) {
                                @SuppressWarnings("unchecked")
                                Map<String, Object> rowMap = (Map<String, Object>) r;
                                walk(item.getItems(), rowMap, prefix + item.getKey() + "[" + i + "].",
                                        item.getKey(), i, visitor);
                            }
                        }
                    }
                }
                default -> {
                    Object value = answers.get(item.getKey());
                    if (value != null) {
                        visitor.visit(item, value, prefix + item.getKey(), groupKey, row);
                    }
                }
            }
        }
    }

    /** Every reference item (not inside groups) of a definition. */
    static List<FormItem> references(FormDefinition def) {
        List<FormItem> out = new ArrayList<>();
        collect(def.getItems(), FieldType.REFERENCE, out);
        return out;
    }

    private static void collect(List<FormItem> items, FieldType type, List<FormItem> out) {
        for (FormItem item : items) {
            if (item.getType() == type) {
                out.add(item);
            } else if (item.getType() == FieldType.SECTION) {
                collect(item.getItems(), type, out);
            }
        }
    }

    /** The item an answer path names ({@code parts[1].photo}), or null. */
    static FormItem find(FormDefinition def, String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        List<FormItem> scope = def.getItems();
        FormItem found = null;
        for (String segment : path.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(segment);
            if (scope == null || !m.matches()) {
                return null;
            }
            found = findIn(scope, m.group(1));
            if (found == null || (m.group(2) != null) != (found.getType() == FieldType.GROUP)) {
                return null;
            }
            scope = found.getType() == FieldType.GROUP ? found.getItems() : null;
        }
        return found;
    }

    private static FormItem findIn(List<FormItem> items, String key) {
        for (FormItem item : items) {
            if (key.equals(item.getKey()) && item.getType() != FieldType.SECTION) {
                return item;
            }
            if (item.getType() == FieldType.SECTION) {
                FormItem inner = findIn(item.getItems(), key);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** Sets a value at a path, creating group rows on the way; false when the path does not fit the answers. */
    @SuppressWarnings("unchecked")
    static boolean put(Map<String, Object> answers, String path, Object value) {
        Map<String, Object> target = answers;
        String[] segments = path.split("\\.");
        for (int s = 0; s < segments.length; s++) {
            Matcher m = SEGMENT.matcher(segments[s]);
            if (!m.matches()) {
                return false;
            }
            if (s == segments.length - 1 && m.group(2) == null) {
                target.put(m.group(1), value);
                return true;
            }
            if (m.group(2) == null || !(target.get(m.group(1)) instanceof List<?> rows)) {
                return false;
            }
            int i = Integer.parseInt(m.group(2));
            if (i >= rows.size() || !(rows.get(i) instanceof Map<?, ?> row)) {
                return false;
            }
            target = (Map<String, Object>) row;
        }
        return false;
    }

    /** Attachment ids an answer refers to: photo lists, a signature, an inspection's photos. */
    static List<String> attachmentIds(FormItem item, Object value) {
        List<String> ids = new ArrayList<>();
        Object source = switch (item.getType()) {
            case PHOTO, SIGNATURE -> value;
            case INSPECTION -> value instanceof Map<?, ?> m ? m.get("photos") : null;
            default -> null;
        };
        if (source instanceof String s) {
            ids.add(s);
        } else if (source instanceof List<?> l) {
            l.forEach(e -> ids.add(String.valueOf(e)));
        }
        return ids;
    }

    /** A number answer as BigDecimal, or null. */
    static BigDecimal number(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (value instanceof String s) {
            try {
                return new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
