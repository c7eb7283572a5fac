package org.forecourt.forms.impl.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

import org.forecourt.forms.api.FormOwner;
import org.forecourt.forms.api.OwnerLevel;
import org.forecourt.forms.api.model.Extension;

/**
 * A form ({@code fc_form}): its key, owner, parent and the working draft (the form's own definition, JSON). The
 * draft revision is what designers pass back to save; {@code version} guards concurrent transactions.
 */
@Entity(name = "Form")
@Table(name = "fc_form")
public class FormEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "form_key", nullable = false, updatable = false, length = 80)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_level", nullable = false, updatable = false, length = 5)
    private OwnerLevel ownerLevel;

    @Column(name = "brand_id", updatable = false)
    private Long brandId;

    @Column(name = "owner_store_id", updatable = false)
    private Long ownerStoreId;

    @Column(name = "owner_ref", nullable = false, updatable = false, length = 30)
    private String ownerRef;

    @Column(length = 20)
    private String kind;

    @Column(name = "title_zh", length = 400)
    private String titleZh;

    @Column(name = "title_en", length = 400)
    private String titleEn;

    @Column(name = "parent_form_id", updatable = false)
    private Long parentFormId;

    @Enumerated(EnumType.STRING)
    @Column(name = "extend_mode", updatable = false, length = 6)
    private Extension.Mode extendMode;

    /** Purposes named by the newest published version, comma separated. */
    @Column(length = 2000)
    private String purposes;

    @Lob
    @Column(name = "draft_json", nullable = false)
    private String draftJson;

    @Column(name = "draft_dirty", nullable = false)
    private boolean draftDirty;

    @Column(name = "draft_revision", nullable = false)
    private long draftRevision;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    @Version
    private long version;

    protected FormEntity() {
    }

    public FormEntity(String key, FormOwner owner, Long parentFormId, Extension.Mode extendMode) {
        this.key = key;
        this.ownerLevel = owner.level();
        this.brandId = owner.brandId();
        this.ownerStoreId = owner.storeId();
        this.ownerRef = ownerRef(owner);
        this.parentFormId = parentFormId;
        this.extendMode = extendMode;
    }

    /** {@code G}, {@code B<brand>} or {@code S<store>}: unique keys per owner on every database. */
    public static String ownerRef(FormOwner owner) {
        return switch (owner.level()) {
            case GROUP -> "G";
            case BRAND -> "B" + owner.brandId();
            case STORE -> "S" + owner.storeId();
        };
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public FormOwner owner() {
        return new FormOwner(ownerLevel, brandId, ownerStoreId);
    }

    public OwnerLevel getOwnerLevel() {
        return ownerLevel;
    }

    public Long getBrandId() {
        return brandId;
    }

    public Long getOwnerStoreId() {
        return ownerStoreId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public void setTitleZh(String titleZh) {
        this.titleZh = titleZh;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public Long getParentFormId() {
        return parentFormId;
    }

    public Extension.Mode getExtendMode() {
        return extendMode;
    }

    public String getPurposes() {
        return purposes;
    }

    public void setPurposes(String purposes) {
        this.purposes = purposes;
    }

    public String getDraftJson() {
        return draftJson;
    }

    public void setDraftJson(String draftJson) {
        this.draftJson = draftJson;
    }

    public boolean isDraftDirty() {
        return draftDirty;
    }

    public void setDraftDirty(boolean draftDirty) {
        this.draftDirty = draftDirty;
    }

    public long getDraftRevision() {
        return draftRevision;
    }

    public void setDraftRevision(long draftRevision) {
        this.draftRevision = draftRevision;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public void touch(Instant at, String by) {
        this.updatedAt = at;
        this.updatedBy = by;
    }
}
