package org.forecourt.core.ui.internal.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.forecourt.core.api.Role;
import org.forecourt.core.api.user.Level;
import org.forecourt.core.api.user.Membership;

class MembershipTextTest {

    final MembershipText text = new MembershipText(r -> "role:" + r.name(), m -> switch (m.level()) {
        case GROUP -> "group";
        case BRAND -> "brand" + m.targetId();
        case STORE -> "store" + m.targetId();
    });

    @Test
    void rolesOnceInRoleOrder() {
        List<Membership> ms = List.of(new Membership(Role.TECHNICIAN, Level.STORE, 2L),
                new Membership(Role.SALES_CONSULTANT, Level.STORE, 1L),
                new Membership(Role.TECHNICIAN, Level.STORE, 1L));
        assertThat(text.roles(ms)).isEqualTo("role:SALES_CONSULTANT, role:TECHNICIAN");
    }

    @Test
    void placesOnceGroupFirstThenBrandsThenStores() {
        List<Membership> ms = List.of(new Membership(Role.TECHNICIAN, Level.STORE, 2L),
                new Membership(Role.SALES_CONSULTANT, Level.STORE, 2L),
                new Membership(Role.BRAND_ADMIN, Level.BRAND, 9L),
                new Membership(Role.GROUP_ADMIN, Level.GROUP, null));
        assertThat(text.places(ms)).isEqualTo("group, brand9, store2");
    }

    @Test
    void emptyAndSingle() {
        assertThat(text.roles(List.of())).isEmpty();
        assertThat(text.places(List.of())).isEmpty();
        assertThat(text.describe(new Membership(Role.CRM_AGENT, Level.STORE, 3L))).isEqualTo("role:CRM_AGENT · store3");
    }
}
