package org.forecourt.core.ui.internal.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.Role;
import org.forecourt.core.api.Scope;
import org.forecourt.core.api.org.Brand;
import org.forecourt.core.api.org.Store;
import org.forecourt.core.api.user.Level;
import org.forecourt.core.api.user.Membership;
import org.forecourt.core.api.user.UserAccount;
import org.forecourt.core.ui.internal.users.MembershipChoices.Target;

class MembershipChoicesTest {

    static final Brand BYD = new Brand(1, "BYD", "比亚迪", true, 0);
    static final Brand OLD = new Brand(2, "OLD", "停售品牌", false, 0);
    static final Store PUDONG = new Store(11, 1, "SH-PD-01", "浦东店", "上海", "Asia/Shanghai", true, 0);
    static final Store MINHANG = new Store(12, 1, "SH-MH-01", "闵行店", "上海", "Asia/Shanghai", true, 0);
    static final Store CLOSED = new Store(13, 2, "SH-XX-01", "已关店", "上海", "Asia/Shanghai", false, 0);

    static Actor actor(Scope scope, Role... roles) {
        return new Actor(7, "wang", "王芳", Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai"), Set.of(roles),
                Set.of("core.user.edit"), scope, null);
    }

    static final Actor GROUP_ADMIN = actor(Scope.all(), Role.GROUP_ADMIN);
    /** A store manager of Pudong only: the organisation service lists only that store for them. */
    static final Actor MANAGER = actor(Scope.store(11), Role.STORE_MANAGER);

    static MembershipChoices groupAdmin() {
        return MembershipChoices.of(GROUP_ADMIN, List.of(BYD, OLD), List.of(PUDONG, MINHANG, CLOSED));
    }

    static MembershipChoices manager() {
        return MembershipChoices.of(MANAGER, List.of(BYD), List.of(PUDONG));
    }

    static UserAccount user(Membership... ms) {
        return new UserAccount(5, "li", "李雷", null, Locale.SIMPLIFIED_CHINESE, true, List.of(ms), null, 0);
    }

    @Test
    void groupAdminIsRecognisedOnlyWithGroupScope() {
        assertThat(groupAdmin().groupAdmin()).isTrue();
        assertThat(manager().groupAdmin()).isFalse();
        assertThat(MembershipChoices.isGroupAdmin(actor(Scope.store(11), Role.GROUP_ADMIN))).isFalse();
        assertThat(MembershipChoices.isGroupAdmin(actor(Scope.all(), Role.BRAND_ADMIN))).isFalse();
        assertThat(MembershipChoices.isGroupAdmin(Actor.system("test"))).isTrue();
    }

    @Test
    void groupAdminGrantsEveryRoleAtTheLevelThatFitsIt() {
        MembershipChoices c = groupAdmin();
        assertThat(c.roles()).containsExactly(Role.values());
        assertThat(c.levels(Role.GROUP_ADMIN)).containsExactly(Level.GROUP);
        assertThat(c.levels(Role.BRAND_ADMIN)).containsExactly(Level.BRAND);
        assertThat(c.levels(Role.SALES_CONSULTANT)).containsExactly(Level.STORE, Level.BRAND, Level.GROUP);
        assertThat(c.levels(null)).isEmpty();
    }

    @Test
    void storeManagerIsOfferedOrdinaryRolesInTheirStoresOnly() {
        MembershipChoices c = manager();
        assertThat(c.roles()).doesNotContain(Role.GROUP_ADMIN, Role.BRAND_ADMIN, Role.INTEGRATOR)
                .contains(Role.SALES_CONSULTANT, Role.SERVICE_ADVISOR, Role.STORE_MANAGER);
        assertThat(c.levels(Role.SALES_CONSULTANT)).containsExactly(Level.STORE);
        assertThat(c.levels(Role.INTEGRATOR)).isEmpty();
        assertThat(c.targets(Level.STORE)).extracting(Target::id).containsExactly(11L);
        assertThat(c.targets(Level.BRAND)).isEmpty();
        assertThat(c.targets(Level.GROUP)).isEmpty();
    }

    @Test
    void storeManagerNeverSeesStoresOutsideTheirScopeEvenIfListed() {
        MembershipChoices c = MembershipChoices.of(MANAGER, List.of(BYD), List.of(PUDONG, MINHANG));
        assertThat(c.targets(Level.STORE)).extracting(Target::code).containsExactly("SH-PD-01");
    }

    @Test
    void inactiveBrandsAndStoresAreNotOfferedForNewRoles() {
        MembershipChoices c = groupAdmin();
        assertThat(c.targets(Level.BRAND)).extracting(Target::code).containsExactly("BYD");
        assertThat(c.targets(Level.STORE)).extracting(Target::code).containsExactly("SH-PD-01", "SH-MH-01");
    }

    @Test
    void canGrantMirrorsTheServiceRules() {
        MembershipChoices c = manager();
        assertThat(c.canGrant(new Membership(Role.SALES_CONSULTANT, Level.STORE, 11L))).isTrue();
        assertThat(c.canGrant(new Membership(Role.SALES_CONSULTANT, Level.STORE, 12L))).isFalse();
        assertThat(c.canGrant(new Membership(Role.SALES_CONSULTANT, Level.BRAND, 1L))).isFalse();
        assertThat(c.canGrant(new Membership(Role.BRAND_ADMIN, Level.STORE, 11L))).isFalse();
        assertThat(groupAdmin().canGrant(new Membership(Role.GROUP_ADMIN, Level.GROUP, null))).isTrue();
    }

    @Test
    void storeManagerAdministersOnlyUsersEntirelyInTheirStores() {
        MembershipChoices c = manager();
        assertThat(c.canAdminister(user(new Membership(Role.SALES_CONSULTANT, Level.STORE, 11L)))).isTrue();
        assertThat(c.canAdminister(user(new Membership(Role.SALES_CONSULTANT, Level.STORE, 11L),
                new Membership(Role.SERVICE_ADVISOR, Level.STORE, 12L)))).isFalse();
        assertThat(c.canAdminister(user(new Membership(Role.STORE_MANAGER, Level.STORE, 11L),
                new Membership(Role.INTEGRATOR, Level.STORE, 11L)))).isFalse();
        assertThat(c.canAdminister(user())).isFalse();
        assertThat(groupAdmin().canAdminister(user())).isTrue();
    }

    @Test
    void mergeAddsAMembershipOnce() {
        Membership m = new Membership(Role.TECHNICIAN, Level.STORE, 11L);
        List<Membership> once = MembershipChoices.merge(List.of(), m);
        assertThat(MembershipChoices.merge(once, m)).containsExactly(m);
        assertThat(MembershipChoices.merge(once, null)).containsExactly(m);
    }

    @Test
    void namesForLabels() {
        MembershipChoices c = groupAdmin();
        assertThat(c.brandNames()).containsEntry(1L, "比亚迪");
        assertThat(c.storeNames()).containsEntry(12L, "闵行店");
        assertThat(c.storeBrands()).containsEntry(13L, 2L);
    }
}
