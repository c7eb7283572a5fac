package org.forecourt.masterdata.api.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A trim (配置 / 版本) of a model with its manufacturer's suggested retail price. A price change is a new trim row with
 * a new validity period (or an update of {@code validTo} and a new row), so that orders keep the price they had.
 *
 * @param id        database id (0 when new)
 * @param modelId   the model
 * @param code      the carmaker's trim code, unique within the model (trimmed, upper-cased)
 * @param name      display name, e.g. 长续航智驾版
 * @param listPrice list price in yuan, at most 2 decimals (fen), not negative; returned with scale 2
 * @param validFrom first day the trim is sold (optional)
 * @param validTo   last day it is sold (optional, inclusive; not before validFrom)
 * @param version   optimistic-lock version (ignored when new)
 */
public record Trim(long id, long modelId, String code, String name, BigDecimal listPrice, LocalDate validFrom,
                   LocalDate validTo, long version) {

    public static Trim create(long modelId, String code, String name, BigDecimal listPrice, LocalDate validFrom,
                              LocalDate validTo) {
        return new Trim(0, modelId, code, name, listPrice, validFrom, validTo, 0);
    }

    /** Whether the trim is sold on that day. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
