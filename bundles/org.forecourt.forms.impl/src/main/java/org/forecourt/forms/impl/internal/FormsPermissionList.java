package org.forecourt.forms.impl.internal;

import static org.forecourt.core.api.Role.BRAND_ADMIN;
import static org.forecourt.core.api.Role.CRM_AGENT;
import static org.forecourt.core.api.Role.GROUP_ADMIN;
import static org.forecourt.core.api.Role.KEY_ACCOUNT_MANAGER;
import static org.forecourt.core.api.Role.PARTS_MANAGER;
import static org.forecourt.core.api.Role.QC_INSPECTOR;
import static org.forecourt.core.api.Role.SALES_CONSULTANT;
import static org.forecourt.core.api.Role.SALES_MANAGER;
import static org.forecourt.core.api.Role.SERVICE_ADVISOR;
import static org.forecourt.core.api.Role.STORE_MANAGER;
import static org.forecourt.core.api.Role.TECHNICIAN;
import static org.forecourt.core.api.Role.WORKSHOP_SUPERVISOR;

import java.util.List;

import org.forecourt.core.api.Permission;
import org.forecourt.core.api.Role;
import org.forecourt.forms.api.FormsPermissions;

/**
 * The module's permissions with their default roles.
 * <ul>
 * <li>design view: group and brand admins, and the managers who read their brand's forms (store, sales and
 * workshop managers).</li>
 * <li>design edit: group admin (group templates and every brand) and brand admin (their brand's and stores'
 * forms, enforced by the service).</li>
 * <li>bind: group and brand admins; store managers bind forms for their store (store bindings only: binding for a
 * brand or the group also needs design edit).</li>
 * <li>fill: every store role, group and brand admins.</li>
 * <li>submission view (others' submissions of the stores in scope): managers, QC inspectors, CRM agents, group
 * and brand admins. Everyone sees their own.</li>
 * </ul>
 */
public final class FormsPermissionList {

    public static final String MODULE = FormsPermissions.MODULE;

    private static final Role[] STORE_ROLES = {STORE_MANAGER, SALES_CONSULTANT, SALES_MANAGER, KEY_ACCOUNT_MANAGER,
        SERVICE_ADVISOR, WORKSHOP_SUPERVISOR, TECHNICIAN, QC_INSPECTOR, PARTS_MANAGER, CRM_AGENT, GROUP_ADMIN,
        BRAND_ADMIN};

    public static final List<Permission> PERMISSIONS = List.of(
            Permission.of(FormsPermissions.DESIGN_VIEW, GROUP_ADMIN, BRAND_ADMIN, STORE_MANAGER, SALES_MANAGER,
                    WORKSHOP_SUPERVISOR),
            Permission.of(FormsPermissions.DESIGN_EDIT, GROUP_ADMIN, BRAND_ADMIN),
            Permission.of(FormsPermissions.BIND, GROUP_ADMIN, BRAND_ADMIN, STORE_MANAGER),
            Permission.of(FormsPermissions.FILL, STORE_ROLES),
            Permission.of(FormsPermissions.SUBMISSION_VIEW, GROUP_ADMIN, BRAND_ADMIN, STORE_MANAGER, SALES_MANAGER,
                    WORKSHOP_SUPERVISOR, QC_INSPECTOR, CRM_AGENT));

    private FormsPermissionList() {
    }
}
