package org.forecourt.integration.ui.internal;

import org.forecourt.integration.api.IntegrationService;
import org.forecourt.ui.api.Menu;
import org.forecourt.ui.api.MenuContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** "Integrations" in the administration section; present exactly while the screen is (same service needed). */
@Component(service = MenuContribution.class)
public class IntegrationsMenuComponent implements MenuContribution {

    @Activate
    public IntegrationsMenuComponent(@Reference IntegrationService service) {
        // only the dependency matters: no service, no menu entry
    }

    @Override
    public String section() {
        return Menu.ADMIN;
    }

    @Override
    public String labelKey() {
        return "integration.ui.menu";
    }

    @Override
    public String icon() {
        return "CONNECT";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String route() {
        return IntegrationsViewComponent.ROUTE;
    }

    @Override
    public String permission() {
        return IntegrationService.PERMISSION_VIEW;
    }
}
