package org.forecourt.core.ui.internal.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.forecourt.core.api.Permission;
import org.forecourt.core.api.Role;
import org.forecourt.core.ui.internal.roles.PermissionMatrix.Change;
import org.forecourt.core.ui.internal.roles.PermissionMatrix.Module;

class PermissionMatrixTest {

    static final List<Permission> DECLARED = List.of(
            Permission.of("sales.lead.edit", Role.SALES_CONSULTANT),
            Permission.of("core.user.edit", Role.GROUP_ADMIN),
            Permission.of("core.role.edit", Role.GROUP_ADMIN),
            Permission.of("aftersales.order.edit", Role.SERVICE_ADVISOR),
            Permission.of("core.audit.view", Role.GROUP_ADMIN));

    static Map<Role, Set<String>> grants() {
        Map<Role, Set<String>> g = new EnumMap<>(Role.class);
        g.put(Role.GROUP_ADMIN, Set.of("core.user.edit", "core.role.edit", "core.audit.view"));
        g.put(Role.STORE_MANAGER, Set.of("core.user.edit", "retired.module.thing"));
        g.put(Role.SALES_CONSULTANT, Set.of("sales.lead.edit"));
        return g;
    }

    @Test
    void groupsByModuleCoreFirstThenByIdPermissionsByName() {
        PermissionMatrix m = new PermissionMatrix(DECLARED, grants());
        assertThat(m.modules()).extracting(Module::id).containsExactly("core", "aftersales", "sales");
        assertThat(m.modules().get(0).permissions()).extracting(Permission::name)
                .containsExactly("core.audit.view", "core.role.edit", "core.user.edit");
        assertThat(PermissionMatrix.moduleOf("masterdata.customer.edit")).isEqualTo("masterdata");
    }

    @Test
    void untouchedMatrixHasNoChanges() {
        PermissionMatrix m = new PermissionMatrix(DECLARED, grants());
        assertThat(m.isDirty()).isFalse();
        assertThat(m.changes()).isEmpty();
        assertThat(m.changedCount()).isZero();
        assertThat(m.granted(Role.TECHNICIAN, "core.user.edit")).isFalse();
    }

    @Test
    void changesListAddedAndRemovedPerRoleAndKeepUndeclaredGrants() {
        PermissionMatrix m = new PermissionMatrix(DECLARED, grants());
        m.set(Role.STORE_MANAGER, "core.audit.view", true);
        m.set(Role.STORE_MANAGER, "core.user.edit", false);
        m.set(Role.TECHNICIAN, "aftersales.order.edit", true);

        Map<Role, Change> changes = m.changes();
        assertThat(changes.keySet()).containsExactly(Role.STORE_MANAGER, Role.TECHNICIAN);
        Change manager = changes.get(Role.STORE_MANAGER);
        assertThat(manager.added()).containsExactly("core.audit.view");
        assertThat(manager.removed()).containsExactly("core.user.edit");
        assertThat(manager.result()).containsExactly("core.audit.view", "retired.module.thing");
        assertThat(changes.get(Role.TECHNICIAN).result()).containsExactly("aftersales.order.edit");
        assertThat(m.changedCount()).isEqualTo(3);
        assertThat(m.changed(Role.STORE_MANAGER, "core.audit.view")).isTrue();
        assertThat(m.changed(Role.SALES_CONSULTANT, "sales.lead.edit")).isFalse();
    }

    @Test
    void togglingBackIsNoChange() {
        PermissionMatrix m = new PermissionMatrix(DECLARED, grants());
        assertThat(m.set(Role.SALES_CONSULTANT, "sales.lead.edit", false)).isTrue();
        assertThat(m.set(Role.SALES_CONSULTANT, "sales.lead.edit", true)).isTrue();
        assertThat(m.set(Role.SALES_CONSULTANT, "sales.lead.edit", true)).isFalse();
        assertThat(m.isDirty()).isFalse();
    }

    @Test
    void groupAdminKeepsRoleEdit() {
        PermissionMatrix m = new PermissionMatrix(DECLARED, grants());
        assertThat(m.locked(Role.GROUP_ADMIN, "core.role.edit")).isTrue();
        assertThat(m.locked(Role.STORE_MANAGER, "core.role.edit")).isFalse();
        assertThat(m.set(Role.GROUP_ADMIN, "core.role.edit", false)).isFalse();
        assertThat(m.granted(Role.GROUP_ADMIN, "core.role.edit")).isTrue();
        assertThat(m.isDirty()).isFalse();
    }

    @Test
    void resetDiscardsEdits() {
        PermissionMatrix m = new PermissionMatrix(DECLARED, grants());
        m.set(Role.CRM_AGENT, "sales.lead.edit", true);
        m.reset();
        assertThat(m.isDirty()).isFalse();
        assertThat(m.granted(Role.CRM_AGENT, "sales.lead.edit")).isFalse();
    }

    @Test
    void conflictsAreChangedRolesThatSomeoneElseChangedMeanwhile() {
        PermissionMatrix m = new PermissionMatrix(DECLARED, grants());
        m.set(Role.STORE_MANAGER, "core.audit.view", true);
        m.set(Role.TECHNICIAN, "aftersales.order.edit", true);

        assertThat(m.conflicts(grants())).isEmpty();

        Map<Role, Set<String>> now = grants();
        now.put(Role.STORE_MANAGER, Set.of("core.user.edit"));
        now.put(Role.SALES_CONSULTANT, Set.of());
        assertThat(m.conflicts(now)).containsExactly(Role.STORE_MANAGER);
    }

    @Test
    void duplicateDeclarationsCountOnce() {
        List<Permission> twice = new java.util.ArrayList<>(DECLARED);
        twice.add(Permission.of("core.user.edit"));
        assertThat(new PermissionMatrix(twice, Map.of()).permissions()).hasSize(DECLARED.size());
    }
}
