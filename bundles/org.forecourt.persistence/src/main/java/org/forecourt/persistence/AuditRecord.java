package org.forecourt.persistence;

import java.time.Instant;

/**
 * One audited change, as written in the same transaction as the change itself.
 *
 * @param id          the audit row's id (increasing)
 * @param at          when the transaction wrote it (UTC instant)
 * @param userId      the actor's user id ({@code 0} for the system)
 * @param username    the actor's sign-in name
 * @param displayName the actor's display name at the time
 * @param storeId     the store of a {@link StoreOwned} entity, else null
 * @param entity      the JPA entity name, e.g. {@code Customer}
 * @param entityId    the entity's id as text
 * @param action      create, update or delete
 * @param changes     JSON object of the changed attributes, each {@code [before, after]}, e.g.
 *                    {@code {"phone":["13800138000","13900139000"]}}; for a create {@code before} is null, for a
 *                    delete {@code after} is null; secrets (password, passwordHash, secret, apiKey) read
 *                    {@code "***"}
 */
public record AuditRecord(long id, Instant at, long userId, String username, String displayName, Long storeId,
                          String entity, String entityId, AuditAction action, String changes) {
}
