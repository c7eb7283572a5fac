package org.forecourt.forms.impl.internal;

/** Message keys of this module's own messages (texts in {@code i18n/forms*.properties}). */
public final class Keys {

    /** A required value is missing. */
    public static final String REQUIRED = "forms.validation.required";
    /** Longer than {0} characters. */
    public static final String TOO_LONG = "forms.validation.tooLong";

    /** The owner already has a form with that key. */
    public static final String FORM_KEY_TAKEN = "forms.form.keyTaken";
    /** The actor may not change forms of this owner (group templates: group-wide actors only). */
    public static final String FORM_OWNER_NOT_PERMITTED = "forms.form.ownerNotPermitted";
    /** A brand or store owner without its brand / store, or a store that is not of the brand. */
    public static final String FORM_OWNER_INVALID = "forms.form.ownerInvalid";
    /** The key of a form cannot change. */
    public static final String FORM_KEY_CHANGED = "forms.form.keyChanged";

    public static final String PUBLISH_NOTE_REQUIRED = "forms.publish.noteRequired";
    /** A store form extends a form that does not allow store additions. */
    public static final String PUBLISH_NO_STORE_ADDITIONS = "forms.publish.noStoreAdditions";

    /** The parent has no published version. */
    public static final String DERIVE_NOT_PUBLISHED = "forms.derive.notPublished";
    /** Stores may only extend their brand's forms (or group templates) that allow store additions. */
    public static final String DERIVE_NO_STORE_ADDITIONS = "forms.derive.noStoreAdditions";
    /** The parent belongs to a lower level or another brand/store. */
    public static final String DERIVE_WRONG_PARENT = "forms.derive.wrongParent";

    /** Two versions of different forms. */
    public static final String VERSION_OTHER_FORM = "forms.version.otherForm";
    /** A retired version cannot be filled. */
    public static final String VERSION_RETIRED = "forms.version.retired";

    public static final String BIND_NOT_PUBLISHED = "forms.bind.notPublished";
    public static final String BIND_UNKNOWN_PURPOSE = "forms.bind.unknownPurpose";
    public static final String BIND_WRONG_OWNER = "forms.bind.wrongOwner";

    public static final String SUBMISSION_NO_FORM = "forms.submission.noForm";
    /** Submitted submissions are final. */
    public static final String SUBMISSION_NOT_DRAFT = "forms.submission.notDraft";
    /** Only the person who started a draft changes it. */
    public static final String SUBMISSION_NOT_YOURS = "forms.submission.notYours";
    /** An answer names an attachment that is not one of this submission's. */
    public static final String ANSWER_UNKNOWN_ATTACHMENT = "forms.answer.unknownAttachment";

    public static final String ATTACHMENT_NOT_IMAGE = "forms.attachment.notImage";
    /** Larger than {0} MB. */
    public static final String ATTACHMENT_TOO_LARGE = "forms.attachment.tooLarge";
    /** The path is not a photo, signature or inspection item of the form. */
    public static final String ATTACHMENT_WRONG_PATH = "forms.attachment.wrongPath";

    public static final String GATE_OPEN_PASSED = "forms.gate.open.passed";
    public static final String GATE_OPEN_UNBOUND = "forms.gate.open.unbound";
    public static final String GATE_CLOSED_MISSING = "forms.gate.closed.missing";
    public static final String GATE_CLOSED_DRAFT = "forms.gate.closed.draft";
    public static final String GATE_CLOSED_FAILED = "forms.gate.closed.failed";

    /** Entity names used in NotFoundException and ConflictException (labels: {@code forms.entity.<name>}). */
    public static final String ENTITY_FORM = "Form";
    public static final String ENTITY_VERSION = "FormVersion";
    public static final String ENTITY_BINDING = "FormBinding";
    public static final String ENTITY_SUBMISSION = "FormSubmission";
    public static final String ENTITY_ATTACHMENT = "FormAttachment";

    private Keys() {
    }
}
