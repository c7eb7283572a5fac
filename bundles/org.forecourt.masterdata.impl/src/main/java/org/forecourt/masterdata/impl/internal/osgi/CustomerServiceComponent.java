package org.forecourt.masterdata.impl.internal.osgi;

import java.time.Clock;
import java.util.List;

import org.forecourt.core.api.Actor;
import org.forecourt.masterdata.api.UpsertResult;
import org.forecourt.masterdata.api.customer.Customer;
import org.forecourt.masterdata.api.customer.CustomerDraft;
import org.forecourt.masterdata.api.customer.CustomerQuery;
import org.forecourt.masterdata.api.customer.CustomerService;
import org.forecourt.masterdata.api.customer.CustomerSummary;
import org.forecourt.masterdata.impl.internal.CustomerServiceImpl;
import org.forecourt.masterdata.impl.internal.EventSink;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Publishes {@link CustomerService}; the logic is {@link CustomerServiceImpl}. */
@Component(service = CustomerService.class, property = "forecourt.module=masterdata")
public class CustomerServiceComponent implements CustomerService {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventSink eventSink;

    private final CustomerServiceImpl delegate;

    @Activate
    public CustomerServiceComponent(@Reference MasterdataStore store) {
        this.delegate = new CustomerServiceImpl(store.jpa(), Clock.systemUTC(), (topic, props) -> {
            EventSink sink = eventSink;
            if (sink != null) {
                sink.post(topic, props);
            }
        });
    }

    @Override
    public List<CustomerSummary> find(Actor actor, CustomerQuery query, int offset, int limit) {
        return delegate.find(actor, query, offset, limit);
    }

    @Override
    public long count(Actor actor, CustomerQuery query) {
        return delegate.count(actor, query);
    }

    @Override
    public Customer get(Actor actor, long id) {
        return delegate.get(actor, id);
    }

    @Override
    public Customer create(Actor actor, CustomerDraft draft, boolean confirmedNotDuplicate) {
        return delegate.create(actor, draft, confirmedNotDuplicate);
    }

    @Override
    public Customer update(Actor actor, long id, long expectedVersion, CustomerDraft draft) {
        return delegate.update(actor, id, expectedVersion, draft);
    }

    @Override
    public UpsertResult<Customer> upsertByNaturalKey(Actor actor, CustomerDraft draft) {
        return delegate.upsertByNaturalKey(actor, draft);
    }
}
