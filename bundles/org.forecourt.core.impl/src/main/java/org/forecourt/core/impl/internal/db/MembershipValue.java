package org.forecourt.core.impl.internal.db;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.forecourt.core.api.Role;
import org.forecourt.core.api.user.Level;
import org.forecourt.core.api.user.Membership;

/** One membership row of a user (role at a level), in the order the administrator gave them. */
@Embeddable
public class MembershipValue {

    @Column(name = "role_code", nullable = false, length = 32)
    private String roleCode;

    @Column(name = "member_level", nullable = false, length = 8)
    private String level;

    @Column(name = "target_id")
    private Long targetId;

    public MembershipValue() {
    }

    public MembershipValue(Membership m) {
        this.roleCode = m.role().name();
        this.level = m.level().name();
        this.targetId = m.targetId();
    }

    public Membership toRecord() {
        return new Membership(Role.valueOf(roleCode), Level.valueOf(level), targetId);
    }

    public String getRoleCode() {
        return roleCode;
    }

    public String getLevel() {
        return level;
    }

    public Long getTargetId() {
        return targetId;
    }
}
