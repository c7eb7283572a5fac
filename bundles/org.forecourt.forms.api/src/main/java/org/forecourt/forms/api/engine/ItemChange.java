package org.forecourt.forms.api.engine;

import java.util.List;

/**
 * One difference between two versions of a form, for the version comparison.
 *
 * @param path       the item's path
 * @param kind       what happened
 * @param properties for {@link Kind#CHANGED}: the properties that differ ({@code label}, {@code options},
 *                   {@code visibleIf} …)
 * @param before     a short description of the item before (null when added)
 * @param after      a short description after (null when removed)
 */
public record ItemChange(String path, Kind kind, List<String> properties, String before, String after) {

    public ItemChange {
        properties = List.copyOf(properties);
    }

    public enum Kind {
        ADDED, REMOVED, CHANGED, MOVED
    }
}
