package org.forecourt.core.impl.internal.osgi;

import org.forecourt.core.api.PermissionContribution;
import org.forecourt.core.impl.internal.perm.CorePermissions;
import org.osgi.service.component.annotations.Component;

/** The core's own permissions, contributed like any module's. */
@Component(service = PermissionContribution.class)
public class CorePermissionsComponent extends CorePermissions {
}
