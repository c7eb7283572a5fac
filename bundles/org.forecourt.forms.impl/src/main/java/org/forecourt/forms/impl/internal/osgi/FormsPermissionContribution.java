package org.forecourt.forms.impl.internal.osgi;

import java.util.List;

import org.forecourt.core.api.Permission;
import org.forecourt.core.api.PermissionContribution;
import org.forecourt.forms.impl.internal.FormsPermissionList;
import org.osgi.service.component.annotations.Component;

/** Declares the forms permissions and their default roles (see {@link FormsPermissionList}). */
@Component(service = PermissionContribution.class, property = "forecourt.module=forms")
public class FormsPermissionContribution implements PermissionContribution {

    @Override
    public String module() {
        return FormsPermissionList.MODULE;
    }

    @Override
    public List<Permission> permissions() {
        return FormsPermissionList.PERMISSIONS;
    }
}
