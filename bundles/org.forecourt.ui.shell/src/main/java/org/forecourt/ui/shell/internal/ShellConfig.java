package org.forecourt.ui.shell.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Forecourt web shell", description = "The HTTP server staff and integrations use")
public @interface ShellConfig {

    @AttributeDefinition(description = "Address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 for the store's network")
    String host() default "127.0.0.1";

    @AttributeDefinition(description = "HTTP port")
    int port() default 8181;

    @AttributeDefinition(description = "Minutes without activity before a signed-in user is signed out")
    int sessionTimeoutMinutes() default 30;

    @AttributeDefinition(description = "Name shown in the browser title and header")
    String title() default "Forecourt";
}
