package org.forecourt.forms.api;

/**
 * Filters of the forms list; null = any.
 *
 * @param text         part of the key or title
 * @param brandId      forms of this brand (and the group templates when {@code includeGroup})
 * @param includeGroup include group templates
 * @param kind         checklist, questionnaire …
 */
public record FormQuery(String text, Long brandId, boolean includeGroup, String kind) {
    public static FormQuery all() {
        return new FormQuery(null, null, true, null);
    }
}
