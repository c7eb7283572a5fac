package org.forecourt.forms.impl.internal.osgi;

import org.forecourt.forms.api.FormService;
import org.forecourt.forms.impl.internal.FormServiceImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Publishes {@link FormService}; the logic is {@link FormServiceImpl}. */
@Component(service = FormService.class, property = "forecourt.module=forms")
public class FormServiceComponent extends FormServiceImpl {

    @Activate
    public FormServiceComponent(@Reference FormsCoreComponent core) {
        super(core.core());
    }
}
