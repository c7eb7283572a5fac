package org.forecourt.forms.api;

import java.time.Instant;

import org.forecourt.forms.api.model.FormDefinition;

/**
 * One published (or retired) version of a form. Immutable: its definition is the fully resolved definition (an
 * extending form's parent items included), so a submission renders with exactly what was filled.
 *
 * @param id          the version's id (what submissions record)
 * @param formId      the form
 * @param formKey     the form's key
 * @param number      1, 2, 3 … per form
 * @param status      published or retired
 * @param changeNote  what changed, written by the publisher
 * @param publishedAt when
 * @param publishedBy who
 * @param definition  the resolved definition (a copy; changing it changes nothing stored)
 */
public record FormVersion(long id, long formId, String formKey, int number, VersionStatus status, String changeNote,
                          Instant publishedAt, String publishedBy, FormDefinition definition) {
}
