package org.forecourt.forms.impl.internal.osgi;

import org.forecourt.forms.api.BindingService;
import org.forecourt.forms.impl.internal.BindingServiceImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Publishes {@link BindingService}; the logic is {@link BindingServiceImpl}. */
@Component(service = BindingService.class, property = "forecourt.module=forms")
public class BindingServiceComponent extends BindingServiceImpl {

    @Activate
    public BindingServiceComponent(@Reference FormsCoreComponent core) {
        super(core.core());
    }
}
