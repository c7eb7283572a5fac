package org.forecourt.core.impl.internal.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.forecourt.core.cfg}. */
@ObjectClassDefinition(id = CoreConfig.PID, name = "Forecourt core",
        description = "Dealer group, sign-in and first-start settings")
public @interface CoreConfig {

    String PID = "org.forecourt.core";

    @AttributeDefinition(name = "Dealer group name", description = "Shown in the UI header and reports")
    String groupName() default "Forecourt";

    @AttributeDefinition(name = "bcrypt cost", min = "10", max = "16",
            description = "Work factor of password hashes (2^cost rounds); existing hashes are upgraded at sign-in")
    int bcryptCost() default 12;

    @AttributeDefinition(name = "Failed sign-ins before lock", min = "1")
    int maxFailedAttempts() default 5;

    @AttributeDefinition(name = "Lock minutes", min = "1",
            description = "How long an account stays locked after too many failed sign-ins")
    int lockMinutes() default 15;

    @AttributeDefinition(name = "Default time zone",
            description = "Zone of users without a home store (IANA id)")
    String defaultZone() default "Asia/Shanghai";

    @AttributeDefinition(name = "Initial admin password", type = AttributeType.PASSWORD, required = false,
            description = "Password of 'admin', created when the database has no user; empty = generate one and"
                    + " log it once. Remove it after the first start.")
    String initialAdminPassword() default "";
}
