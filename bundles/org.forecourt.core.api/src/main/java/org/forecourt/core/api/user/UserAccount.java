package org.forecourt.core.api.user;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A person who signs in (never carries the password).
 *
 * @param id          database id (0 when new)
 * @param username    sign-in name, lower case
 * @param displayName shown name, e.g. 王芳
 * @param mobile      mobile phone (optional)
 * @param locale      preferred language
 * @param enabled     disabled users cannot sign in
 * @param memberships roles held
 * @param lastSignIn  last successful sign-in, or null
 * @param version     optimistic-lock version
 */
public record UserAccount(long id, String username, String displayName, String mobile, Locale locale, boolean enabled,
                          List<Membership> memberships, Instant lastSignIn, long version) {
    public UserAccount {
        memberships = List.copyOf(memberships);
    }
}
