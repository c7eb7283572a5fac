package org.forecourt.core.api.user;

import java.util.List;
import java.util.Set;

import org.forecourt.core.api.Actor;

/**
 * API keys for connectors and integrations ({@code core.apikey.manage}). Only a hash of each key is stored: the key
 * itself is returned once, by {@link #create}. A key authenticates through
 * {@link AuthenticationService#authenticateApiKey(String)} as a system actor limited to the key's stores and
 * permissions.
 */
public interface ApiKeyService {

    /** The permission every method needs. */
    String PERMISSION = "core.apikey.manage";

    /**
     * Creates a key. The stores must be within the actor's scope and the permissions ones the actor holds.
     *
     * @param owner       the connector or integration id, e.g. {@code oem.byd}
     * @param storeIds    at least one store
     * @param permissions what the key may do
     * @return the key's description and the key itself, which is never shown again
     */
    CreatedApiKey create(Actor actor, String owner, Set<Long> storeIds, Set<String> permissions);

    /** Keys that deliver to a store within the actor's scope, newest first, revoked ones included. */
    List<ApiKey> list(Actor actor);

    /** Disables the key for good; its record stays for the audit trail. */
    void revoke(Actor actor, long keyId);

    /**
     * A newly created key.
     *
     * @param key    its description
     * @param secret the key to hand to the connector: shown once, not stored
     */
    record CreatedApiKey(ApiKey key, String secret) {
        @Override
        public String toString() {
            return "CreatedApiKey[key=" + key + ", secret=***]";
        }
    }
}
