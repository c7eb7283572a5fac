package org.forecourt.forms.impl.internal.osgi;

import org.forecourt.forms.api.FormGate;
import org.forecourt.forms.impl.internal.FormGateImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Publishes {@link FormGate}; the logic is {@link FormGateImpl}. */
@Component(service = FormGate.class, property = "forecourt.module=forms")
public class FormGateComponent extends FormGateImpl {

    @Activate
    public FormGateComponent(@Reference FormsCoreComponent core) {
        super(core.core());
    }
}
