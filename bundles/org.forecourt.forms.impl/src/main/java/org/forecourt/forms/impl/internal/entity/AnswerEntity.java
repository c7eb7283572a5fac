package org.forecourt.forms.impl.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

import org.forecourt.persistence.NotAudited;
import org.forecourt.persistence.StoreOwned;

/**
 * One queryable answer value of a submitted submission ({@code fc_form_answer}). A projection of the (audited)
 * submission written in the same transaction, so not audited itself; never changed after it is written.
 */
@NotAudited
@Entity(name = "FormAnswer")
@Table(name = "fc_form_answer")
public class AnswerEntity implements StoreOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "submission_id", nullable = false, updatable = false)
    private Long submissionId;

    @Column(name = "store_id", nullable = false, updatable = false)
    private Long storeId;

    @Column(name = "form_key", nullable = false, updatable = false, length = 80)
    private String formKey;

    @Column(name = "version_id", nullable = false, updatable = false)
    private Long versionId;

    @Column(nullable = false, updatable = false, length = 200)
    private String path;

    @Column(name = "field_key", nullable = false, updatable = false, length = 64)
    private String fieldKey;

    @Column(name = "group_key", updatable = false, length = 64)
    private String groupKey;

    @Column(name = "row_index", updatable = false)
    private Integer rowIndex;

    @Column(name = "field_type", nullable = false, updatable = false, length = 20)
    private String fieldType;

    @Column(name = "value_text", updatable = false, length = 4000)
    private String valueText;

    @Column(name = "value_number", updatable = false, precision = 19, scale = 4)
    private BigDecimal valueNumber;

    @Column(name = "value_bool", updatable = false)
    private Boolean valueBool;

    @Column(updatable = false, length = 10)
    private String grade;

    @Column(name = "option_value", updatable = false, length = 64)
    private String optionValue;

    protected AnswerEntity() {
    }

    public AnswerEntity(SubmissionEntity submission, String path, String fieldKey, String groupKey, Integer rowIndex,
                        String fieldType) {
        this.submissionId = submission.getId();
        this.storeId = submission.getStoreId();
        this.formKey = submission.getFormKey();
        this.versionId = submission.getVersionId();
        this.path = path;
        this.fieldKey = fieldKey;
        this.groupKey = groupKey;
        this.rowIndex = rowIndex;
        this.fieldType = fieldType;
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

    public String getFieldKey() {
        return fieldKey;
    }

    public String getFieldType() {
        return fieldType;
    }

    public String getValueText() {
        return valueText;
    }

    public AnswerEntity text(String valueText) {
        this.valueText = valueText;
        return this;
    }

    public BigDecimal getValueNumber() {
        return valueNumber;
    }

    public AnswerEntity number(BigDecimal valueNumber) {
        this.valueNumber = valueNumber;
        return this;
    }

    public Boolean getValueBool() {
        return valueBool;
    }

    public AnswerEntity bool(Boolean valueBool) {
        this.valueBool = valueBool;
        return this;
    }

    public String getGrade() {
        return grade;
    }

    public AnswerEntity grade(String grade) {
        this.grade = grade;
        return this;
    }

    public String getOptionValue() {
        return optionValue;
    }

    public AnswerEntity option(String optionValue) {
        this.optionValue = optionValue;
        return this;
    }
}
