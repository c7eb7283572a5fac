package org.forecourt.masterdata.ui.internal.osgi;

import com.vaadin.flow.component.Component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.masterdata.api.MasterdataPermissions;
import org.forecourt.masterdata.api.catalog.CatalogService;
import org.forecourt.masterdata.api.vehicle.VehicleService;
import org.forecourt.masterdata.ui.internal.Routes;
import org.forecourt.masterdata.ui.internal.vehicle.VehiclesView;
import org.forecourt.ui.api.ViewContribution;

/** The vehicle list at {@code vehicles}. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class,
        property = ScreenProperties.ROUTE + "=" + Routes.VEHICLES)
public class VehiclesScreen implements ViewContribution {

    private final VehicleService vehicles;
    private final CatalogService catalog;
    private final OrganisationService organisation;

    @Activate
    public VehiclesScreen(@Reference VehicleService vehicles, @Reference CatalogService catalog,
                          @Reference OrganisationService organisation) {
        this.vehicles = vehicles;
        this.catalog = catalog;
        this.organisation = organisation;
    }

    @Override
    public String route() {
        return Routes.VEHICLES;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return VehiclesView.class;
    }

    @Override
    public String permission() {
        return MasterdataPermissions.VEHICLE_VIEW;
    }

    @Override
    public Component create() {
        return new VehiclesView(vehicles, catalog, organisation);
    }
}
