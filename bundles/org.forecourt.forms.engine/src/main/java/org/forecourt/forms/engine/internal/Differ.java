package org.forecourt.forms.engine.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.forecourt.forms.api.engine.ItemChange;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.FormItem;
import org.forecourt.forms.api.model.LocalText;

/** Item-by-item comparison of two definitions ({@link org.forecourt.forms.api.engine.FormEngine#diff}). */
final class Differ {

    /** The compared properties, in the order they are listed. */
    private static final Map<String, Function<FormItem, Object>> PROPERTIES = new LinkedHashMap<>();

    static {
        PROPERTIES.put("type", FormItem::getType);
        PROPERTIES.put("label", FormItem::getLabel);
        PROPERTIES.put("help", FormItem::getHelp);
        PROPERTIES.put("placeholder", FormItem::getPlaceholder);
        PROPERTIES.put("text", FormItem::getText);
        PROPERTIES.put("required", FormItem::isRequired);
        PROPERTIES.put("requiredIf", FormItem::getRequiredIf);
        PROPERTIES.put("visibleIf", FormItem::getVisibleIf);
        PROPERTIES.put("readOnlyIf", FormItem::getReadOnlyIf);
        PROPERTIES.put("weight", FormItem::getWeight);
        PROPERTIES.put("critical", FormItem::isCritical);
        PROPERTIES.put("tags", FormItem::getTags);
        PROPERTIES.put("maxLength", FormItem::getMaxLength);
        PROPERTIES.put("min", FormItem::getMin);
        PROPERTIES.put("max", FormItem::getMax);
        PROPERTIES.put("decimals", FormItem::getDecimals);
        PROPERTIES.put("unit", FormItem::getUnit);
        PROPERTIES.put("options", FormItem::getOptions);
        PROPERTIES.put("display", FormItem::getDisplay);
        PROPERTIES.put("minSelected", FormItem::getMinSelected);
        PROPERTIES.put("maxSelected", FormItem::getMaxSelected);
        PROPERTIES.put("scale", FormItem::getScale);
        PROPERTIES.put("maxPhotos", FormItem::getMaxPhotos);
        PROPERTIES.put("noteRequired", FormItem::isNoteRequired);
        PROPERTIES.put("ref", FormItem::getRef);
        PROPERTIES.put("expression", FormItem::getExpression);
        PROPERTIES.put("locked", FormItem::isLocked);
        PROPERTIES.put("minRows", FormItem::getMinRows);
        PROPERTIES.put("maxRows", FormItem::getMaxRows);
    }

    private Differ() {
    }

    /** Where an item stands: its container's path and its index among the items both versions share. */
    private record Place(Scopes.Entry entry, String container) {
    }

    static List<ItemChange> diff(FormDefinition before, FormDefinition after) {
        Map<String, Place> a = places(before);
        Map<String, Place> b = places(after);
        Map<String, List<String>> orderBefore = order(a, b);
        Map<String, List<String>> orderAfter = order(b, a);
        java.util.Set<String> stayed = new java.util.HashSet<>();
        orderAfter.forEach((container, paths) -> stayed.addAll(lcs(orderBefore.getOrDefault(container, List.of()),
                paths)));
        List<ItemChange> changes = new ArrayList<>();
        for (Map.Entry<String, Place> e : b.entrySet()) {
            String path = e.getKey();
            Place now = e.getValue();
            Place was = a.get(path);
            if (was == null) {
                changes.add(new ItemChange(path, ItemChange.Kind.ADDED, List.of(), null, describe(now)));
                continue;
            }
            List<String> props = new ArrayList<>();
            PROPERTIES.forEach((name, getter) -> {
                if (!same(getter.apply(was.entry().item()), getter.apply(now.entry().item()))) {
                    props.add(name);
                }
            });
            if (!props.isEmpty()) {
                changes.add(new ItemChange(path, ItemChange.Kind.CHANGED, props, describe(was), describe(now)));
            }
            boolean moved = !was.container().equals(now.container()) || !stayed.contains(path);
            if (moved) {
                changes.add(new ItemChange(path, ItemChange.Kind.MOVED, List.of(), where(was), where(now)));
            }
        }
        for (Map.Entry<String, Place> e : a.entrySet()) {
            if (!b.containsKey(e.getKey())) {
                changes.add(new ItemChange(e.getKey(), ItemChange.Kind.REMOVED, List.of(), describe(e.getValue()),
                        null));
            }
        }
        return changes;
    }

    private static Map<String, Place> places(FormDefinition d) {
        Map<String, Place> m = new LinkedHashMap<>();
        for (Scopes.Entry e : new Scopes(d).all()) {
            Scopes.Entry container = e.section() != null && (e.group() == null || e.section().level() > e.group()
                    .level()) ? e.section() : e.group();
            m.putIfAbsent(e.path(), new Place(e, container == null ? "" : container.path()));
        }
        return m;
    }

    /** Per container, the paths present in both versions in this version's order. */
    private static Map<String, List<String>> order(Map<String, Place> mine, Map<String, Place> other) {
        Map<String, List<String>> o = new LinkedHashMap<>();
        mine.forEach((path, place) -> {
            Place there = other.get(path);
            if (there != null && there.container().equals(place.container())) {
                o.computeIfAbsent(place.container(), k -> new ArrayList<>()).add(path);
            }
        });
        return o;
    }

    /** The longest common subsequence of two orders: the items that kept their relative place. */
    private static List<String> lcs(List<String> x, List<String> y) {
        int n = x.size();
        int m = y.size();
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = x.get(i).equals(y.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0, j = 0; i < n && j < m; ) {
            if (x.get(i).equals(y.get(j))) {
                out.add(x.get(i));
                i++;
                j++;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return out;
    }

    private static boolean same(Object x, Object y) {
        if (x instanceof BigDecimal p && y instanceof BigDecimal q) {
            return p.compareTo(q) == 0;
        }
        if (x instanceof LocalText t && t.isEmpty()) {
            x = null;
        }
        if (y instanceof LocalText t && t.isEmpty()) {
            y = null;
        }
        return Objects.equals(x, y);
    }

    private static String describe(Place p) {
        FormItem i = p.entry().item();
        String label = i.getLabel() == null ? "" : " " + i.getLabel().resolve(java.util.Locale.ENGLISH);
        return (i.getType() == null ? "?" : i.getType().jsonName()) + " " + i.getKey() + label;
    }

    private static String where(Place p) {
        return p.container().isEmpty() ? "/" : p.container();
    }
}
