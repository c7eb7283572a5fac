package org.forecourt.imports.internal.rows;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.forecourt.core.api.Actor;

/**
 * What every row of a job shares.
 *
 * @param actor          who imports (the user, or the system for the inbox folder)
 * @param defaultStoreId the store chosen for the file
 * @param storesByCode   the stores the actor may see, by upper-case store code (a row's 门店 column)
 * @param today          today in the actor's zone (the date of imported odometer readings)
 */
public record RowContext(Actor actor, long defaultStoreId, Map<String, Long> storesByCode, LocalDate today) {

    public RowContext {
        storesByCode = Map.copyOf(storesByCode);
    }

    /** The store of a row: its store code's (when in scope), else the chosen store; null when out of scope. */
    public Long storeOf(String code) {
        if (code == null || code.isBlank()) {
            return defaultStoreId;
        }
        return storesByCode.get(code.trim().toUpperCase(Locale.ROOT));
    }
}
