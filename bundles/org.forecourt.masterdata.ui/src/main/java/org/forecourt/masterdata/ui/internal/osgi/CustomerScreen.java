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
import org.forecourt.masterdata.ui.internal.customer.CustomerView;
import org.forecourt.ui.api.ViewContribution;

/** A customer at {@code customers/:id} (and a new one at {@code customers/new}); editing needs {@code masterdata.customer.edit}. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class,
        property = ScreenProperties.ROUTE + "=" + Routes.CUSTOMER)
public class CustomerScreen implements ViewContribution {

    private final CustomerService customers;
    private final VehicleService vehicles;
    private final CatalogService catalog;
    private final OrganisationService organisation;

    @Activate
    public CustomerScreen(@Reference CustomerService customers, @Reference VehicleService vehicles,
                          @Reference CatalogService catalog, @Reference OrganisationService organisation) {
        this.customers = customers;
        this.vehicles = vehicles;
        this.catalog = catalog;
        this.organisation = organisation;
    }

    @Override
    public String route() {
        return Routes.CUSTOMER;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return CustomerView.class;
    }

    @Override
    public String permission() {
        return MasterdataPermissions.CUSTOMER_VIEW;
    }

    @Override
    public Component create() {
        return new CustomerView(customers, vehicles, catalog, organisation);
    }
}
