package org.forecourt.masterdata.impl.internal.osgi;

import org.forecourt.masterdata.impl.internal.MasterdataUnit;
import org.forecourt.persistence.Jpa;
import org.forecourt.persistence.JpaUnits;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Opens the {@code masterdata} unit (running its migrations) once for the three services; registered under its own
 * (private) class, so only this bundle sees it.
 */
@Component(service = MasterdataStore.class)
public class MasterdataStore {

    private final Jpa jpa;

    @Activate
    public MasterdataStore(@Reference JpaUnits units) {
        this.jpa = units.open(MasterdataUnit.definition(getClass().getClassLoader(), units.databaseKind()));
    }

    public Jpa jpa() {
        return jpa;
    }

    @Deactivate
    void deactivate() {
        jpa.close();
    }
}
