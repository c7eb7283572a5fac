package org.forecourt.forms.ui.internal.fill;

/** The routes of the fill and submission screens. */
public final class FillRoutes {

    /** Choose a purpose or a published form and start filling it. */
    public static final String FILL = "forms/fill";
    /** The submissions list. */
    public static final String SUBMISSIONS = "forms/submissions";
    /** One submission: a draft is filled on, a submitted one is shown read-only with its PDF. */
    public static final String SUBMISSION = "forms/submission/:id";

    private FillRoutes() {
    }

    public static String submission(long id) {
        return "forms/submission/" + id;
    }
}
