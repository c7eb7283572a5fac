package org.forecourt.core.impl.internal.osgi;

import org.forecourt.core.api.i18n.MessageBundle;
import org.forecourt.core.api.i18n.Messages;
import org.forecourt.core.impl.internal.i18n.MessagesImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Merges every {@link MessageBundle} service (whiteboard); a removed bundle's keys disappear at once. */
@Component(service = Messages.class)
public class MessagesComponent extends MessagesImpl {

    @Activate
    public MessagesComponent() {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addBundle(MessageBundle bundle) {
        add(bundle);
    }

    void removeBundle(MessageBundle bundle) {
        remove(bundle);
    }
}
