package org.forecourt.forms.api;

/** The life of a form version: a draft becomes a numbered, immutable published version, which may later be retired. */
public enum VersionStatus {
    DRAFT, PUBLISHED, RETIRED
}
