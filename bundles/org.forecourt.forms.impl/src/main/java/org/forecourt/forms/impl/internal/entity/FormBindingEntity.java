package org.forecourt.forms.impl.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

import org.forecourt.forms.api.FormOwner;
import org.forecourt.forms.api.OwnerLevel;

/** A form bound to a purpose for the group, a brand or a store ({@code fc_form_binding}). */
@Entity(name = "FormBinding")
@Table(name = "fc_form_binding")
public class FormBindingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 100)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_level", nullable = false, updatable = false, length = 5)
    private OwnerLevel ownerLevel;

    @Column(name = "brand_id", updatable = false)
    private Long brandId;

    @Column(name = "owner_store_id", updatable = false)
    private Long ownerStoreId;

    @Column(name = "owner_ref", nullable = false, updatable = false, length = 30)
    private String ownerRef;

    @Column(name = "form_id", nullable = false)
    private Long formId;

    @Column(name = "bound_at", nullable = false)
    private Instant boundAt;

    @Column(name = "bound_by", nullable = false, length = 200)
    private String boundBy;

    @Version
    private long version;

    protected FormBindingEntity() {
    }

    public FormBindingEntity(String purpose, FormOwner owner) {
        this.purpose = purpose;
        this.ownerLevel = owner.level();
        this.brandId = owner.brandId();
        this.ownerStoreId = owner.storeId();
        this.ownerRef = FormEntity.ownerRef(owner);
    }

    public Long getId() {
        return id;
    }

    public String getPurpose() {
        return purpose;
    }

    public FormOwner owner() {
        return new FormOwner(ownerLevel, brandId, ownerStoreId);
    }

    public String getOwnerRef() {
        return ownerRef;
    }

    public Long getFormId() {
        return formId;
    }

    public Instant getBoundAt() {
        return boundAt;
    }

    public String getBoundBy() {
        return boundBy;
    }

    public void bind(long formId, Instant at, String by) {
        this.formId = formId;
        this.boundAt = at;
        this.boundBy = by;
    }
}
