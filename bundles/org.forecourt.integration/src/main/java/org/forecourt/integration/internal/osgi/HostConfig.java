package org.forecourt.integration.internal.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Forecourt integration host",
        description = "The Camel context that runs the connectors' routes")
public @interface HostConfig {

    @AttributeDefinition(name = "Stop timeout (seconds)",
            description = "How long pausing or removing a route waits for messages in flight")
    int stopTimeoutSeconds() default 20;

    @AttributeDefinition(name = "Retry after (seconds)",
            description = "How long after a connector's routes failed to start they are tried again")
    int retrySeconds() default 60;

    @AttributeDefinition(name = "Counter flush interval (seconds)",
            description = "How often changed route counters are written to the database")
    int flushSeconds() default 5;
}
