package org.forecourt.masterdata.impl.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

import org.forecourt.masterdata.api.customer.ContactKind;

/** One further contact of a customer (table {@code md_customer_contact}). */
@Embeddable
public class ContactEmbeddable {

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_kind", nullable = false, length = 10)
    private ContactKind kind;

    @Column(name = "contact_value", nullable = false, length = 100)
    private String value;

    @Column(name = "contact_note", length = 50)
    private String note;

    protected ContactEmbeddable() {
    }

    public ContactEmbeddable(ContactKind kind, String value, String note) {
        this.kind = kind;
        this.value = value;
        this.note = note;
    }

    public ContactKind getKind() {
        return kind;
    }

    public String getValue() {
        return value;
    }

    public String getNote() {
        return note;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContactEmbeddable c && kind == c.kind && Objects.equals(value, c.value)
                && Objects.equals(note, c.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, value, note);
    }

    @Override
    public String toString() {
        return kind + ":" + value + (note == null ? "" : " (" + note + ")");
    }
}
