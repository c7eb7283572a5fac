package org.forecourt.core.impl.internal.osgi;

import java.time.Clock;

import org.forecourt.core.api.PermissionContribution;
import org.forecourt.core.impl.internal.perm.PermissionRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tracks every {@link PermissionContribution} (whiteboard) for as long as the core's database is there. */
@Component(service = PermissionRegistry.class, immediate = true)
public class PermissionRegistryComponent extends PermissionRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(PermissionRegistryComponent.class);

    @Activate
    public PermissionRegistryComponent(@Reference CoreDatabase database) {
        super(database.jpa(), Clock.systemUTC());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContribution(PermissionContribution contribution) {
        try {
            register(contribution);
        } catch (RuntimeException e) {
            LOG.error("Could not store the permissions of {}", contribution, e);
        }
    }

    void removeContribution(PermissionContribution contribution) {
        unregister(contribution);
    }
}
