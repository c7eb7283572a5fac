package org.forecourt.imports.internal.job;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.forecourt.imports.api.ImportKind;
import org.forecourt.imports.api.ImportSource;
import org.forecourt.imports.api.ImportState;
import org.forecourt.persistence.NotAudited;
import org.forecourt.persistence.StoreOwned;

/**
 * An import job ({@code imp_job}). Store-owned, so reads are filtered to the actor's stores; not audited: it is the
 * record of the import itself, updated after every batch.
 */
@Entity(name = "ImportJob")
@Table(name = "imp_job")
@NotAudited
public class ImportJobEntity implements StoreOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "store_id", nullable = false, updatable = false)
    private Long storeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ImportKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ImportSource source;

    @Enumerated(EnumType.STRING)
    @Column(name = "job_state", nullable = false, length = 20)
    private ImportState state;

    @Column(name = "file_name", nullable = false, length = 255, updatable = false)
    private String fileName;

    @Column(name = "file_sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "file_size", nullable = false, updatable = false)
    private long fileSize;

    @Column(name = "stored_file", length = 1000)
    private String storedFile;

    @Column(name = "report_file", length = 1000)
    private String reportFile;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "user_name", nullable = false, length = 100, updatable = false)
    private String userName;

    @Column(name = "display_name", nullable = false, length = 200, updatable = false)
    private String displayName;

    @Column(name = "locale_tag", nullable = false, length = 35, updatable = false)
    private String localeTag;

    @Column(name = "zone_id", nullable = false, length = 64, updatable = false)
    private String zoneId;

    @Column(name = "scope_stores", nullable = false, length = 4000, updatable = false)
    private String scopeStores;

    @Column(nullable = false, length = 4000, updatable = false)
    private String permissions;

    @Column(name = "home_store_id", updatable = false)
    private Long homeStoreId;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Column(name = "processed_rows", nullable = false)
    private int processedRows;

    @Column(name = "imported_rows", nullable = false)
    private int importedRows;

    @Column(name = "updated_rows", nullable = false)
    private int updatedRows;

    @Column(name = "unchanged_rows", nullable = false)
    private int unchangedRows;

    @Column(name = "rejected_rows", nullable = false)
    private int rejectedRows;

    @Column(name = "last_committed_row", nullable = false)
    private int lastCommittedRow;

    @Column(name = "error_key", length = 200)
    private String errorKey;

    @Column(name = "error_args", length = 2000)
    private String errorArgs;

    @Column(name = "repeat_of", updatable = false)
    private Long repeatOf;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ImportJobEntity() {
    }

    public ImportJobEntity(long storeId, ImportKind kind, ImportSource source, String fileName, String sha256,
                           long fileSize, JobActor actor, Long repeatOf, Instant createdAt) {
        this.storeId = storeId;
        this.kind = kind;
        this.source = source;
        this.state = ImportState.QUEUED;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.fileSize = fileSize;
        this.userId = actor.userId();
        this.userName = actor.userName();
        this.displayName = actor.displayName();
        this.localeTag = actor.localeTag();
        this.zoneId = actor.zoneId();
        this.scopeStores = actor.scopeStores();
        this.permissions = actor.permissions();
        this.homeStoreId = actor.homeStoreId();
        this.repeatOf = repeatOf;
        this.createdAt = createdAt;
    }

    /** Who started the job, as stored. */
    public JobActor actor() {
        return new JobActor(userId, userName, displayName, localeTag, zoneId, scopeStores, permissions, homeStoreId);
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getStoreId() {
        return storeId;
    }

    public ImportKind getKind() {
        return kind;
    }

    public ImportSource getSource() {
        return source;
    }

    public ImportState getState() {
        return state;
    }

    public void setState(ImportState state) {
        this.state = state;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSha256() {
        return sha256;
    }

    public long getFileSize() {
        return fileSize;
    }

    public String getStoredFile() {
        return storedFile;
    }

    public void setStoredFile(String storedFile) {
        this.storedFile = storedFile;
    }

    public String getReportFile() {
        return reportFile;
    }

    public void setReportFile(String reportFile) {
        this.reportFile = reportFile;
    }

    public long getUserId() {
        return userId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public int getTotalRows() {
        return totalRows;
    }

    public void setTotalRows(int totalRows) {
        this.totalRows = totalRows;
    }

    public int getProcessedRows() {
        return processedRows;
    }

    public void setProcessedRows(int processedRows) {
        this.processedRows = processedRows;
    }

    public int getImportedRows() {
        return importedRows;
    }

    public void setImportedRows(int importedRows) {
        this.importedRows = importedRows;
    }

    public int getUpdatedRows() {
        return updatedRows;
    }

    public void setUpdatedRows(int updatedRows) {
        this.updatedRows = updatedRows;
    }

    public int getUnchangedRows() {
        return unchangedRows;
    }

    public void setUnchangedRows(int unchangedRows) {
        this.unchangedRows = unchangedRows;
    }

    public int getRejectedRows() {
        return rejectedRows;
    }

    public void setRejectedRows(int rejectedRows) {
        this.rejectedRows = rejectedRows;
    }

    public int getLastCommittedRow() {
        return lastCommittedRow;
    }

    public void setLastCommittedRow(int lastCommittedRow) {
        this.lastCommittedRow = lastCommittedRow;
    }

    public String getErrorKey() {
        return errorKey;
    }

    public String getErrorArgs() {
        return errorArgs;
    }

    public void setError(String key, String encodedArgs) {
        this.errorKey = key;
        this.errorArgs = encodedArgs;
    }

    public Long getRepeatOf() {
        return repeatOf;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(Instant startedAt) {
        this.startedAt = startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public void setFinishedAt(Instant finishedAt) {
        this.finishedAt = finishedAt;
    }
}
