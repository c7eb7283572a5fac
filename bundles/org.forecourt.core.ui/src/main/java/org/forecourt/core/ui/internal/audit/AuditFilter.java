package org.forecourt.core.ui.internal.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.forecourt.persistence.AuditQuery;

/**
 * The filters of the audit screen, as entered: dates are days in the user's time zone, both ends included.
 *
 * @param entity   entity name, or blank
 * @param entityId entity id, or blank
 * @param userId   who changed it, or null
 * @param storeId  the store, or null
 * @param from     first day, or null
 * @param to       last day, or null
 */
public record AuditFilter(String entity, String entityId, Long userId, Long storeId, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    public AuditFilter withEntity(String value) {
        return new AuditFilter(value, entityId, userId, storeId, from, to);
    }

    public AuditFilter withEntityId(String value) {
        return new AuditFilter(entity, value, userId, storeId, from, to);
    }

    public AuditFilter withUserId(Long value) {
        return new AuditFilter(entity, entityId, value, storeId, from, to);
    }

    public AuditFilter withStoreId(Long value) {
        return new AuditFilter(entity, entityId, userId, value, from, to);
    }

    public AuditFilter withDates(LocalDate newFrom, LocalDate newTo) {
        return new AuditFilter(entity, entityId, userId, storeId, newFrom, newTo);
    }

    /** Whether the date range is usable (an empty end means open). */
    public boolean datesValid() {
        return from == null || to == null || !to.isBefore(from);
    }

    /**
     * The query for one page: days become instants at midnight in {@code zone}, the last day included; a limit
     * outside 1..{@link AuditQuery#MAX_LIMIT} is brought within it.
     */
    public AuditQuery toQuery(ZoneId zone, int offset, int limit) {
        Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        return new AuditQuery(blankToNull(entity), blankToNull(entityId), userId, storeId, start, end,
                Math.max(0, offset), Math.max(1, Math.min(AuditQuery.MAX_LIMIT, limit)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
