package org.forecourt.imports.ui.internal;

/** Stable element ids of the Import screen, for browser tests and for support ("click import-upload"). */
public final class Ids {

    public static final String VIEW = "import-view";
    public static final String KIND = "import-kind";
    public static final String STORE = "import-store";
    public static final String COLUMNS = "import-columns";
    public static final String UPLOAD = "import-upload";
    public static final String UPLOAD_BUTTON = "import-upload-button";
    public static final String UPLOAD_ERROR = "import-upload-error";
    /** the panel of the selected job: progress, result, rejected rows, report */
    public static final String JOB = "import-job";
    public static final String JOB_TITLE = "import-job-title";
    public static final String PROGRESS = "import-progress";
    public static final String STATUS = "import-status";
    public static final String RESULT = "import-result";
    public static final String RESULT_IMPORTED = "import-result-imported";
    public static final String RESULT_UPDATED = "import-result-updated";
    public static final String RESULT_UNCHANGED = "import-result-unchanged";
    public static final String RESULT_REJECTED = "import-result-rejected";
    public static final String RESULT_REPEAT = "import-result-repeat";
    public static final String RESULT_ERROR = "import-result-error";
    public static final String ERRORS_GRID = "import-errors-grid";
    public static final String REPORT_DOWNLOAD = "import-report-download";
    public static final String JOBS_GRID = "import-jobs-grid";
    public static final String JOBS_REFRESH = "import-jobs-refresh";

    private Ids() {
    }
}
