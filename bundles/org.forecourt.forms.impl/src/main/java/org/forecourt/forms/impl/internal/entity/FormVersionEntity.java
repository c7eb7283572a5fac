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

import org.forecourt.forms.api.VersionStatus;

/**
 * A published version ({@code fc_form_version}). Its number, note and definitions are never updated (the columns
 * are not updatable); only the status changes when it is retired. {@code definitionJson} is the resolved definition
 * (what submissions render with), {@code sourceJson} the form's own definition at publication (what the draft
 * goes back to when discarded).
 */
@Entity(name = "FormVersion")
@Table(name = "fc_form_version")
public class FormVersionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "form_id", nullable = false, updatable = false)
    private Long formId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private VersionStatus status;

    @Column(name = "change_note", nullable = false, updatable = false, length = 1000)
    private String changeNote;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false, length = 200)
    private String publishedBy;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "retired_by", length = 200)
    private String retiredBy;

    @Lob
    @Column(name = "definition_json", nullable = false, updatable = false)
    private String definitionJson;

    @Lob
    @Column(name = "source_json", nullable = false, updatable = false)
    private String sourceJson;

    @Version
    private long version;

    protected FormVersionEntity() {
    }

    public FormVersionEntity(long formId, int number, String changeNote, Instant publishedAt, String publishedBy,
                             String definitionJson, String sourceJson) {
        this.formId = formId;
        this.number = number;
        this.status = VersionStatus.PUBLISHED;
        this.changeNote = changeNote;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.definitionJson = definitionJson;
        this.sourceJson = sourceJson;
    }

    public Long getId() {
        return id;
    }

    public Long getFormId() {
        return formId;
    }

    public int getNumber() {
        return number;
    }

    public VersionStatus getStatus() {
        return status;
    }

    public void retire(Instant at, String by) {
        this.status = VersionStatus.RETIRED;
        this.retiredAt = at;
        this.retiredBy = by;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public String getDefinitionJson() {
        return definitionJson;
    }

    public String getSourceJson() {
        return sourceJson;
    }
}
