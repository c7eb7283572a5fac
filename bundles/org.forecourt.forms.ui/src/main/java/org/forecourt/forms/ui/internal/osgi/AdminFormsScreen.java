package org.forecourt.forms.ui.internal.osgi;

import com.vaadin.flow.component.Component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.forms.api.FormService;
import org.forecourt.forms.api.FormsPermissions;
import org.forecourt.forms.ui.internal.admin.FormsListView;
import org.forecourt.forms.ui.internal.design.DesignRoutes;
import org.forecourt.ui.api.ViewContribution;

/** The forms list at {@code forms}. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class,
        property = AdminMenuEntries.ROUTE + "=" + DesignRoutes.FORMS)
public class AdminFormsScreen implements ViewContribution {

    private final FormService forms;
    private final OrganisationService organisation;

    @Activate
    public AdminFormsScreen(@Reference FormService forms, @Reference OrganisationService organisation) {
        this.forms = forms;
        this.organisation = organisation;
    }

    @Override
    public String route() {
        return DesignRoutes.FORMS;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return FormsListView.class;
    }

    @Override
    public String permission() {
        return FormsPermissions.DESIGN_VIEW;
    }

    @Override
    public Component create() {
        return new FormsListView(forms, organisation);
    }
}
