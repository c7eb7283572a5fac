package org.forecourt.core.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.forecourt.core.impl.internal.Fixture.account;
import static org.forecourt.core.impl.internal.Fixture.brandRole;
import static org.forecourt.core.impl.internal.Fixture.group;
import static org.forecourt.core.impl.internal.Fixture.storeRole;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.ConflictException;
import org.forecourt.core.api.FieldError;
import org.forecourt.core.api.NotFoundException;
import org.forecourt.core.api.NotPermittedException;
import org.forecourt.core.api.Role;
import org.forecourt.core.api.ValidationException;
import org.forecourt.core.api.org.Brand;
import org.forecourt.core.api.org.Store;
import org.forecourt.core.api.user.Level;
import org.forecourt.core.api.user.Membership;
import org.forecourt.core.api.user.UserAccount;
import org.forecourt.core.impl.internal.perm.CorePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** User administration: who administers whom, validation, the password policy, role permissions. */
public abstract class UserContract extends DatabaseTest {

    Brand byd;
    Store pudong;
    Store minhang;
    Actor admin;
    Actor pudongManager;

    @BeforeEach
    void organisation() {
        byd = f.brand("BYD", "比亚迪");
        pudong = f.store(byd, "SH-PD-01");
        minhang = f.store(byd, "SH-MH-01");
        admin = f.actor("admin", group(Role.GROUP_ADMIN));
        pudongManager = f.actor("manager.pd", storeRole(Role.STORE_MANAGER, pudong));
    }

    private static char[] pw() {
        return Fixture.PASSWORD.toCharArray();
    }

    @Test
    void groupAdminCreatesAUserNormalisingUsernameAndMobile() {
        UserAccount created = f.users.create(admin, new UserAccount(0, "  Wang.Fang ", " 王芳 ", "+86 138-0013-8000",
                Locale.SIMPLIFIED_CHINESE, true, List.of(storeRole(Role.SALES_CONSULTANT, pudong)), null, 0), pw());

        assertThat(created.id()).isPositive();
        assertThat(created.username()).isEqualTo("wang.fang");
        assertThat(created.displayName()).isEqualTo("王芳");
        assertThat(created.mobile()).isEqualTo("13800138000");
        assertThat(created.version()).isPositive();
        assertThat(created.lastSignIn()).isNull();
        assertThat(f.users.get(admin, created.id())).contains(created);
        assertThat(f.users.find(admin, "王", 0, 10)).containsExactly(created);
        assertThat(f.users.find(admin, "WANG", 0, 10)).containsExactly(created);
        assertThat(f.users.count(admin, "")).isEqualTo(3);
        assertThat(f.users.find(admin, null, 1, 1)).extracting(UserAccount::username).containsExactly("manager.pd");
    }

    @Test
    void invalidFieldsAreRefusedTogetherWithMessageKeys() {
        UserAccount bad = new UserAccount(0, "x", " ", "138001380", Locale.GERMAN, true,
                List.of(storeRole(Role.SALES_CONSULTANT, pudong)), null, 0);

        assertThatThrownBy(() -> f.users.create(admin, bad, "short".toCharArray()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("username", "core.user.username.invalid"),
                                org.assertj.core.groups.Tuple.tuple("displayName", "core.field.required"),
                                org.assertj.core.groups.Tuple.tuple("mobile", "validation.mobile.length"),
                                org.assertj.core.groups.Tuple.tuple("locale", "core.user.locale.unsupported"),
                                org.assertj.core.groups.Tuple.tuple("password", "core.password.tooShort"),
                                org.assertj.core.groups.Tuple.tuple("password", "core.password.letterAndDigit")));
        assertThat(f.users.count(admin, "")).isEqualTo(2);
    }

    @Test
    void passwordPolicyNeedsEightCharactersWithLettersAndDigits() {
        assertThatThrownBy(() -> f.users.create(admin, account("a1", storeRole(Role.TECHNICIAN, pudong)),
                "abcdefghij".toCharArray()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("password", "core.password.letterAndDigit")));
        assertThatThrownBy(() -> f.users.create(admin, account("a2", storeRole(Role.TECHNICIAN, pudong)),
                "12345678".toCharArray()))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.users.create(admin, account("a3", storeRole(Role.TECHNICIAN, pudong)),
                "abc1234".toCharArray()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("password", "core.password.tooShort", 8)));
        assertThat(f.users.create(admin, account("a4", storeRole(Role.TECHNICIAN, pudong)), "密码abc12345".toCharArray()))
                .isNotNull();
        assertThat(f.auth.authenticate("a4", "密码abc12345".toCharArray())).isPresent();
    }

    @Test
    void usernamesAreUnique() {
        f.user("qian", storeRole(Role.TECHNICIAN, pudong));
        assertThatThrownBy(() -> f.users.create(admin, account("QIAN", storeRole(Role.TECHNICIAN, pudong)), pw()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("username", "core.user.username.taken", "qian")));
    }

    @Test
    void storeManagerCreatesStoreRolesInTheirOwnStore() {
        UserAccount consultant = f.users.create(pudongManager,
                account("sales.pd", storeRole(Role.SALES_CONSULTANT, pudong), storeRole(Role.STORE_MANAGER, pudong)),
                pw());
        assertThat(f.signIn("sales.pd").scope().storeIds()).containsExactly(pudong.id());
        assertThat(f.users.get(pudongManager, consultant.id())).isPresent();
    }

    @Test
    void storeManagerCannotCreateAGroupAdminOrBrandOrAdminRoles() {
        assertThatThrownBy(() -> f.users.create(pudongManager, account("evil", group(Role.GROUP_ADMIN)), pw()))
                .isInstanceOfSatisfying(NotPermittedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("core.user.role.notGrantable"));
        assertThatThrownBy(() -> f.users.create(pudongManager,
                account("evil", new Membership(Role.GROUP_ADMIN, Level.STORE, pudong.id())), pw()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> f.users.create(pudongManager,
                account("evil", new Membership(Role.INTEGRATOR, Level.STORE, pudong.id())), pw()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> f.users.create(pudongManager, account("evil", brandRole(Role.SALES_MANAGER, byd)),
                pw()))
                .isInstanceOfSatisfying(NotPermittedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("core.user.level.notGrantable"));
        assertThatThrownBy(() -> f.users.create(pudongManager, account("evil"), pw()))
                .isInstanceOf(ValidationException.class);
        assertThat(f.auth.authenticate("evil", pw())).isEmpty();
    }

    @Test
    void storeManagerCannotCreateUsersInAnotherStore() {
        assertThatThrownBy(() -> f.users.create(pudongManager,
                account("other", storeRole(Role.SALES_CONSULTANT, minhang)), pw()))
                .isInstanceOfSatisfying(NotPermittedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.store.outOfScope"));
    }

    @Test
    void storeManagerCannotAdministerAnotherStoresUsers() {
        UserAccount mhUser = f.user("sales.mh", storeRole(Role.SALES_CONSULTANT, minhang));
        UserAccount pdUser = f.user("sales.pd", storeRole(Role.SALES_CONSULTANT, pudong));

        assertThat(f.users.find(pudongManager, "", 0, 100)).extracting(UserAccount::username)
                .containsExactly("manager.pd", "sales.pd");
        assertThat(f.users.count(pudongManager, "sales")).isEqualTo(1);
        assertThat(f.users.get(pudongManager, mhUser.id())).isEmpty();
        assertThatThrownBy(() -> f.users.resetPassword(pudongManager, mhUser.id(), "newpass99".toCharArray()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.users.setEnabled(pudongManager, mhUser.id(), false))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.users.update(pudongManager, mhUser)).isInstanceOf(NotFoundException.class);
        // moving one's own user into another store is refused too
        assertThatThrownBy(() -> f.users.update(pudongManager, new UserAccount(pdUser.id(), pdUser.username(),
                pdUser.displayName(), null, pdUser.locale(), true,
                List.of(storeRole(Role.SALES_CONSULTANT, minhang)), null, pdUser.version())))
                .isInstanceOf(NotPermittedException.class);

        f.users.resetPassword(pudongManager, pdUser.id(), "newpass99".toCharArray());
        assertThat(f.auth.authenticate("sales.pd", "newpass99".toCharArray())).isPresent();
    }

    @Test
    void aUserWhoAlsoWorksElsewhereIsVisibleButOnlyTheGroupAdminChangesThem() {
        UserAccount both = f.user("both", storeRole(Role.SALES_CONSULTANT, pudong),
                storeRole(Role.SALES_CONSULTANT, minhang));
        UserAccount brandAdmin = f.user("brand", brandRole(Role.BRAND_ADMIN, byd), storeRole(Role.SALES_MANAGER, pudong));

        assertThat(f.users.get(pudongManager, both.id())).isPresent();
        assertThatThrownBy(() -> f.users.setEnabled(pudongManager, both.id(), false))
                .isInstanceOfSatisfying(NotPermittedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("core.user.notAdministrable"));
        assertThatThrownBy(() -> f.users.resetPassword(pudongManager, brandAdmin.id(), "takeover1".toCharArray()))
                .isInstanceOf(NotPermittedException.class);
        f.users.setEnabled(admin, both.id(), false);
        assertThat(f.users.get(admin, both.id()).orElseThrow().enabled()).isFalse();
    }

    @Test
    void aStoreManagerWithoutUserEditMayNotAdministerAnyone() {
        f.users.setRolePermissions(admin, Role.STORE_MANAGER, Set.of(CorePermissions.AUDIT_VIEW));
        Actor weakened = f.signIn("manager.pd");
        assertThatThrownBy(() -> f.users.find(weakened, "", 0, 10)).isInstanceOfSatisfying(
                NotPermittedException.class, e -> assertThat(e.messageKey()).isEqualTo("error.permission.missing"));
    }

    @Test
    void updateChecksTheVersionAndReportsAConflict() {
        UserAccount u = f.user("qian", storeRole(Role.TECHNICIAN, pudong));
        UserAccount renamed = f.users.update(admin, new UserAccount(u.id(), u.username(), "钱师傅", "13900139000",
                Locale.ENGLISH, true, List.of(storeRole(Role.QC_INSPECTOR, pudong), storeRole(Role.TECHNICIAN, pudong)),
                null, u.version()));
        assertThat(renamed.displayName()).isEqualTo("钱师傅");
        assertThat(renamed.memberships()).containsExactly(storeRole(Role.QC_INSPECTOR, pudong),
                storeRole(Role.TECHNICIAN, pudong));
        assertThat(renamed.version()).isGreaterThan(u.version());

        assertThatThrownBy(() -> f.users.update(admin, u)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.conflict"));
        assertThat(f.users.get(admin, u.id()).orElseThrow()).isEqualTo(renamed);
    }

    @Test
    void theLastActiveGroupAdminCannotBeDisabledOrDemoted() {
        UserAccount self = f.users.get(admin, admin.userId()).orElseThrow();
        assertThatThrownBy(() -> f.users.setEnabled(admin, admin.userId(), false))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.users.update(admin, new UserAccount(self.id(), self.username(), self.displayName(),
                null, self.locale(), true, List.of(storeRole(Role.STORE_MANAGER, pudong)), null, self.version())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("memberships", "core.user.lastGroupAdmin")));

        f.user("admin2", group(Role.GROUP_ADMIN));
        f.users.setEnabled(admin, admin.userId(), false);
        assertThat(f.auth.authenticate("admin", pw())).isEmpty();
    }

    @Test
    void usersChangeTheirOwnPasswordAndLanguage() {
        Actor qian = f.actor("qian", storeRole(Role.TECHNICIAN, pudong));
        assertThatThrownBy(() -> f.users.changeOwnPassword(qian, "wrong1234".toCharArray(), "better123".toCharArray()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("currentPassword", "core.password.wrongCurrent")));
        assertThatThrownBy(() -> f.users.changeOwnPassword(qian, pw(), "weak".toCharArray()))
                .isInstanceOf(ValidationException.class);
        f.users.changeOwnPassword(qian, pw(), "better123".toCharArray());
        assertThat(f.auth.authenticate("qian", pw())).isEmpty();
        assertThat(f.auth.authenticate("qian", "better123".toCharArray())).isPresent();

        f.users.setOwnLocale(qian, Locale.US);
        assertThat(f.users.get(qian, qian.userId()).orElseThrow().locale()).isEqualTo(Locale.ENGLISH);
        assertThatThrownBy(() -> f.users.setOwnLocale(qian, Locale.JAPANESE)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.users.setOwnLocale(f.system, Locale.ENGLISH))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void rolePermissionsAreEditedByTheGroupAdminOnly() {
        Map<Role, Set<String>> before = f.users.rolePermissions(admin);
        assertThat(before.get(Role.CRM_AGENT)).containsExactly(CorePermissions.IMPORT_RUN);
        assertThat(before.get(Role.SALES_CONSULTANT)).isEmpty();
        assertThat(f.users.permissions(admin)).hasSize(CorePermissions.ALL.size());

        assertThatThrownBy(() -> f.users.setRolePermissions(pudongManager, Role.STORE_MANAGER,
                Set.of(CorePermissions.ORG_EDIT))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> f.users.setRolePermissions(admin, Role.CRM_AGENT, Set.of("no.such")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("permissions", "core.role.permission.unknown", "no.such")));
        assertThatThrownBy(() -> f.users.setRolePermissions(admin, Role.GROUP_ADMIN, Set.of(CorePermissions.ORG_EDIT)))
                .isInstanceOf(ValidationException.class);

        f.users.setRolePermissions(admin, Role.CRM_AGENT, Set.of(CorePermissions.AUDIT_VIEW, CorePermissions.IMPORT_RUN));
        f.users.setRolePermissions(admin, Role.STORE_MANAGER, Set.of());
        Map<Role, Set<String>> after = f.users.rolePermissions(admin);
        assertThat(after.get(Role.CRM_AGENT)).containsExactly(CorePermissions.AUDIT_VIEW, CorePermissions.IMPORT_RUN);
        assertThat(after.get(Role.STORE_MANAGER)).isEmpty();
        assertThat(f.signIn("manager.pd").permissions()).isEmpty();
    }

    @Test
    void passwordHashesNeverReachTheAuditLogButUserChangesDo() throws SQLException {
        UserAccount u = f.user("qian", storeRole(Role.TECHNICIAN, pudong));
        f.users.resetPassword(admin, u.id(), "another123".toCharArray());
        f.auth.authenticate("qian", "wrong-password1".toCharArray());
        f.signIn("admin");

        List<String> entities = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        try (Connection c = f.dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT entity, changes FROM fc_audit")) {
            while (rs.next()) {
                entities.add(rs.getString(1));
                changes.add(String.valueOf(rs.getString(2)));
            }
        }
        assertThat(entities).as("user creation is audited").anyMatch(e -> e.contains("User"));
        assertThat(entities).noneMatch(e -> e.contains("Credential"));
        assertThat(changes).noneMatch(text -> text.contains("$2y$"));
    }
}
