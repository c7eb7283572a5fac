package org.forecourt.masterdata.ui.internal.osgi;

import com.vaadin.flow.component.Component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.masterdata.api.MasterdataPermissions;
import org.forecourt.masterdata.api.customer.CustomerService;
import org.forecourt.masterdata.ui.internal.Routes;
import org.forecourt.masterdata.ui.internal.customer.CustomersView;
import org.forecourt.ui.api.ViewContribution;

/** The customer list at {@code customers}. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class,
        property = ScreenProperties.ROUTE + "=" + Routes.CUSTOMERS)
public class CustomersScreen implements ViewContribution {

    private final CustomerService customers;
    private final OrganisationService organisation;

    @Activate
    public CustomersScreen(@Reference CustomerService customers, @Reference OrganisationService organisation) {
        this.customers = customers;
        this.organisation = organisation;
    }

    @Override
    public String route() {
        return Routes.CUSTOMERS;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return CustomersView.class;
    }

    @Override
    public String permission() {
        return MasterdataPermissions.CUSTOMER_VIEW;
    }

    @Override
    public Component create() {
        return new CustomersView(customers, organisation);
    }
}
