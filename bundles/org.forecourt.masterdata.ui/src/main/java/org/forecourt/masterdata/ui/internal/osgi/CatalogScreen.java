package org.forecourt.masterdata.ui.internal.osgi;

import com.vaadin.flow.component.Component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.masterdata.api.catalog.CatalogService;
import org.forecourt.masterdata.ui.internal.Routes;
import org.forecourt.masterdata.ui.internal.catalog.CatalogView;
import org.forecourt.ui.api.ViewContribution;

/** The model catalogue at {@code catalog}: open to everyone signed in; editing needs {@code masterdata.catalog.edit}. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class,
        property = ScreenProperties.ROUTE + "=" + Routes.CATALOG)
public class CatalogScreen implements ViewContribution {

    private final CatalogService catalog;
    private final OrganisationService organisation;

    @Activate
    public CatalogScreen(@Reference CatalogService catalog, @Reference OrganisationService organisation) {
        this.catalog = catalog;
        this.organisation = organisation;
    }

    @Override
    public String route() {
        return Routes.CATALOG;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return CatalogView.class;
    }

    @Override
    public String permission() {
        return null;
    }

    @Override
    public Component create() {
        return new CatalogView(catalog, organisation);
    }
}
