package org.forecourt.forms.impl.internal.osgi;

import org.forecourt.forms.api.SubmissionService;
import org.forecourt.forms.impl.internal.SubmissionServiceImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Publishes {@link SubmissionService}; the logic is {@link SubmissionServiceImpl}. */
@Component(service = SubmissionService.class, property = "forecourt.module=forms")
public class SubmissionServiceComponent extends SubmissionServiceImpl {

    @Activate
    public SubmissionServiceComponent(@Reference FormsCoreComponent core) {
        super(core.core());
    }
}
