package org.forecourt.core.ui.internal.users;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.forecourt.core.api.Role;
import org.forecourt.core.api.user.Membership;

/** Short texts for a user's memberships in the users list: their roles, and where they hold them. */
public final class MembershipText {

    private static final Comparator<Membership> ORDER = Comparator.comparing(Membership::level)
            .thenComparing(Membership::role);

    private final Function<Role, String> roleLabel;
    private final Function<Membership, String> placeLabel;

    /**
     * @param roleLabel  the translated name of a role
     * @param placeLabel the translated place of a membership: "whole group", a brand, a store
     */
    public MembershipText(Function<Role, String> roleLabel, Function<Membership, String> placeLabel) {
        this.roleLabel = roleLabel;
        this.placeLabel = placeLabel;
    }

    /** Each role once, in the roles' order. */
    public String roles(List<Membership> memberships) {
        Set<String> labels = new LinkedHashSet<>();
        memberships.stream().map(Membership::role).sorted().forEach(r -> labels.add(roleLabel.apply(r)));
        return String.join(", ", labels);
    }

    /** Each place once: the group first, then brands, then stores. */
    public String places(List<Membership> memberships) {
        Set<String> labels = new LinkedHashSet<>();
        memberships.stream().sorted(ORDER).forEach(m -> labels.add(placeLabel.apply(m)));
        return String.join(", ", labels);
    }

    /** One membership: "role · place". */
    public String describe(Membership m) {
        return roleLabel.apply(m.role()) + " · " + placeLabel.apply(m);
    }
}
