package org.forecourt.persistence.internal;

import java.util.List;

import javax.sql.DataSource;

import org.forecourt.core.api.Actor;
import org.forecourt.persistence.AuditLog;
import org.forecourt.persistence.AuditQuery;
import org.forecourt.persistence.AuditRecord;
import org.forecourt.persistence.Jpa;
import org.forecourt.persistence.JpaUnits;
import org.forecourt.persistence.UnitDefinition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The platform's {@link JpaUnits} and {@link AuditLog} over the DataSource named {@code forecourt} (published by
 * pax-jdbc-config). When the DataSource goes away (e.g. switched to another database), this component and every
 * unit opened through it are closed; modules holding a {@link Jpa} must drop it when JpaUnits goes.
 */
@Component(service = {JpaUnits.class, AuditLog.class})
public class JpaUnitsImpl implements JpaUnits, AuditLog {

    private final PersistenceEngine engine;

    @Activate
    public JpaUnitsImpl(@Reference(target = "(dataSourceName=forecourt)") DataSource dataSource) {
        this.engine = new PersistenceEngine(dataSource);
    }

    @Deactivate
    void deactivate() {
        engine.close();
    }

    @Override
    public Jpa open(UnitDefinition definition) {
        return engine.open(definition);
    }

    @Override
    public String databaseKind() {
        return engine.databaseKind();
    }

    @Override
    public List<AuditRecord> find(Actor actor, AuditQuery query) {
        return engine.find(actor, query);
    }

    @Override
    public long count(Actor actor, AuditQuery query) {
        return engine.count(actor, query);
    }
}
