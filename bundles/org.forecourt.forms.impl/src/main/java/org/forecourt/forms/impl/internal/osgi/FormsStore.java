package org.forecourt.forms.impl.internal.osgi;

import org.forecourt.forms.impl.internal.FormsUnit;
import org.forecourt.persistence.Jpa;
import org.forecourt.persistence.JpaUnits;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Opens the {@code forms} unit (running its migrations) once for the services; registered under its own (private)
 * class, so only this bundle sees it.
 */
@Component(service = FormsStore.class)
public class FormsStore {

    private final Jpa jpa;

    @Activate
    public FormsStore(@Reference JpaUnits units) {
        this.jpa = units.open(FormsUnit.definition(getClass().getClassLoader(), units.databaseKind()));
    }

    public Jpa jpa() {
        return jpa;
    }

    @Deactivate
    void deactivate() {
        jpa.close();
    }
}
