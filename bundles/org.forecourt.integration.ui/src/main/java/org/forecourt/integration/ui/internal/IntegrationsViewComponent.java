package org.forecourt.integration.ui.internal;

import com.vaadin.flow.component.Component;

import org.forecourt.integration.api.IntegrationService;
import org.forecourt.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The Integrations screen at {@code /integrations}, while the integration host's service is there. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class IntegrationsViewComponent implements ViewContribution {

    public static final String ROUTE = "integrations";

    private final IntegrationService service;

    @Activate
    public IntegrationsViewComponent(@Reference IntegrationService service) {
        this.service = service;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return IntegrationsView.class;
    }

    @Override
    public String permission() {
        return IntegrationService.PERMISSION_VIEW;
    }

    @Override
    public Component create() {
        return new IntegrationsView(service);
    }
}
