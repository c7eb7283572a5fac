package org.forecourt.forms.ui.internal.osgi;

import com.vaadin.flow.component.Component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.forms.api.BindingService;
import org.forecourt.forms.api.FormService;
import org.forecourt.forms.api.FormsPermissions;
import org.forecourt.forms.ui.internal.admin.BindingsView;
import org.forecourt.forms.ui.internal.design.DesignRoutes;
import org.forecourt.ui.api.ViewContribution;

/** Purposes and bound forms at {@code forms/bindings}. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class,
        property = AdminMenuEntries.ROUTE + "=" + DesignRoutes.BINDINGS)
public class AdminBindingsScreen implements ViewContribution {

    private final BindingService bindings;
    private final FormService forms;
    private final OrganisationService organisation;

    @Activate
    public AdminBindingsScreen(@Reference BindingService bindings, @Reference FormService forms,
                               @Reference OrganisationService organisation) {
        this.bindings = bindings;
        this.forms = forms;
        this.organisation = organisation;
    }

    @Override
    public String route() {
        return DesignRoutes.BINDINGS;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return BindingsView.class;
    }

    @Override
    public String permission() {
        return FormsPermissions.BIND;
    }

    @Override
    public Component create() {
        return new BindingsView(bindings, forms, organisation);
    }
}
