package org.forecourt.core.impl.internal.osgi;

import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.core.impl.internal.org.OrganisationServiceImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = OrganisationService.class)
public class OrganisationComponent extends OrganisationServiceImpl {

    @Activate
    public OrganisationComponent(@Reference CoreDatabase database, @Reference CoreSettings settings) {
        super(database.jpa(), settings.groupName(), settings.defaultZone());
    }
}
