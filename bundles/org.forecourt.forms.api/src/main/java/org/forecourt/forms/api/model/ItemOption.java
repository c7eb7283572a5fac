package org.forecourt.forms.api.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One option of a choice item.
 *
 * @param value stable value stored in answers and used in expressions ({@code [A-Za-z0-9_.-]+})
 * @param label the text shown
 * @param score points the option scores (null = 0)
 */
public record ItemOption(String value, LocalText label, BigDecimal score) {
    public ItemOption {
        Objects.requireNonNull(value, "value");
        label = label == null ? LocalText.empty() : label;
    }

    public static ItemOption of(String value, String zh, String en) {
        return new ItemOption(value, LocalText.of(zh, en), null);
    }
}
