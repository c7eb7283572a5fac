package org.forecourt.persistence;

import java.time.Instant;

/**
 * Filters for {@link AuditLog}; null means "any". Results are newest first.
 *
 * @param entity   JPA entity name
 * @param entityId the entity's id as text
 * @param userId   who made the change
 * @param storeId  the store the changed entity belongs to
 * @param from     inclusive lower bound of the change time
 * @param to       exclusive upper bound of the change time
 * @param offset   rows to skip (paging), {@code >= 0}
 * @param limit    rows to return, 1 to {@value #MAX_LIMIT}
 */
public record AuditQuery(String entity, String entityId, Long userId, Long storeId, Instant from, Instant to,
                         int offset, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("offset < 0: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
    }

    /** Everything the actor may see, first page. */
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, 0, DEFAULT_LIMIT);
    }

    /** The history of one entity. */
    public static AuditQuery of(String entity, Object entityId) {
        return all().withEntity(entity).withEntityId(entityId == null ? null : String.valueOf(entityId));
    }

    public AuditQuery withEntity(String newEntity) {
        return new AuditQuery(newEntity, entityId, userId, storeId, from, to, offset, limit);
    }

    public AuditQuery withEntityId(String newEntityId) {
        return new AuditQuery(entity, newEntityId, userId, storeId, from, to, offset, limit);
    }

    public AuditQuery withUserId(Long newUserId) {
        return new AuditQuery(entity, entityId, newUserId, storeId, from, to, offset, limit);
    }

    public AuditQuery withStoreId(Long newStoreId) {
        return new AuditQuery(entity, entityId, userId, newStoreId, from, to, offset, limit);
    }

    public AuditQuery between(Instant newFrom, Instant newTo) {
        return new AuditQuery(entity, entityId, userId, storeId, newFrom, newTo, offset, limit);
    }

    public AuditQuery page(int newOffset, int newLimit) {
        return new AuditQuery(entity, entityId, userId, storeId, from, to, newOffset, newLimit);
    }
}
