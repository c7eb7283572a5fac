package org.forecourt.masterdata.impl.internal;

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
import org.forecourt.masterdata.api.MasterdataPermissions;

/**
 * The module's permissions with their default roles.
 * <ul>
 * <li>view customers / vehicles: every store role (and group and brand admins, who oversee stores); not the
 * integrator, whose connectors act as system actors.</li>
 * <li>edit customers: the roles that talk to customers (sales, service reception, CRM, key accounts, store
 * manager) and the group admin.</li>
 * <li>edit vehicles: the same plus the workshop supervisor (corrects VIN/plate/mileage at dispatch). Parts managers
 * and technicians look vehicles up by VIN but do not change them.</li>
 * <li>edit the catalogue: group admin and brand admin (of their brand, enforced by the service).</li>
 * </ul>
 */
public final class MasterdataPermissionList {

    public static final String MODULE = MasterdataPermissions.MODULE;

    private static final Role[] STORE_ROLES = {STORE_MANAGER, SALES_CONSULTANT, SALES_MANAGER, KEY_ACCOUNT_MANAGER,
        SERVICE_ADVISOR, WORKSHOP_SUPERVISOR, TECHNICIAN, QC_INSPECTOR, PARTS_MANAGER, CRM_AGENT, GROUP_ADMIN,
        BRAND_ADMIN};

    public static final List<Permission> PERMISSIONS = List.of(
            Permission.of(MasterdataPermissions.CUSTOMER_VIEW, STORE_ROLES),
            Permission.of(MasterdataPermissions.CUSTOMER_EDIT, SALES_CONSULTANT, SALES_MANAGER, SERVICE_ADVISOR,
                    CRM_AGENT, STORE_MANAGER, KEY_ACCOUNT_MANAGER, GROUP_ADMIN),
            Permission.of(MasterdataPermissions.VEHICLE_VIEW, STORE_ROLES),
            Permission.of(MasterdataPermissions.VEHICLE_EDIT, SALES_CONSULTANT, SALES_MANAGER, SERVICE_ADVISOR,
                    WORKSHOP_SUPERVISOR, CRM_AGENT, STORE_MANAGER, KEY_ACCOUNT_MANAGER, GROUP_ADMIN),
            Permission.of(MasterdataPermissions.CATALOG_EDIT, GROUP_ADMIN, BRAND_ADMIN));

    private MasterdataPermissionList() {
    }
}
