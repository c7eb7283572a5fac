package org.forecourt.core.impl.internal.osgi;

import java.time.Clock;

import org.forecourt.core.api.user.AuthenticationService;
import org.forecourt.core.impl.internal.user.ActorFactory;
import org.forecourt.core.impl.internal.user.ApiKeyServiceImpl;
import org.forecourt.core.impl.internal.user.AuthenticationServiceImpl;
import org.forecourt.core.impl.internal.user.PasswordHasher;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = AuthenticationService.class)
public class AuthenticationComponent extends AuthenticationServiceImpl {

    @Activate
    public AuthenticationComponent(@Reference CoreDatabase database, @Reference ApiKeyServiceImpl apiKeys,
                                   @Reference CoreSettings settings) {
        super(database.jpa(), new PasswordHasher(settings.bcryptCost()), new ActorFactory(settings.defaultZone()),
                apiKeys, Clock.systemUTC(), settings.maxFailedAttempts(), settings.lockDuration());
    }
}
