package org.forecourt.forms.impl.internal.osgi;

import java.time.Clock;
import java.util.List;

import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.forms.api.PurposeContribution;
import org.forecourt.forms.api.engine.FormEngine;
import org.forecourt.forms.impl.internal.EventSink;
import org.forecourt.forms.impl.internal.FormsCore;
import org.forecourt.forms.impl.internal.SubjectDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Builds the {@link FormsCore} the services share: the unit, the engine, and the optional collaborators tracked
 * dynamically (organisation, Event Admin bridge, master data bridge, the modules' purpose contributions).
 * Registered under its own (private) class.
 */
@Component(service = FormsCoreComponent.class)
public class FormsCoreComponent {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile OrganisationService organisation;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventSink eventSink;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SubjectDirectory directory;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<PurposeContribution> contributions;

    private final FormsCore core;

    @Activate
    public FormsCoreComponent(@Reference FormsStore store, @Reference FormEngine engine) {
        this.core = new FormsCore(store.jpa(), engine, () -> organisation, Clock.systemUTC(), () -> eventSink,
                () -> directory, () -> contributions);
    }

    public FormsCore core() {
        return core;
    }
}
