package org.forecourt.integration.internal.db;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.forecourt.persistence.NotAudited;

/** A message id a processor (connector/instance[/stream]) has seen. */
@NotAudited
@Entity(name = "IntIdempotentKey")
@Table(name = "fc_int_idempotent")
@IdClass(IdempotentKeyEntity.Key.class)
public class IdempotentKeyEntity {

    @Id
    @Column(name = "processor_name", nullable = false, length = 200)
    public String processorName;

    @Id
    @Column(name = "message_id", nullable = false, length = 200)
    public String messageId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public IdempotentKeyEntity() {
    }

    public IdempotentKeyEntity(String processorName, String messageId, Instant createdAt) {
        this.processorName = processorName;
        this.messageId = messageId;
        this.createdAt = createdAt;
    }

    /** The composite primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String processorName;
        public String messageId;

        public Key() {
        }

        public Key(String processorName, String messageId) {
            this.processorName = processorName;
            this.messageId = messageId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(processorName, k.processorName)
                    && Objects.equals(messageId, k.messageId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(processorName, messageId);
        }
    }
}
