package org.forecourt.forms.engine.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.FormItem;

/**
 * The namespaces of a definition: the form's (top-level items and everything inside sections) and one per group
 * (its items, through its sections). Expressions of a group's items see the group's names over the form's.
 */
final class Scopes {

    /** One item where it stands: its path ({@code brakes}, {@code parts.qty}), its group (or null), its level. */
    record Entry(FormItem item, String path, Entry group, Entry section, int level) {
        FieldType type() {
            return item.getType();
        }
    }

    private final Map<String, Entry> form = new LinkedHashMap<>();
    private final Map<Entry, Map<String, Entry>> groups = new LinkedHashMap<>();
    private final List<Entry> all = new ArrayList<>();
    private final List<Entry> duplicates = new ArrayList<>();
    private final Map<String, Entry> byPath = new java.util.HashMap<>();
    private int maxLevel;

    Scopes(FormDefinition d) {
        add(d.getItems(), null, null, 1);
    }

    private void add(List<FormItem> items, Entry group, Entry section, int level) {
        maxLevel = Math.max(maxLevel, items.isEmpty() ? 0 : level);
        for (FormItem item : items) {
            if (item == null) {
                continue;
            }
            String key = item.getKey() == null ? "" : item.getKey();
            String path = group == null ? key : group.path() + "." + key;
            Entry e = new Entry(item, path, group, section, level);
            all.add(e);
            byPath.putIfAbsent(path, e);
            Map<String, Entry> ns = group == null ? form : groups.get(group);
            if (ns.putIfAbsent(key, e) != null) {
                duplicates.add(e);
            }
            if (item.getType() == FieldType.GROUP) {
                groups.put(e, new LinkedHashMap<>());
                add(item.getItems(), e, null, level + 1);
            } else if (item.getType() == FieldType.SECTION) {
                add(item.getItems(), group, e, level + 1);
            } else if (!item.getItems().isEmpty()) {
                add(item.getItems(), group, section, level + 1);
            }
        }
    }

    /** Every item, in document order. */
    List<Entry> all() {
        return all;
    }

    /** Items whose key is already taken in their namespace. */
    List<Entry> duplicates() {
        return duplicates;
    }

    int maxLevel() {
        return maxLevel;
    }

    Map<String, Entry> form() {
        return form;
    }

    /** The names of a group's rows. */
    Map<String, Entry> group(Entry group) {
        return groups.getOrDefault(group, Map.of());
    }

    /** Resolves a name as an expression of an item inside {@code group} (null = form level) sees it. */
    Entry resolve(String name, Entry group) {
        for (Entry g = group; g != null; g = g.group()) {
            Entry e = group(g).get(name);
            if (e != null) {
                return e;
            }
        }
        return form.get(name);
    }

    /** The item at a path ({@code brakes}, {@code parts.qty}), or null. */
    Entry at(String path) {
        return byPath.get(path);
    }

    /** True for items that stand for a value in expressions. */
    static boolean isValue(FieldType t) {
        return t != null && (t.isInput() || t == FieldType.COMPUTED || t == FieldType.GROUP
                || t == FieldType.REFERENCE);
    }
}
