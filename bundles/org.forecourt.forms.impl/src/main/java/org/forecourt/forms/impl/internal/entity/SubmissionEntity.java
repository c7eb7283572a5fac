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

import java.math.BigDecimal;
import java.time.Instant;

import org.forecourt.forms.api.SubmissionStatus;
import org.forecourt.persistence.StoreOwned;

/** A filled or being-filled form ({@code fc_form_submission}); the revision is the optimistic lock. */
@Entity(name = "FormSubmission")
@Table(name = "fc_form_submission")
public class SubmissionEntity implements StoreOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "store_id", nullable = false, updatable = false)
    private Long storeId;

    @Column(name = "version_id", nullable = false, updatable = false)
    private Long versionId;

    @Column(name = "form_key", nullable = false, updatable = false, length = 80)
    private String formKey;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(updatable = false, length = 100)
    private String purpose;

    @Column(name = "subject_type", updatable = false, length = 50)
    private String subjectType;

    @Column(name = "subject_id", updatable = false, length = 100)
    private String subjectId;

    @Column(name = "customer_id", updatable = false)
    private Long customerId;

    @Column(name = "vehicle_id", updatable = false)
    private Long vehicleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SubmissionStatus status;

    @Lob
    @Column(name = "answers_json", nullable = false)
    private String answersJson;

    @Column(precision = 19, scale = 4)
    private BigDecimal points;

    @Column(name = "max_points", precision = 19, scale = 4)
    private BigDecimal maxPoints;

    @Column(name = "score_percent", precision = 7, scale = 2)
    private BigDecimal percent;

    private Boolean passed;

    @Column(name = "filled_by_id", nullable = false, updatable = false)
    private long filledById;

    @Column(name = "filled_by", nullable = false, updatable = false, length = 200)
    private String filledBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private long revision;

    protected SubmissionEntity() {
    }

    public SubmissionEntity(long storeId, FormVersionEntity version, String formKey, String purpose,
                            String subjectType, String subjectId, Long customerId, Long vehicleId, long filledById,
                            String filledBy, Instant startedAt) {
        this.storeId = storeId;
        this.versionId = version.getId();
        this.versionNumber = version.getNumber();
        this.formKey = formKey;
        this.purpose = purpose;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.customerId = customerId;
        this.vehicleId = vehicleId;
        this.filledById = filledById;
        this.filledBy = filledBy;
        this.startedAt = startedAt;
        this.updatedAt = startedAt;
        this.status = SubmissionStatus.DRAFT;
        this.answersJson = "{}";
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getStoreId() {
        return storeId;
    }

    public Long getVersionId() {
        return versionId;
    }

    public String getFormKey() {
        return formKey;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getVehicleId() {
        return vehicleId;
    }

    public SubmissionStatus getStatus() {
        return status;
    }

    public String getAnswersJson() {
        return answersJson;
    }

    public void saveAnswers(String answersJson, Instant at) {
        this.answersJson = answersJson;
        this.updatedAt = at;
    }

    public void submit(BigDecimal points, BigDecimal maxPoints, BigDecimal percent, boolean passed, Instant at) {
        this.status = SubmissionStatus.SUBMITTED;
        this.points = points;
        this.maxPoints = maxPoints;
        this.percent = percent;
        this.passed = passed;
        this.submittedAt = at;
        this.updatedAt = at;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public Boolean getPassed() {
        return passed;
    }

    public long getFilledById() {
        return filledById;
    }

    public String getFilledBy() {
        return filledBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public long getRevision() {
        return revision;
    }
}
