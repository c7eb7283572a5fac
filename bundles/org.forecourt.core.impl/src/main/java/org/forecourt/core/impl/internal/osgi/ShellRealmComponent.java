package org.forecourt.core.impl.internal.osgi;

import org.apache.karaf.jaas.config.JaasRealm;
import org.forecourt.core.api.user.AuthenticationService;
import org.forecourt.core.impl.internal.jaas.ShellRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Karaf console and SSH sign in with the platform's accounts: the realm {@code karaf} at rank
 * {@value ShellRealm#RANK} replaces Karaf's default ({@code users.properties}, rank 0).
 */
@Component(service = JaasRealm.class)
public class ShellRealmComponent extends ShellRealm {

    @Activate
    public ShellRealmComponent(BundleContext context, @Reference AuthenticationService authentication) {
        super(context, authentication);
    }
}
