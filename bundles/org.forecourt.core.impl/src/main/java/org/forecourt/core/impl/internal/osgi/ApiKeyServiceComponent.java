package org.forecourt.core.impl.internal.osgi;

import java.security.SecureRandom;
import java.time.Clock;

import org.forecourt.core.api.user.ApiKeyService;
import org.forecourt.core.impl.internal.perm.PermissionRegistry;
import org.forecourt.core.impl.internal.user.ApiKeyServiceImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Registered under the API interface and its implementation class (the sign-in component checks keys with it). */
@Component(service = {ApiKeyService.class, ApiKeyServiceImpl.class})
public class ApiKeyServiceComponent extends ApiKeyServiceImpl {

    @Activate
    public ApiKeyServiceComponent(@Reference CoreDatabase database, @Reference PermissionRegistry registry,
                                  @Reference CoreSettings settings) {
        super(database.jpa(), registry, Clock.systemUTC(), new SecureRandom(), settings.defaultZone());
    }
}
