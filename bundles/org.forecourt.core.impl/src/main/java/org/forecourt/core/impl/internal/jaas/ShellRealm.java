package org.forecourt.core.impl.internal.jaas;

import java.util.HashMap;
import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.forecourt.core.api.user.AuthenticationService;
import org.osgi.framework.BundleContext;

/**
 * The JAAS realm {@code karaf} (used by the Karaf console, SSH and JMX), ranked above Karaf's own realm (rank 0,
 * {@code users.properties}) so that it replaces it: one {@link ShellLoginModule}, loaded from this bundle by Karaf's
 * {@link ProxyLoginModule}.
 */
public class ShellRealm implements JaasRealm {

    public static final String NAME = "karaf";
    public static final int RANK = 10;

    private final BundleContext bundleContext;
    private final AuthenticationService authentication;

    public ShellRealm(BundleContext bundleContext, AuthenticationService authentication) {
        this.bundleContext = bundleContext;
        this.authentication = authentication;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return RANK;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        Map<String, Object> options = new HashMap<>();
        options.put(BundleContext.class.getName(), bundleContext);
        options.put(ProxyLoginModule.PROPERTY_MODULE, ShellLoginModule.class.getName());
        options.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(bundleContext.getBundle().getBundleId()));
        options.put(ShellLoginModule.AUTHENTICATION, authentication);
        return new AppConfigurationEntry[] {
                new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.REQUIRED, options)};
    }
}
