package org.forecourt.forms.ui.internal.osgi;

import com.vaadin.flow.component.Component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.forms.api.BindingService;
import org.forecourt.forms.api.FormService;
import org.forecourt.forms.api.FormsPermissions;
import org.forecourt.forms.api.engine.FormEngine;
import org.forecourt.forms.ui.internal.design.DesignRoutes;
import org.forecourt.forms.ui.internal.design.DesignerView;
import org.forecourt.ui.api.ViewContribution;

/** The form designer at {@code forms/design/:formId}; changing needs {@code forms.design.edit}. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class,
        property = AdminMenuEntries.ROUTE + "=" + DesignRoutes.DESIGNER)
public class DesignScreen implements ViewContribution {

    private final FormService forms;
    private final FormEngine engine;
    private final BindingService bindings;
    private final OrganisationService organisation;

    @Activate
    public DesignScreen(@Reference FormService forms, @Reference FormEngine engine,
                        @Reference BindingService bindings, @Reference OrganisationService organisation) {
        this.forms = forms;
        this.engine = engine;
        this.bindings = bindings;
        this.organisation = organisation;
    }

    @Override
    public String route() {
        return DesignRoutes.DESIGNER;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return DesignerView.class;
    }

    @Override
    public String permission() {
        return FormsPermissions.DESIGN_VIEW;
    }

    @Override
    public Component create() {
        return new DesignerView(forms, engine, bindings, organisation);
    }
}
