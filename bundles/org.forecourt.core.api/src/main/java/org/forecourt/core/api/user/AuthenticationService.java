package org.forecourt.core.api.user;

import java.util.Optional;

import org.forecourt.core.api.Actor;

/**
 * Sign-in for the web UI, the REST API and the Karaf shell. Passwords are checked against a slow salted hash;
 * failures do not say whether the user exists. Repeated failures lock the account for a while.
 */
public interface AuthenticationService {

    /** @return the actor when the username and password match an enabled, unlocked user */
    Optional<Actor> authenticate(String username, char[] password);

    /** Re-reads an actor (roles, scope, language) for a user id, e.g. after an admin changed their roles. */
    Optional<Actor> actor(long userId);

    /** @return the system actor of the connector/integration owning the API key, if the key is valid */
    Optional<Actor> authenticateApiKey(String apiKey);
}
