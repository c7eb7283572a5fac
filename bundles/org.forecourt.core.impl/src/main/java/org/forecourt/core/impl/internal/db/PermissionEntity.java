package org.forecourt.core.impl.internal.db;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.forecourt.persistence.NotAudited;

/**
 * A permission some module has declared, stored the first time it was seen. Its existence is what tells the
 * registry not to grant the default roles again.
 */
@NotAudited
@Entity(name = "PermissionDef")
@Table(name = "fc_permission")
public class PermissionEntity {

    @Id
    @Column(name = "name", length = 100)
    private String name;

    @Column(name = "module", nullable = false, length = 50)
    private String module;

    @Column(name = "label_key", nullable = false, length = 150)
    private String labelKey;

    @Column(name = "first_seen", nullable = false)
    private Instant firstSeen;

    public PermissionEntity() {
    }

    public PermissionEntity(String name, String module, String labelKey, Instant firstSeen) {
        this.name = name;
        this.module = module;
        this.labelKey = labelKey;
        this.firstSeen = firstSeen;
    }

    public String getName() {
        return name;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getLabelKey() {
        return labelKey;
    }

    public void setLabelKey(String labelKey) {
        this.labelKey = labelKey;
    }

    public Instant getFirstSeen() {
        return firstSeen;
    }
}
