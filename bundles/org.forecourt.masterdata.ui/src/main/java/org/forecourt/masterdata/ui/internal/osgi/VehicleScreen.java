package org.forecourt.masterdata.ui.internal.osgi;

import com.vaadin.flow.component.Component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.masterdata.api.MasterdataPermissions;
import org.forecourt.masterdata.api.catalog.CatalogService;
import org.forecourt.masterdata.api.customer.CustomerService;
import org.forecourt.masterdata.api.vehicle.VehicleService;
import org.forecourt.masterdata.ui.internal.Routes;
import org.forecourt.masterdata.ui.internal.vehicle.VehicleView;
import org.forecourt.ui.api.ViewContribution;

/** A vehicle at {@code vehicles/:id} (and a new one at {@code vehicles/new}); editing needs {@code masterdata.vehicle.edit}. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class,
        property = ScreenProperties.ROUTE + "=" + Routes.VEHICLE)
public class VehicleScreen implements ViewContribution {

    private final VehicleService vehicles;
    private final CustomerService customers;
    private final CatalogService catalog;
    private final OrganisationService organisation;

    @Activate
    public VehicleScreen(@Reference VehicleService vehicles, @Reference CustomerService customers,
                         @Reference CatalogService catalog, @Reference OrganisationService organisation) {
        this.vehicles = vehicles;
        this.customers = customers;
        this.catalog = catalog;
        this.organisation = organisation;
    }

    @Override
    public String route() {
        return Routes.VEHICLE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return VehicleView.class;
    }

    @Override
    public String permission() {
        return MasterdataPermissions.VEHICLE_VIEW;
    }

    @Override
    public Component create() {
        return new VehicleView(vehicles, customers, catalog, organisation);
    }
}
