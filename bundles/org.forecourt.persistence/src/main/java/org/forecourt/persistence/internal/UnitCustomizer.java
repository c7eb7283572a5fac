package org.forecourt.persistence.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.jul.JavaLog;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;
import org.forecourt.persistence.PersistenceSetupException;
import org.forecourt.persistence.StoreOwned;

/**
 * Applied by EclipseLink when it deploys a unit, before login: adds the store criteria to every
 * {@link StoreOwned} entity (EclipseLink then adds it to JPQL, criteria, find and relationship queries), refuses
 * entities that have a {@code storeId} but are not store-owned, and registers the {@link UnitListener}.
 */
final class UnitCustomizer implements SessionCustomizer {

    private final String unitName;

    UnitCustomizer(String unitName) {
        this.unitName = unitName;
    }

    @Override
    public void customize(Session session) {
        List<String> problems = new ArrayList<>();
        for (ClassDescriptor d : session.getDescriptors().values()) {
            if (d.isAggregateDescriptor() || d.getJavaClass() == null) {
                continue;
            }
            Class<?> type = d.getJavaClass();
            DatabaseMapping storeId = d.getMappingForAttributeName("storeId");
            boolean owned = StoreOwned.class.isAssignableFrom(type);
            if (owned) {
                if (storeId == null || !storeId.isDirectToFieldMapping()) {
                    problems.add(type.getName() + " is StoreOwned but has no mapped storeId attribute");
                    continue;
                }
                d.getQueryManager().setAdditionalCriteria(Scopes.CRITERIA);
            } else if (storeId != null) {
                problems.add(type.getName() + " has a storeId attribute but does not implement "
                        + StoreOwned.class.getName() + " (its rows would not be scoped)");
            }
        }
        if (!problems.isEmpty()) {
            throw new PersistenceSetupException("Unit " + unitName + ": " + String.join("; ", problems));
        }
        session.getEventManager().addListener(new UnitListener());
        // through JUL (pax-logging in Karaf); set here because EclipseLink cannot load a logger class by name in OSGi
        SessionLog previous = session.getSessionLog();
        JavaLog log = new QuietJavaLog();
        if (previous != null) {
            log.setShouldPrintSession(previous.shouldPrintSession());
            log.setShouldDisplayData(previous.shouldDisplayData());
        }
        session.setSessionLog(log);
    }
}
