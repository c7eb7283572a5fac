package org.forecourt.imports.api;

/** What a file holds. */
public enum ImportKind {
    /** Customers (persons and companies), matched by identity number, then mobile number, within the store. */
    CUSTOMERS("customers"),
    /** Vehicles, matched by VIN within the store; the owner is found by mobile number. */
    VEHICLES("vehicles");

    private final String folder;

    ImportKind(String folder) {
        this.folder = folder;
    }

    /** The name of the kind's sub-folder in a store's inbox folder, e.g. {@code customers}. */
    public String folder() {
        return folder;
    }

    /** e.g. {@code import.kind.CUSTOMERS} */
    public String labelKey() {
        return "import.kind." + name();
    }
}
