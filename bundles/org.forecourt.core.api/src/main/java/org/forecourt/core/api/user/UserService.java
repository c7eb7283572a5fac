package org.forecourt.core.api.user;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.Permission;
import org.forecourt.core.api.Role;

/**
 * User administration ({@code core.user.edit}) and role permissions ({@code core.role.edit}). A store manager
 * administers the users of their own stores; a group admin everyone.
 */
public interface UserService {

    /** Users with a membership within the actor's scope; {@code text} filters username/display name (may be empty). */
    List<UserAccount> find(Actor actor, String text, int offset, int limit);

    long count(Actor actor, String text);

    Optional<UserAccount> get(Actor actor, long userId);

    /** Creates a user with an initial password (checked against the password policy). */
    UserAccount create(Actor actor, UserAccount account, char[] initialPassword);

    UserAccount update(Actor actor, UserAccount account);

    void setEnabled(Actor actor, long userId, boolean enabled);

    void resetPassword(Actor actor, long userId, char[] newPassword);

    /** The user changes their own password; needs the current one. */
    void changeOwnPassword(Actor actor, char[] currentPassword, char[] newPassword);

    /** Remembers the actor's language for their next sign-in. */
    void setOwnLocale(Actor actor, Locale locale);

    /** Every permission modules have declared, by name. */
    List<Permission> permissions(Actor actor);

    /** Which permissions each role grants. */
    Map<Role, Set<String>> rolePermissions(Actor actor);

    void setRolePermissions(Actor actor, Role role, Set<String> permissions);
}
