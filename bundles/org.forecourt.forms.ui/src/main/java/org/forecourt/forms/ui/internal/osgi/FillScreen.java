package org.forecourt.forms.ui.internal.osgi;

import com.vaadin.flow.component.Component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.forms.api.BindingService;
import org.forecourt.forms.api.FormService;
import org.forecourt.forms.api.FormsPermissions;
import org.forecourt.forms.api.SubmissionService;
import org.forecourt.forms.ui.internal.fill.FillRoutes;
import org.forecourt.forms.ui.internal.fill.FillView;
import org.forecourt.ui.api.ViewContribution;

/** "Fill a form" at {@code forms/fill}. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class,
        property = FillScreens.ROUTE + "=" + FillRoutes.FILL)
public class FillScreen implements ViewContribution {

    private final FormService forms;
    private final BindingService bindings;
    private final SubmissionService submissions;
    private final OrganisationService organisation;

    @Activate
    public FillScreen(@Reference FormService forms, @Reference BindingService bindings,
                      @Reference SubmissionService submissions, @Reference OrganisationService organisation) {
        this.forms = forms;
        this.bindings = bindings;
        this.submissions = submissions;
        this.organisation = organisation;
    }

    @Override
    public String route() {
        return FillRoutes.FILL;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return FillView.class;
    }

    @Override
    public String permission() {
        return FormsPermissions.FILL;
    }

    @Override
    public Component create() {
        return new FillView(forms, bindings, submissions, organisation);
    }
}
