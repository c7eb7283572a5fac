package org.forecourt.forms.api;

/** Names of the forms module's permissions. */
public final class FormsPermissions {

    public static final String MODULE = "forms";

    /** Open the forms list and read definitions (brand and group admins; managers read their brand's forms). */
    public static final String DESIGN_VIEW = "forms.design.view";
    /** Create, edit, publish, retire, import forms of the brands in scope (brand admin), group templates (group admin). */
    public static final String DESIGN_EDIT = "forms.design.edit";
    /** Bind published forms to purposes (brand admin for the brand, store manager for store additions). */
    public static final String BIND = "forms.bind";
    /** Fill in forms (every store role). */
    public static final String FILL = "forms.fill";
    /** Read submissions of the stores in scope. */
    public static final String SUBMISSION_VIEW = "forms.submission.view";

    private FormsPermissions() {
    }
}
