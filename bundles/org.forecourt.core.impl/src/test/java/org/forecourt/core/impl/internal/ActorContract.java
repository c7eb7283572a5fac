package org.forecourt.core.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forecourt.core.impl.internal.Fixture.brandRole;
import static org.forecourt.core.impl.internal.Fixture.group;
import static org.forecourt.core.impl.internal.Fixture.storeRole;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.Role;
import org.forecourt.core.api.Scope;
import org.forecourt.core.api.org.Brand;
import org.forecourt.core.api.org.Store;
import org.forecourt.core.api.user.UserAccount;
import org.forecourt.core.impl.internal.perm.CorePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Building the actor at sign-in: scope per level, permissions from grant rows, home store and zone. */
public abstract class ActorContract extends DatabaseTest {

    Brand byd;
    Brand geely;
    Store bydShanghai;
    Store bydUrumqi;
    Store geelyHangzhou;

    @BeforeEach
    void organisation() {
        byd = f.brand("BYD", "比亚迪");
        geely = f.brand("GEELY", "吉利");
        bydShanghai = f.store(byd, "SH-PD-01");
        bydUrumqi = f.store(byd, "XJ-WLMQ-01", "Asia/Urumqi");
        geelyHangzhou = f.store(geely, "ZJ-HZ-01");
    }

    @Test
    void groupMembershipSeesEveryStoreWithTheDefaultZone() {
        Actor admin = f.actor("wang", group(Role.GROUP_ADMIN));

        assertThat(admin.scope()).isEqualTo(Scope.all());
        assertThat(admin.scope().includes(geelyHangzhou.id())).isTrue();
        assertThat(admin.homeStoreId()).isNull();
        assertThat(admin.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(admin.roles()).containsExactly(Role.GROUP_ADMIN);
        assertThat(admin.permissions()).containsExactlyInAnyOrderElementsOf(
                CorePermissions.ALL.stream().map(p -> p.name()).toList());
        assertThat(admin.isSystem()).isFalse();
        assertThat(admin.username()).isEqualTo("wang");
        assertThat(admin.displayName()).isEqualTo("WANG");
        assertThat(admin.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void brandMembershipSeesEveryStoreOfTheBrandOnly() {
        Actor brandAdmin = f.actor("li", brandRole(Role.BRAND_ADMIN, byd));

        assertThat(brandAdmin.scope().allStores()).isFalse();
        assertThat(brandAdmin.scope().storeIds()).containsExactly(bydShanghai.id(), bydUrumqi.id());
        assertThat(brandAdmin.homeStoreId()).isNull();
        assertThat(brandAdmin.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(brandAdmin.permissions()).isEmpty(); // the core grants BRAND_ADMIN nothing by default
    }

    @Test
    void brandAdminSeesAStoreAddedLaterAtTheNextSignIn() {
        Actor before = f.actor("li", brandRole(Role.BRAND_ADMIN, byd));
        Store added = f.store(byd, "BJ-CY-01");

        assertThat(before.scope().includes(added.id())).as("the scope is fixed at sign-in").isFalse();
        Actor next = f.signIn("li");
        assertThat(next.scope().storeIds()).containsExactly(bydShanghai.id(), bydUrumqi.id(), added.id());
        assertThat(f.auth.actor(next.userId()).orElseThrow().scope().includes(added.id())).isTrue();
        assertThat(f.org.stores(next)).extracting(Store::code).containsExactly("BJ-CY-01", "SH-PD-01", "XJ-WLMQ-01");
    }

    @Test
    void storeMembershipSeesThatStoreInItsZone() {
        Actor manager = f.actor("zhao", storeRole(Role.STORE_MANAGER, bydUrumqi));

        assertThat(manager.scope()).isEqualTo(Scope.store(bydUrumqi.id()));
        assertThat(manager.homeStoreId()).isEqualTo(bydUrumqi.id());
        assertThat(manager.zone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
        assertThat(manager.permissions()).containsExactlyInAnyOrder(CorePermissions.USER_EDIT,
                CorePermissions.AUDIT_VIEW, CorePermissions.INTEGRATION_VIEW, CorePermissions.IMPORT_RUN);
    }

    @Test
    void severalMembershipsUniteScopesRolesAndPermissionsAndTheFirstStoreIsHome() {
        Actor actor = f.actor("chen", storeRole(Role.CRM_AGENT, geelyHangzhou), brandRole(Role.INTEGRATOR, byd),
                storeRole(Role.STORE_MANAGER, bydUrumqi));

        assertThat(actor.scope().storeIds()).containsExactly(bydShanghai.id(), bydUrumqi.id(), geelyHangzhou.id());
        assertThat(actor.roles()).containsExactlyInAnyOrder(Role.CRM_AGENT, Role.INTEGRATOR, Role.STORE_MANAGER);
        assertThat(actor.homeStoreId()).isEqualTo(geelyHangzhou.id());
        assertThat(actor.permissions()).contains(CorePermissions.IMPORT_RUN, CorePermissions.ADMIN_SHELL,
                CorePermissions.USER_EDIT).doesNotContain(CorePermissions.ORG_EDIT, CorePermissions.ROLE_EDIT);
    }

    @Test
    void groupMembershipWinsOverNarrowerOnes() {
        Actor actor = f.actor("sun", storeRole(Role.SALES_CONSULTANT, bydShanghai), group(Role.CRM_AGENT));
        assertThat(actor.scope().allStores()).isTrue();
        assertThat(actor.homeStoreId()).isEqualTo(bydShanghai.id());
    }

    @Test
    void noMembershipSeesNothingAndMayNothing() {
        Actor nobody = f.actor("zhou");
        assertThat(nobody.scope()).isEqualTo(Scope.none());
        assertThat(nobody.permissions()).isEmpty();
        assertThat(nobody.roles()).isEmpty();
        assertThat(f.org.stores(nobody)).isEmpty();
        assertThat(f.org.brands(nobody)).isEmpty();
    }

    @Test
    void permissionsAreTheRowsGrantedToTheRolesAtSignIn() {
        Actor admin = f.actor("wang", group(Role.GROUP_ADMIN));
        Actor before = f.actor("qian", storeRole(Role.SALES_CONSULTANT, bydShanghai));
        assertThat(before.permissions()).isEmpty();

        f.users.setRolePermissions(admin, Role.SALES_CONSULTANT, Set.of(CorePermissions.IMPORT_RUN));

        assertThat(f.signIn("qian").permissions()).containsExactly(CorePermissions.IMPORT_RUN);
        assertThat(f.auth.actor(before.userId()).orElseThrow().has(CorePermissions.IMPORT_RUN)).isTrue();
    }

    @Test
    void localeComesFromTheUser() {
        UserAccount english = f.users.create(f.system, new UserAccount(0, "Smith", "John Smith", null,
                Locale.forLanguageTag("en-GB"), true, List.of(storeRole(Role.SALES_CONSULTANT, bydShanghai)), null, 0),
                Fixture.PASSWORD.toCharArray());
        assertThat(english.username()).isEqualTo("smith");
        assertThat(english.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(f.signIn("SMITH").locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void actorOfADisabledOrUnknownUserIsEmpty() {
        Actor admin = f.actor("wang", group(Role.GROUP_ADMIN));
        UserAccount u = f.user("qian", storeRole(Role.SALES_CONSULTANT, bydShanghai));
        f.users.setEnabled(admin, u.id(), false);
        assertThat(f.auth.actor(u.id())).isEmpty();
        assertThat(f.auth.actor(999_999)).isEmpty();
    }
}
