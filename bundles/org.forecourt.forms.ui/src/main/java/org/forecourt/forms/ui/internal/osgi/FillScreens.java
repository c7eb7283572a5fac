package org.forecourt.forms.ui.internal.osgi;

/** Service properties of the fill screens. */
final class FillScreens {

    /** The route a {@code ViewContribution} serves; menu entries wait for the screen they open. */
    static final String ROUTE = "forecourt.route";

    private FillScreens() {
    }
}
