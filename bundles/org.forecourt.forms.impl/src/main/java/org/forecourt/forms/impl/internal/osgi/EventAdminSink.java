package org.forecourt.forms.impl.internal.osgi;

import java.util.Map;

import org.forecourt.forms.impl.internal.EventSink;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bridges forms events to Event Admin (asynchronous {@code postEvent}) while one runs. Both the package import and
 * the reference are optional, so the bundle resolves and the services work without Event Admin (Karaf's resolver
 * gets an optional service requirement); without the package this component alone fails to load and the services
 * post nowhere.
 */
@Component(service = EventSink.class)
public class EventAdminSink implements EventSink {

    private static final Logger LOG = LoggerFactory.getLogger(EventAdminSink.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin eventAdmin;

    @Override
    public void post(String topic, Map<String, Object> properties) {
        EventAdmin admin = eventAdmin;
        if (admin == null) {
            return;
        }
        try {
            admin.postEvent(new Event(topic, properties));
        } catch (RuntimeException e) {
            LOG.warn("Could not post {}", topic, e);
        }
    }
}
