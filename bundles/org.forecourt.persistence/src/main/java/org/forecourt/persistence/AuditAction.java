package org.forecourt.persistence;

/** What happened to an audited entity. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE
}
