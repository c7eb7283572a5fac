package org.forecourt.forms.api.engine;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The score of a submission: points over the visible scored items.
 *
 * @param points   points scored
 * @param max      points possible
 * @param percent  points / max × 100, two decimals; null when nothing is scored
 * @param sections per section key (top-level and nested sections), the same figures
 */
public record Score(BigDecimal points, BigDecimal max, BigDecimal percent, Map<String, Score> sections) {
    public Score {
        sections = sections == null ? Map.of() : Map.copyOf(sections);
    }
}
