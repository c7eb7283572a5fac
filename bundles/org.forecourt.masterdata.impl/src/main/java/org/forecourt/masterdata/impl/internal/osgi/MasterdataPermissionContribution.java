package org.forecourt.masterdata.impl.internal.osgi;

import java.util.List;

import org.forecourt.core.api.Permission;
import org.forecourt.core.api.PermissionContribution;
import org.forecourt.masterdata.impl.internal.MasterdataPermissionList;
import org.osgi.service.component.annotations.Component;

/** Declares the master data permissions and their default roles (see {@link MasterdataPermissionList}). */
@Component(service = PermissionContribution.class, property = "forecourt.module=masterdata")
public class MasterdataPermissionContribution implements PermissionContribution {

    @Override
    public String module() {
        return MasterdataPermissionList.MODULE;
    }

    @Override
    public List<Permission> permissions() {
        return MasterdataPermissionList.PERMISSIONS;
    }
}
