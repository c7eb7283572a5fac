package org.forecourt.forms.impl.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

import org.forecourt.persistence.StoreOwned;

/** A photo or signature of a submission ({@code fc_form_attachment}), stored without metadata. */
@Entity(name = "FormAttachment")
@Table(name = "fc_form_attachment")
public class AttachmentEntity implements StoreOwned {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "submission_id", nullable = false, updatable = false)
    private Long submissionId;

    @Column(name = "store_id", nullable = false, updatable = false)
    private Long storeId;

    @Column(nullable = false, updatable = false, length = 200)
    private String path;

    @Column(name = "content_type", nullable = false, updatable = false, length = 20)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false)
    private int width;

    @Column(nullable = false, updatable = false)
    private int height;

    @Lob
    @Column(nullable = false, updatable = false)
    private byte[] data;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 200)
    private String createdBy;

    @Version
    private long version;

    protected AttachmentEntity() {
    }

    public AttachmentEntity(String id, SubmissionEntity submission, String path, String contentType, int width,
                            int height, byte[] data, String sha256, Instant createdAt, String createdBy) {
        this.id = id;
        this.submissionId = submission.getId();
        this.storeId = submission.getStoreId();
        this.path = path;
        this.contentType = contentType;
        this.size = data.length;
        this.width = width;
        this.height = height;
        this.data = data;
        this.sha256 = sha256;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public String getId() {
        return id;
    }

    @Override
    public Long getStoreId() {
        return storeId;
    }

    public Long getSubmissionId() {
        return submissionId;
    }

    public String getPath() {
        return path;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public byte[] getData() {
        return data;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
