package org.forecourt.forms.ui.internal.fill;

/** Element ids of the fill and submission screens (stable for browser tests). */
public final class FillIds {

    public static final String FILL_VIEW = "forms-fill-view";
    public static final String FILL_PURPOSE = "forms-fill-purpose";
    public static final String FILL_FORM = "forms-fill-form";
    public static final String FILL_STORE = "forms-fill-store";
    public static final String FILL_START = "forms-fill-start";
    public static final String SUBMISSION_VIEW = "forms-submission-view";
    public static final String SUBMISSION_TITLE = "forms-submission-title";
    public static final String SUBMIT = "forms-submit";
    public static final String SAVED = "forms-saved";
    public static final String PDF = "forms-pdf";
    public static final String SUBMISSIONS_VIEW = "forms-submissions-view";
    public static final String SUBMISSIONS_GRID = "forms-submissions-grid";
    public static final String FILTER_FORM = "forms-submissions-form";
    public static final String FILTER_PURPOSE = "forms-submissions-purpose";
    public static final String FILTER_STATUS = "forms-submissions-status";
    public static final String FILTER_PASSED = "forms-submissions-passed";
    public static final String FILTER_FROM = "forms-submissions-from";
    public static final String FILTER_TO = "forms-submissions-to";

    private FillIds() {
    }
}
