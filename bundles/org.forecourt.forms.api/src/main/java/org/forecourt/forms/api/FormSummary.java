package org.forecourt.forms.api;

import java.time.Instant;

import org.forecourt.forms.api.model.LocalText;

/**
 * A form in the forms list.
 *
 * @param id              the form's id
 * @param key             its key
 * @param title           its title (of the draft, else of the latest version)
 * @param kind            checklist, questionnaire, agreement, script, survey
 * @param owner           group, brand or store
 * @param currentVersion  the number of the newest published (not retired) version, or null
 * @param hasDraft        there are unpublished changes
 * @param parentFormId    the form it copies or extends, or null
 * @param updatedAt       last change of the draft or last publication
 * @param updatedBy       who made it
 * @param revision        optimistic-lock revision of the draft, to pass to {@link FormService#saveDraft}
 */
public record FormSummary(long id, String key, LocalText title, String kind, FormOwner owner, Integer currentVersion,
                          boolean hasDraft, Long parentFormId, Instant updatedAt, String updatedBy, long revision) {
}
