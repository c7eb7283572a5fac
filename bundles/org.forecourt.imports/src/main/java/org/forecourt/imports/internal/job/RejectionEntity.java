package org.forecourt.imports.internal.job;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.forecourt.persistence.NotAudited;

/**
 * One reason a row was rejected ({@code imp_rejection}). Not store-owned itself: it is only ever read through its
 * job, whose store the service checks first.
 */
@Entity(name = "ImportRejection")
@Table(name = "imp_rejection")
@IdClass(RejectionEntity.Key.class)
@NotAudited
public class RejectionEntity {

    /** The primary key: job, row, position within the row. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long jobId;
        private Integer rowNumber;
        private Integer seq;

        public Key() {
        }

        public Key(long jobId, int rowNumber, int seq) {
            this.jobId = jobId;
            this.rowNumber = rowNumber;
            this.seq = seq;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(jobId, k.jobId) && Objects.equals(rowNumber, k.rowNumber)
                    && Objects.equals(seq, k.seq);
        }

        @Override
        public int hashCode() {
            return Objects.hash(jobId, rowNumber, seq);
        }
    }

    @Id
    @Column(name = "job_id", nullable = false)
    private Long jobId;

    @Id
    @Column(name = "row_no", nullable = false)
    private Integer rowNumber;

    @Id
    @Column(nullable = false)
    private Integer seq;

    @Column(name = "column_label", nullable = false, length = 200)
    private String columnLabel;

    @Column(name = "cell_value", nullable = false, length = 1000)
    private String cellValue;

    @Column(name = "message_key", nullable = false, length = 200)
    private String messageKey;

    @Column(name = "message_args", nullable = false, length = 2000)
    private String messageArgs;

    @Column(name = "row_text", length = 500)
    private String rowText;

    protected RejectionEntity() {
    }

    public RejectionEntity(long jobId, int rowNumber, int seq, String column, String value, String messageKey,
                           String messageArgs, String rowText) {
        this.jobId = jobId;
        this.rowNumber = rowNumber;
        this.seq = seq;
        this.columnLabel = column;
        this.cellValue = value;
        this.messageKey = messageKey;
        this.messageArgs = messageArgs;
        this.rowText = rowText;
    }

    public long getJobId() {
        return jobId;
    }

    public int getRowNumber() {
        return rowNumber;
    }

    public int getSeq() {
        return seq;
    }

    public String getColumn() {
        return columnLabel;
    }

    public String getValue() {
        return cellValue;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getMessageArgs() {
        return messageArgs;
    }

    public String getRowText() {
        return rowText == null ? "" : rowText;
    }
}
