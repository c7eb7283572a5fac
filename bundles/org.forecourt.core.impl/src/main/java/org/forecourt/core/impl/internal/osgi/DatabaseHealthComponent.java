package org.forecourt.core.impl.internal.osgi;

import org.forecourt.core.api.health.HealthCheck;
import org.forecourt.core.impl.internal.health.DatabaseHealthCheck;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = HealthCheck.class, property = "name=database")
public class DatabaseHealthComponent extends DatabaseHealthCheck {

    @Activate
    public DatabaseHealthComponent(@Reference CoreDatabase database) {
        super(database.jpa(), database.kind());
    }
}
