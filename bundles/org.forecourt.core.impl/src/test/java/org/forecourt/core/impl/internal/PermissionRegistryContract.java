package org.forecourt.core.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.forecourt.core.api.Permission;
import org.forecourt.core.api.PermissionContribution;
import org.forecourt.core.api.Role;
import org.forecourt.core.impl.internal.perm.CorePermissions;
import org.forecourt.core.impl.internal.perm.PermissionRegistry;
import org.junit.jupiter.api.Test;

/** Permissions are stored once and granted to their default roles only the first time they are seen. */
public abstract class PermissionRegistryContract extends DatabaseTest {

    /** A module as a bundle would register it: a new instance each time the bundle starts. */
    static PermissionContribution sales(Permission... permissions) {
        return new PermissionContribution() {
            @Override
            public String module() {
                return "sales";
            }

            @Override
            public List<Permission> permissions() {
                return List.of(permissions);
            }
        };
    }

    private Map<Role, Set<String>> grants() {
        return f.users.rolePermissions(f.system);
    }

    @Test
    void theCorePermissionsGoToTheirDefaultRoles() {
        Map<Role, Set<String>> g = grants();
        assertThat(g.get(Role.GROUP_ADMIN)).hasSize(9);
        assertThat(g.get(Role.STORE_MANAGER)).containsExactly("core.audit.view", "core.import.run",
                "core.integration.view", "core.user.edit");
        assertThat(g.get(Role.INTEGRATOR)).containsExactly("core.admin.shell", "core.apikey.manage",
                "core.integration.manage", "core.integration.view");
        assertThat(g.get(Role.CRM_AGENT)).containsExactly("core.import.run");
        assertThat(g.get(Role.SALES_CONSULTANT)).isEmpty();
    }

    @Test
    void defaultsAreGrantedOnceAndAnAdministratorsRemovalSurvivesARestartOfTheModule() {
        Permission leadEdit = Permission.of("sales.lead.edit", Role.SALES_CONSULTANT, Role.SALES_MANAGER);
        PermissionContribution first = sales(leadEdit);
        f.registry.register(first);
        assertThat(grants().get(Role.SALES_CONSULTANT)).containsExactly("sales.lead.edit");
        assertThat(f.registry.declared()).extracting(Permission::name).contains("sales.lead.edit");

        f.users.setRolePermissions(f.system, Role.SALES_CONSULTANT, Set.of());
        f.registry.unregister(first);
        assertThat(f.registry.declared()).extracting(Permission::name).doesNotContain("sales.lead.edit");
        assertThat(f.registry.known()).as("still known while the module is away").contains("sales.lead.edit");

        // the module comes back (restart or update), now declaring one permission more
        Permission orderSign = Permission.of("sales.order.sign", Role.SALES_MANAGER);
        f.registry.register(sales(leadEdit, orderSign));

        assertThat(grants().get(Role.SALES_CONSULTANT)).as("the removal is kept").isEmpty();
        assertThat(grants().get(Role.SALES_MANAGER)).containsExactly("sales.lead.edit", "sales.order.sign");
        assertThat(f.registry.declared()).extracting(Permission::name).contains("sales.lead.edit", "sales.order.sign");
    }

    @Test
    void registeringTheSameContributionTwiceChangesNothing() {
        f.registry.register(new CorePermissions());
        f.registry.register(new CorePermissions());
        assertThat(grants().get(Role.GROUP_ADMIN)).hasSize(9);
        assertThat(f.registry.declared()).hasSize(9);
    }

    @Test
    void aFreshRegistryOnTheSameDatabaseKeepsTheAdministratorsChoices() {
        f.users.setRolePermissions(f.system, Role.STORE_MANAGER, Set.of(CorePermissions.AUDIT_VIEW));
        PermissionRegistry afterRestart = new PermissionRegistry(f.jpa, f.clock);
        afterRestart.register(new CorePermissions());
        assertThat(grants().get(Role.STORE_MANAGER)).containsExactly(CorePermissions.AUDIT_VIEW);
    }

    @Test
    void aBrokenContributionIsIgnored() {
        f.registry.register(new PermissionContribution() {
            @Override
            public String module() {
                return "broken";
            }

            @Override
            public List<Permission> permissions() {
                throw new IllegalStateException("boom");
            }
        });
        assertThat(f.registry.declared()).hasSize(9);
    }
}
