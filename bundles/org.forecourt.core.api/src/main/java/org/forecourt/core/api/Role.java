package org.forecourt.core.api;

/**
 * The roles of a dealer group (see domain.md "Who uses it"). A user holds roles at a level of the organisation:
 * group-wide, for one brand (all its stores) or for one store. Which permissions a role grants is data,
 * editable by the group admin; the defaults come from each module's {@link PermissionContribution}.
 */
public enum Role {
    GROUP_ADMIN,
    BRAND_ADMIN,
    STORE_MANAGER,
    SALES_CONSULTANT,
    SALES_MANAGER,
    KEY_ACCOUNT_MANAGER,
    SERVICE_ADVISOR,
    WORKSHOP_SUPERVISOR,
    TECHNICIAN,
    QC_INSPECTOR,
    PARTS_MANAGER,
    CRM_AGENT,
    INTEGRATOR;

    /** Message key of the role's name, e.g. {@code role.SALES_CONSULTANT}. */
    public String labelKey() {
        return "role." + name();
    }
}
