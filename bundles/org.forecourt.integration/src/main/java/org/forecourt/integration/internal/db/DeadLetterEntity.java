package org.forecourt.integration.internal.db;

import java.time.Instant;

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

import org.forecourt.integration.api.DeadLetterStatus;
import org.forecourt.persistence.NotAudited;

/**
 * A failed message. Not audited: its body would be copied into the audit log; who replayed or discarded it is kept
 * in the row itself.
 */
@NotAudited
@Entity(name = "IntDeadLetter")
@Table(name = "fc_int_dead_letter")
public class DeadLetterEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "connector_id", nullable = false, length = 64)
    public String connectorId;

    @Column(name = "instance_id", nullable = false, length = 64)
    public String instanceId;

    @Column(name = "route_id", nullable = false, length = 200)
    public String routeId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    public DeadLetterStatus status;

    @Lob
    @Column(name = "body_text")
    public String bodyText;

    @Lob
    @Column(name = "body_bytes")
    public byte[] bodyBytes;

    @Lob
    @Column(name = "headers")
    public String headers;

    @Column(name = "error_type", length = 300)
    public String errorType;

    @Column(name = "error_message", length = 4000)
    public String errorMessage;

    @Lob
    @Column(name = "stack_trace")
    public String stackTrace;

    @Column(name = "attempts", nullable = false)
    public int attempts;

    @Column(name = "last_attempt_at", nullable = false)
    public Instant lastAttemptAt;

    @Column(name = "note", length = 1000)
    public String note;

    @Column(name = "resolved_by", length = 100)
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;
}
