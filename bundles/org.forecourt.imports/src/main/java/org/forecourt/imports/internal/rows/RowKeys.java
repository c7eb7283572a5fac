package org.forecourt.imports.internal.rows;

/** Message keys of row-level refusals made by the import itself (texts in {@code i18n/importjobs*.properties}). */
public final class RowKeys {

    /** The row's store code is unknown or outside the actor's stores. {0} = the code. */
    public static final String STORE_NOT_IN_SCOPE = "import.row.storeNotInScope";
    /** Not one of the accepted values. {0} = the value, {1} = accepted values. */
    public static final String INVALID_CHOICE = "import.row.invalidChoice";
    /** Not a whole number. {0} = the value. */
    public static final String NOT_A_NUMBER = "import.row.notANumber";
    /** Not a year. {0} = the value. */
    public static final String NOT_A_YEAR = "import.row.notAYear";
    /** Not a date. {0} = the value. */
    public static final String NOT_A_DATE = "import.row.notADate";
    /** No customer of the store has that mobile number. {0} = the number. */
    public static final String OWNER_NOT_FOUND = "import.row.ownerNotFound";
    /** Several customers of the store have that mobile number. {0} = how many, {1} = the number. */
    public static final String OWNER_AMBIGUOUS = "import.row.ownerAmbiguous";

    private RowKeys() {
    }
}
