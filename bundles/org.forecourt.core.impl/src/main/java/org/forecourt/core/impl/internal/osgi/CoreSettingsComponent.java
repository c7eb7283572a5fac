package org.forecourt.core.impl.internal.osgi;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Reads {@code org.forecourt.core} and offers the settings to the core's components as a {@link CoreSettings}
 * service without properties. The service components do not bind the configuration PID themselves because
 * Declarative Services would copy every configuration property — {@code initialAdminPassword} included — into
 * their service properties, for anyone to read with {@code service:list}. A configuration change replaces the
 * settings service, which restarts the components that use it.
 */
@Component(service = {}, immediate = true, configurationPid = CoreConfig.PID)
@Designate(ocd = CoreConfig.class)
public class CoreSettingsComponent {

    private final ServiceRegistration<CoreSettings> registration;

    @Activate
    public CoreSettingsComponent(BundleContext context, CoreConfig config) {
        registration = context.registerService(CoreSettings.class, CoreSettings.from(config), null);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }
}
