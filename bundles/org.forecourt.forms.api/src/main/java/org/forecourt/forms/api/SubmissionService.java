package org.forecourt.forms.api;

import java.util.List;
import java.util.Map;

import org.forecourt.core.api.Actor;
import org.forecourt.forms.api.engine.FormContext;

/**
 * Filling forms. Filling needs {@link FormsPermissions#FILL}, reading others' submissions
 * {@link FormsPermissions#SUBMISSION_VIEW}; submissions belong to a store and exist only for actors who see it.
 */
public interface SubmissionService {

    /** Largest attachment accepted, in bytes. */
    long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;

    /**
     * Starts a draft, or returns the actor's open draft for the same version and subject.
     *
     * @throws org.forecourt.core.api.ValidationException with {@code forms.submission.noForm} when no form is bound to
     *                                                    the purpose for the store
     */
    Submission start(Actor actor, SubmissionRequest request);

    /**
     * Autosaves the answers of a draft: values are checked for shape only (unknown fields and wrong types are
     * refused, missing answers are fine).
     *
     * @throws org.forecourt.core.api.ValidationException with the offending paths
     * @throws org.forecourt.core.api.ConflictException   when saved elsewhere since {@code expectedRevision}
     */
    Submission saveDraft(Actor actor, long submissionId, long expectedRevision, Map<String, Object> answers);

    /**
     * Submits: full validation with the submission's version, computed values and references filled from the
     * context, score and pass verdict stored (also as queryable rows). Nothing is saved when validation fails.
     *
     * @throws org.forecourt.core.api.ValidationException with every invalid path
     */
    Submission submit(Actor actor, long submissionId, long expectedRevision, Map<String, Object> answers);

    /** Deletes a draft (submitted submissions are kept for ever). */
    void discard(Actor actor, long submissionId);

    Submission get(Actor actor, long submissionId);

    /** Newest first. @param limit 1..500 */
    List<Submission> find(Actor actor, SubmissionQuery query, int offset, int limit);

    long count(Actor actor, SubmissionQuery query);

    /**
     * The context of a submission for rendering and evaluation: its store, customer, vehicle (from master data when
     * installed) and the actor.
     */
    FormContext context(Actor actor, long submissionId);

    /**
     * Adds a photo or signature to a draft. The content must be a JPEG or PNG image (checked by decoding it, not by
     * the declared type) no larger than {@link #MAX_ATTACHMENT_BYTES}; EXIF/XMP and other metadata (location) are
     * removed before it is stored.
     *
     * @throws org.forecourt.core.api.ValidationException with {@code forms.attachment.notImage} or
     *                                                    {@code forms.attachment.tooLarge} on {@code path}
     */
    Attachment addAttachment(Actor actor, long submissionId, String path, String fileName, byte[] content);

    List<Attachment> attachments(Actor actor, long submissionId);

    /** The stored bytes of an attachment. */
    byte[] attachmentContent(Actor actor, String attachmentId);
}
