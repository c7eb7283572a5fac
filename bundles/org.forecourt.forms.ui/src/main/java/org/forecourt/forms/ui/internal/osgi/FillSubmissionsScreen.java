package org.forecourt.forms.ui.internal.osgi;

import com.vaadin.flow.component.Component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import org.forecourt.forms.api.BindingService;
import org.forecourt.forms.api.FormsPermissions;
import org.forecourt.forms.api.SubmissionService;
import org.forecourt.forms.ui.internal.fill.FillRoutes;
import org.forecourt.forms.ui.internal.fill.SubmissionsView;
import org.forecourt.ui.api.ViewContribution;

/** The submissions list at {@code forms/submissions}. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class,
        property = FillScreens.ROUTE + "=" + FillRoutes.SUBMISSIONS)
public class FillSubmissionsScreen implements ViewContribution {

    private final SubmissionService submissions;
    private final BindingService bindings;

    @Activate
    public FillSubmissionsScreen(@Reference SubmissionService submissions, @Reference BindingService bindings) {
        this.submissions = submissions;
        this.bindings = bindings;
    }

    @Override
    public String route() {
        return FillRoutes.SUBMISSIONS;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return SubmissionsView.class;
    }

    @Override
    public String permission() {
        return FormsPermissions.SUBMISSION_VIEW;
    }

    @Override
    public Component create() {
        return new SubmissionsView(submissions, bindings);
    }
}
