package org.forecourt.core.impl.internal.osgi;

import java.time.Clock;

import org.forecourt.core.api.user.UserService;
import org.forecourt.core.impl.internal.perm.PermissionRegistry;
import org.forecourt.core.impl.internal.user.PasswordHasher;
import org.forecourt.core.impl.internal.user.PasswordPolicy;
import org.forecourt.core.impl.internal.user.UserServiceImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = UserService.class)
public class UserServiceComponent extends UserServiceImpl {

    @Activate
    public UserServiceComponent(@Reference CoreDatabase database, @Reference PermissionRegistry registry,
                                @Reference CoreSettings settings) {
        super(database.jpa(), new PasswordHasher(settings.bcryptCost()), new PasswordPolicy(), registry,
                Clock.systemUTC());
    }
}
