package org.forecourt.masterdata.ui.internal.osgi;

/** Service properties of the master data screens. */
final class ScreenProperties {

    /** The route a {@code ViewContribution} serves; menu entries wait for the screen they open. */
    static final String ROUTE = "forecourt.route";

    private ScreenProperties() {
    }
}
