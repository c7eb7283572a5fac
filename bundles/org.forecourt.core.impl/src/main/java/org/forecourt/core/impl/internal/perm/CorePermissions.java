package org.forecourt.core.impl.internal.perm;

import static org.forecourt.core.api.Role.CRM_AGENT;
import static org.forecourt.core.api.Role.GROUP_ADMIN;
import static org.forecourt.core.api.Role.INTEGRATOR;
import static org.forecourt.core.api.Role.STORE_MANAGER;

import java.util.List;

import org.forecourt.core.api.Permission;
import org.forecourt.core.api.PermissionContribution;

/** The permissions the core checks, with the roles that get them on a fresh installation. */
public class CorePermissions implements PermissionContribution {

    public static final String ORG_EDIT = "core.org.edit";
    public static final String USER_EDIT = "core.user.edit";
    public static final String ROLE_EDIT = "core.role.edit";
    public static final String AUDIT_VIEW = "core.audit.view";
    public static final String APIKEY_MANAGE = "core.apikey.manage";
    public static final String INTEGRATION_VIEW = "core.integration.view";
    public static final String INTEGRATION_MANAGE = "core.integration.manage";
    public static final String IMPORT_RUN = "core.import.run";
    public static final String ADMIN_SHELL = "core.admin.shell";

    public static final List<Permission> ALL = List.of(
            Permission.of(ORG_EDIT, GROUP_ADMIN),
            Permission.of(USER_EDIT, GROUP_ADMIN, STORE_MANAGER),
            Permission.of(ROLE_EDIT, GROUP_ADMIN),
            Permission.of(AUDIT_VIEW, GROUP_ADMIN, STORE_MANAGER),
            Permission.of(APIKEY_MANAGE, GROUP_ADMIN, INTEGRATOR),
            Permission.of(INTEGRATION_VIEW, GROUP_ADMIN, INTEGRATOR, STORE_MANAGER),
            Permission.of(INTEGRATION_MANAGE, GROUP_ADMIN, INTEGRATOR),
            Permission.of(IMPORT_RUN, GROUP_ADMIN, STORE_MANAGER, CRM_AGENT),
            Permission.of(ADMIN_SHELL, GROUP_ADMIN, INTEGRATOR));

    @Override
    public String module() {
        return "core";
    }

    @Override
    public List<Permission> permissions() {
        return ALL;
    }
}
