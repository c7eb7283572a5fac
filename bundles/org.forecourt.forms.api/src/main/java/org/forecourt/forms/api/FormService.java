package org.forecourt.forms.api;

import java.util.List;

import org.forecourt.core.api.Actor;
import org.forecourt.forms.api.engine.ItemChange;
import org.forecourt.forms.api.model.Extension;
import org.forecourt.forms.api.model.FormDefinition;

/**
 * Forms and their versions. Reading needs {@link FormsPermissions#DESIGN_VIEW}, changing
 * {@link FormsPermissions#DESIGN_EDIT}. Group templates are read by every designer and changed only by group-wide
 * actors; a brand's forms exist only for actors whose scope includes a store of that brand; store forms for actors
 * who see that store.
 */
public interface FormService {

    List<FormSummary> list(Actor actor, FormQuery query);

    /** @throws org.forecourt.core.api.NotFoundException when the form does not exist for the actor */
    FormDraft get(Actor actor, long formId);

    /** The form with this key of an owner, if visible. */
    java.util.Optional<FormSummary> findByKey(Actor actor, FormOwner owner, String key);

    /**
     * A new form with a draft.
     *
     * @throws org.forecourt.core.api.ValidationException with {@code forms.form.keyTaken} when the owner has a form
     *                                                    with that key
     */
    FormDraft create(Actor actor, FormOwner owner, FormDefinition draft);

    /**
     * A new form of {@code owner} built on the current published version of {@code parentFormId}: a copy of its
     * items, or an extension that follows its locked sections (see {@link Extension}). Store forms may only extend
     * brand forms that allow store additions.
     */
    FormDraft derive(Actor actor, long parentFormId, FormOwner owner, String key, Extension.Mode mode);

    /**
     * Saves the draft (it may still have problems; they are returned).
     *
     * @throws org.forecourt.core.api.ConflictException when someone saved since {@code expectedRevision}
     */
    FormDraft saveDraft(Actor actor, long formId, long expectedRevision, FormDefinition draft);

    /** Throws the draft away (the form keeps its published versions; a form never published is deleted). */
    void discardDraft(Actor actor, long formId, long expectedRevision);

    /**
     * Publishes the draft as the next version with a change note.
     *
     * @throws org.forecourt.forms.api.engine.DefinitionException when the draft has problems
     * @throws org.forecourt.core.api.ValidationException         with {@code forms.publish.noteRequired} when the note is blank
     */
    FormVersion publish(Actor actor, long formId, long expectedRevision, String changeNote);

    /** Retires a version: it is no longer used for new submissions; existing submissions keep rendering with it. */
    FormVersion retire(Actor actor, long versionId);

    /** A version; also readable with {@link FormsPermissions#FILL} or {@link FormsPermissions#SUBMISSION_VIEW} (to fill and show submissions). */
    FormVersion version(Actor actor, long versionId);

    /** Newest first. */
    List<FormVersion> versions(Actor actor, long formId);

    /** Field-by-field differences between two versions of the same form. */
    List<ItemChange> compare(Actor actor, long fromVersionId, long toVersionId);

    /** A version's definition as a JSON document (null version = the draft). */
    String exportJson(Actor actor, long formId, Integer versionNumber);

    /**
     * Imports a definition document as a new form of the owner, or as the new draft of the owner's form with the
     * same key.
     *
     * @throws org.forecourt.forms.api.engine.DefinitionException when the document is not a valid definition
     */
    FormDraft importJson(Actor actor, FormOwner owner, String json);
}
