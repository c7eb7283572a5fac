package org.forecourt.imports.internal.job;

/** Message keys of whole-job refusals and failures (texts in {@code i18n/importjobs*.properties}). */
public final class JobKeys {

    /** The file name does not end in a spreadsheet extension. {0} = the name. */
    public static final String FILE_TYPE = "import.job.fileType";
    /** Larger than allowed. {0} = the limit in MB. */
    public static final String TOO_LARGE = "import.job.tooLarge";
    /** No bytes at all. */
    public static final String EMPTY = "import.job.empty";
    /** The job's copy of the file is gone. */
    public static final String FILE_MISSING = "import.job.fileMissing";
    /** Broke off. {0} = the last row settled. */
    public static final String UNEXPECTED = "import.job.unexpected";
    /** The store is not known. {0} = its id or code. */
    public static final String UNKNOWN_STORE = "import.job.unknownStore";

    private JobKeys() {
    }
}
