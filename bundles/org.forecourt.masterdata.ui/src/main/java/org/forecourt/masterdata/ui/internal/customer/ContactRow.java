package org.forecourt.masterdata.ui.internal.customer;

import org.forecourt.masterdata.api.customer.ContactKind;

/** One line of the "other contacts" editor: what the user typed, possibly incomplete. */
public final class ContactRow {

    private ContactKind kind = ContactKind.PHONE;
    private String value;
    private String note;

    public ContactRow() {
    }

    public ContactRow(ContactKind kind, String value, String note) {
        this.kind = kind;
        this.value = value;
        this.note = note;
    }

    /** Nothing typed: the line is ignored on save. */
    public boolean isBlank() {
        return (value == null || value.isBlank()) && (note == null || note.isBlank());
    }

    public ContactKind getKind() {
        return kind;
    }

    public void setKind(ContactKind kind) {
        this.kind = kind;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
