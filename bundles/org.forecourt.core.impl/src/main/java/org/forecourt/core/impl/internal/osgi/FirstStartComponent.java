package org.forecourt.core.impl.internal.osgi;

import java.security.SecureRandom;
import java.time.Clock;

import org.forecourt.core.impl.internal.user.FirstStart;
import org.forecourt.core.impl.internal.user.PasswordHasher;
import org.forecourt.core.impl.internal.user.PasswordPolicy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Creates {@code admin} when the database has no user (runs at every activation, does nothing once users exist).
 * The only component that reads {@code initialAdminPassword}; it registers no service, so the password is never a
 * service property.
 */
@Component(service = {}, immediate = true, configurationPid = CoreConfig.PID)
public class FirstStartComponent {

    @Activate
    public FirstStartComponent(@Reference CoreDatabase database, @Reference CoreSettings settings,
                               CoreConfig config) {
        new FirstStart(database.jpa(), new PasswordHasher(settings.bcryptCost()), new PasswordPolicy(),
                Clock.systemUTC(), new SecureRandom()).run(config.initialAdminPassword());
    }
}
