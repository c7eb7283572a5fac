package org.forecourt.core.impl.internal.osgi;

import org.forecourt.core.impl.internal.db.CoreUnit;
import org.forecourt.persistence.BundleMigrations;
import org.forecourt.persistence.Jpa;
import org.forecourt.persistence.JpaUnits;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Migrates and opens the {@code core} unit; closes it when the persistence service or this bundle goes. */
@Component(service = CoreDatabase.class)
public class CoreDatabaseComponent implements CoreDatabase {

    private final Jpa jpa;
    private final String kind;

    @Activate
    public CoreDatabaseComponent(@Reference JpaUnits units, BundleContext context) {
        this.kind = units.databaseKind();
        this.jpa = units.open(CoreUnit.definition(BundleMigrations.of(context.getBundle(), CoreUnit.MIGRATIONS)));
    }

    @Deactivate
    void deactivate() {
        jpa.close();
    }

    @Override
    public Jpa jpa() {
        return jpa;
    }

    @Override
    public String kind() {
        return kind;
    }
}
