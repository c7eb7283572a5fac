package org.forecourt.forms.ui.internal.osgi;

import com.vaadin.flow.component.Component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.forms.api.FormService;
import org.forecourt.forms.api.FormsPermissions;
import org.forecourt.forms.api.SubmissionService;
import org.forecourt.forms.api.engine.FormEngine;
import org.forecourt.forms.ui.internal.fill.FillRoutes;
import org.forecourt.forms.ui.internal.fill.SubmissionView;
import org.forecourt.ui.api.ViewContribution;

/**
 * One submission at {@code forms/submission/:id}: filling a draft needs {@code forms.fill} (the route's
 * permission); the service refuses others' submissions without {@code forms.submission.view}.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class,
        property = FillScreens.ROUTE + "=" + FillRoutes.SUBMISSION)
public class FillSubmissionScreen implements ViewContribution {

    private final FormEngine engine;
    private final FormService forms;
    private final SubmissionService submissions;
    private final OrganisationService organisation;
    private final PdfFontSettings pdf;

    @Activate
    public FillSubmissionScreen(@Reference FormEngine engine, @Reference FormService forms,
                                @Reference SubmissionService submissions, @Reference OrganisationService organisation,
                                @Reference PdfFontSettings pdf) {
        this.engine = engine;
        this.forms = forms;
        this.submissions = submissions;
        this.organisation = organisation;
        this.pdf = pdf;
    }

    @Override
    public String route() {
        return FillRoutes.SUBMISSION;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return SubmissionView.class;
    }

    @Override
    public String permission() {
        return FormsPermissions.FILL;
    }

    @Override
    public Component create() {
        return new SubmissionView(engine, forms, submissions, organisation, pdf.fonts());
    }
}
