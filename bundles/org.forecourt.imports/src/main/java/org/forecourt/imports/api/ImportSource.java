package org.forecourt.imports.api;

/** How the file arrived. */
public enum ImportSource {
    /** Uploaded on the Import screen. */
    UPLOAD,
    /** Dropped into the store's inbox folder (imported as the system). */
    FOLDER;

    /** e.g. {@code import.source.FOLDER} */
    public String labelKey() {
        return "import.source." + name();
    }
}
