package org.forecourt.core.impl.internal.jaas;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.forecourt.core.api.Actor;
import org.forecourt.core.api.user.AuthenticationService;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** The realm describes one entry that Karaf's ProxyLoginModule turns into our login module. */
class ShellRealmTest {

    /** The framework's objects, answering only what the realm asks (the bundle id). */
    private static BundleContext context(long bundleId) {
        Bundle bundle = (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (p, m, a) -> switch (m.getName()) {
                    case "getBundleId" -> bundleId;
                    case "toString" -> "bundle " + bundleId;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        return (BundleContext) Proxy.newProxyInstance(BundleContext.class.getClassLoader(),
                new Class<?>[] {BundleContext.class}, (p, m, a) -> switch (m.getName()) {
                    case "getBundle" -> bundle;
                    case "toString" -> "context of bundle " + bundleId;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private static final AuthenticationService NOBODY = new AuthenticationService() {
        @Override
        public Optional<Actor> authenticate(String username, char[] password) {
            return Optional.empty();
        }

        @Override
        public Optional<Actor> actor(long userId) {
            return Optional.empty();
        }

        @Override
        public Optional<Actor> authenticateApiKey(String apiKey) {
            return Optional.empty();
        }
    };

    @Test
    void replacesKarafsRealmWithOneRequiredProxiedModule() {
        BundleContext context = context(42);
        ShellRealm realm = new ShellRealm(context, NOBODY);

        assertThat(realm.getName()).isEqualTo("karaf");
        assertThat(realm.getRank()).isGreaterThan(0);
        AppConfigurationEntry[] entries = realm.getEntries();
        assertThat(entries).hasSize(1);
        AppConfigurationEntry entry = entries[0];
        assertThat(entry.getLoginModuleName()).isEqualTo(ProxyLoginModule.class.getName());
        assertThat(entry.getControlFlag()).isEqualTo(LoginModuleControlFlag.REQUIRED);
        Map<String, ?> options = entry.getOptions();
        assertThat(options.get(ProxyLoginModule.PROPERTY_MODULE)).isEqualTo(ShellLoginModule.class.getName());
        assertThat(options.get(ProxyLoginModule.PROPERTY_BUNDLE)).isEqualTo("42");
        assertThat(options.get(ShellLoginModule.AUTHENTICATION)).isSameAs(NOBODY);
        assertThat(options.get(BundleContext.class.getName())).isSameAs(context);
    }

    @Test
    void theLoginModuleCanBeCreatedByReflectionAsTheProxyDoes() throws ReflectiveOperationException {
        Object module = Class.forName(ShellLoginModule.class.getName()).getConstructor().newInstance();
        assertThat(module).isInstanceOf(javax.security.auth.spi.LoginModule.class);
    }
}
