package org.forecourt.forms.api;

/** Event Admin topics of the forms module; properties: {@code formKey}, {@code version}, {@code purpose}, {@code storeId}, {@code submissionId}, {@code subjectType}, {@code subjectId}, {@code passed}. */
public final class FormsEvents {

    public static final String PUBLISHED = "org/forecourt/forms/PUBLISHED";
    public static final String SUBMITTED = "org/forecourt/forms/SUBMITTED";

    private FormsEvents() {
    }
}
