package org.forecourt.forms.api.model;

/** What a {@link FieldType#REFERENCE} item shows. JSON values are lower case. */
public enum ReferenceKind {
    CUSTOMER, VEHICLE, USER, STORE
}
