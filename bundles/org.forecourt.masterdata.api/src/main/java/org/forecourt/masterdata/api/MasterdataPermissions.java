package org.forecourt.masterdata.api;

/**
 * The permissions the master data services check (declared by the implementation's
 * {@link org.forecourt.core.api.PermissionContribution}, module {@value #MODULE}). Reading the model catalogue needs
 * no permission: every signed-in actor may.
 */
public final class MasterdataPermissions {

    /** The module id: permission prefix, message key prefix and persistence unit name. */
    public static final String MODULE = "masterdata";

    /** Read customers of the stores in scope (search, count, open). */
    public static final String CUSTOMER_VIEW = "masterdata.customer.view";
    /** Create, change and import customers. */
    public static final String CUSTOMER_EDIT = "masterdata.customer.edit";
    /** Read vehicles, their odometer history and owners. */
    public static final String VEHICLE_VIEW = "masterdata.vehicle.view";
    /** Create, change and import vehicles, record odometer readings, change owners. */
    public static final String VEHICLE_EDIT = "masterdata.vehicle.edit";
    /** Edit a brand's models and trims (and only of brands the actor's scope covers). */
    public static final String CATALOG_EDIT = "masterdata.catalog.edit";

    private MasterdataPermissions() {
    }
}
