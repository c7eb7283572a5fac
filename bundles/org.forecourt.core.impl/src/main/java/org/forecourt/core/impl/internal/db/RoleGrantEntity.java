package org.forecourt.core.impl.internal.db;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A role grants a permission (audited: who gave which role what is security-relevant). */
@Entity(name = "RoleGrant")
@Table(name = "fc_role_permission")
public class RoleGrantEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "role_code", nullable = false, length = 32)
    private String roleCode;

    @Column(name = "permission", nullable = false, length = 100)
    private String permission;

    public RoleGrantEntity() {
    }

    public RoleGrantEntity(String roleCode, String permission) {
        this.roleCode = roleCode;
        this.permission = permission;
    }

    public Long getId() {
        return id;
    }

    public String getRoleCode() {
        return roleCode;
    }

    public String getPermission() {
        return permission;
    }
}
