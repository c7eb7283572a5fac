package org.forecourt.core.ui.internal.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns the changes of an audit record — a JSON object whose attributes are {@code [before, after]} pairs — into
 * rows of plain text "field: before → after". The values are shown as text, never interpreted as markup.
 */
public final class AuditChanges {

    /** Shown for a value that is absent (before a create, after a delete). */
    public static final String NONE = "—";
    public static final String ARROW = " → ";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One changed field. */
    public record Change(String field, String before, String after) {
        /** {@code field: before → after} */
        public String text() {
            return field + ": " + before + ARROW + after;
        }
    }

    private AuditChanges() {
    }

    /**
     * The changed fields in the order the record lists them. Text that is not a JSON object is returned as one
     * row without a field name, so nothing recorded is hidden.
     */
    public static List<Change> parse(String changes) {
        if (changes == null || changes.isBlank()) {
            return List.of();
        }
        JsonNode root;
        try {
            root = JSON.readTree(changes);
        } catch (JsonProcessingException e) {
            return List.of(new Change("", NONE, changes));
        }
        if (root == null || !root.isObject()) {
            return List.of(new Change("", NONE, changes));
        }
        List<Change> rows = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            JsonNode v = e.getValue();
            if (v.isArray() && v.size() == 2) {
                rows.add(new Change(e.getKey(), text(v.get(0)), text(v.get(1))));
            } else {
                rows.add(new Change(e.getKey(), NONE, text(v)));
            }
        }
        return rows;
    }

    /** A one-line summary for the grid: the rows joined with "; ", cut to {@code max} characters. */
    public static String summary(List<Change> rows, int max) {
        StringBuilder s = new StringBuilder();
        for (Change c : rows) {
            if (!s.isEmpty()) {
                s.append("; ");
            }
            s.append(c.field().isEmpty() ? c.after() : c.text());
        }
        if (s.length() > max) {
            return s.substring(0, Math.max(0, max - 1)) + "…";
        }
        return s.toString();
    }

    static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return NONE;
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        return value.toString();
    }
}
