package org.forecourt.core.api.user;

import java.time.Instant;
import java.util.Set;

/**
 * An API key of a connector or integration (never carries the key itself, only its first characters).
 *
 * @param id          database id
 * @param owner       the connector or integration it belongs to, e.g. {@code oem.byd}
 * @param prefix      the key's first characters, so that an administrator can tell keys apart
 * @param storeIds    the stores whose data the key may deliver and read
 * @param permissions the permissions the key's actor holds
 * @param enabled     false once revoked
 * @param createdAt   when it was created
 * @param createdBy   username of the administrator who created it
 */
public record ApiKey(long id, String owner, String prefix, Set<Long> storeIds, Set<String> permissions,
                     boolean enabled, Instant createdAt, String createdBy) {
    public ApiKey {
        storeIds = Set.copyOf(storeIds);
        permissions = Set.copyOf(permissions);
    }
}
