package org.forecourt.imports.ui.internal;

import com.vaadin.flow.component.Component;

import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.imports.api.ImportService;
import org.forecourt.ui.api.Menu;
import org.forecourt.ui.api.MenuContribution;
import org.forecourt.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * The Import screen at {@value #ROUTE} and its menu entry (section "Customers &amp; vehicles", after the catalogue),
 * both guarded by {@code core.import.run}; registered while the import service is there.
 */
@org.osgi.service.component.annotations.Component(service = {ViewContribution.class, MenuContribution.class},
        property = "forecourt.module=imports.ui")
public class ImportScreen implements ViewContribution, MenuContribution {

    public static final String ROUTE = "import";
    public static final String LABEL = "importui.menu";

    private final ImportService imports;
    private final OrganisationService organisation;

    @Activate
    public ImportScreen(@Reference ImportService imports, @Reference OrganisationService organisation) {
        this.imports = imports;
        this.organisation = organisation;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return ImportView.class;
    }

    @Override
    public String permission() {
        return ImportService.PERMISSION;
    }

    @Override
    public Component create() {
        return new ImportView(imports, organisation);
    }

    @Override
    public String section() {
        return Menu.MASTERDATA;
    }

    @Override
    public String labelKey() {
        return LABEL;
    }

    @Override
    public String icon() {
        return "UPLOAD";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String toString() {
        return "ImportScreen[/" + ROUTE + "]";
    }
}
