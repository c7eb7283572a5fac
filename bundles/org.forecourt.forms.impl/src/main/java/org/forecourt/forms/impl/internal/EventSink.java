package org.forecourt.forms.impl.internal;

import java.util.Map;

/**
 * Where events go (an internal service: the Event Admin bridge registers it when an Event Admin runs). Called after
 * the transaction committed; must not throw.
 */
@FunctionalInterface
public interface EventSink {

    EventSink NONE = (topic, properties) -> { };

    void post(String topic, Map<String, Object> properties);
}
