package org.forecourt.masterdata.impl.internal.osgi;

import java.time.LocalDate;
import java.util.List;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.masterdata.api.catalog.CatalogModel;
import org.forecourt.masterdata.api.catalog.CatalogService;
import org.forecourt.masterdata.api.catalog.Trim;
import org.forecourt.masterdata.impl.internal.BrandScope;
import org.forecourt.masterdata.impl.internal.CatalogServiceImpl;
import org.forecourt.masterdata.impl.internal.EventSink;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Publishes {@link CatalogService}; the logic is {@link CatalogServiceImpl}. Which brands a non-group actor may edit
 * comes from the organisation service (the brands of the stores in scope).
 */
@Component(service = CatalogService.class, property = "forecourt.module=masterdata")
public class CatalogServiceComponent implements CatalogService {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventSink eventSink;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile OrganisationService organisation;

    private final CatalogServiceImpl delegate;

    @Activate
    public CatalogServiceComponent(@Reference MasterdataStore store) {
        this.delegate = new CatalogServiceImpl(store.jpa(), (topic, props) -> {
            EventSink sink = eventSink;
            if (sink != null) {
                sink.post(topic, props);
            }
        }, BrandScope.of(() -> organisation));
    }

    @Override
    public List<CatalogModel> models(Actor actor, long brandId, boolean includeInactive) {
        return delegate.models(actor, brandId, includeInactive);
    }

    @Override
    public CatalogModel model(Actor actor, long modelId) {
        return delegate.model(actor, modelId);
    }

    @Override
    public List<Trim> trims(Actor actor, long modelId) {
        return delegate.trims(actor, modelId);
    }

    @Override
    public List<Trim> trimsValidOn(Actor actor, long modelId, LocalDate day) {
        return delegate.trimsValidOn(actor, modelId, day);
    }

    @Override
    public Trim trim(Actor actor, long trimId) {
        return delegate.trim(actor, trimId);
    }

    @Override
    public CatalogModel saveModel(Actor actor, CatalogModel model) {
        return delegate.saveModel(actor, model);
    }

    @Override
    public Trim saveTrim(Actor actor, Trim trim) {
        return delegate.saveTrim(actor, trim);
    }
}
