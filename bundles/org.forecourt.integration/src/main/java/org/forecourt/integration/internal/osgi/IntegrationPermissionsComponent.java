package org.forecourt.integration.internal.osgi;

import static org.forecourt.core.api.Role.GROUP_ADMIN;
import static org.forecourt.core.api.Role.INTEGRATOR;

import java.util.List;

import org.forecourt.core.api.Permission;
import org.forecourt.core.api.PermissionContribution;
import org.forecourt.integration.api.IntegrationService;
import org.osgi.service.component.annotations.Component;

/**
 * The permission this bundle adds: reading dead letters' bodies and headers (customer data). Viewing and managing
 * integrations are the core's {@code core.integration.view} / {@code core.integration.manage}.
 */
@Component(service = PermissionContribution.class)
public class IntegrationPermissionsComponent implements PermissionContribution {

    public static final List<Permission> ALL = List.of(
            Permission.of(IntegrationService.PERMISSION_READ_MESSAGES, GROUP_ADMIN, INTEGRATOR));

    @Override
    public String module() {
        return "integration";
    }

    @Override
    public List<Permission> permissions() {
        return ALL;
    }
}
