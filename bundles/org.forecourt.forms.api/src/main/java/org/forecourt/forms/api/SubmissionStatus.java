package org.forecourt.forms.api;

/** A draft autosaves while being filled; a submitted submission is final. */
public enum SubmissionStatus {
    DRAFT, SUBMITTED
}
