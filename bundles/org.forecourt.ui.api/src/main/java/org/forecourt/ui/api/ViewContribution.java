package org.forecourt.ui.api;

import com.vaadin.flow.component.Component;

/**
 * Whiteboard service: a screen. The shell registers {@link #route()} inside its main layout while the service is
 * registered and removes it when it goes away (users on it are sent home with a notice). Navigation to the route is
 * refused on the server when the signed-in user lacks {@link #permission()}.
 *
 * <p>The shell creates the view through {@link #create()}, so the contributing DS component can hand its services to
 * the view's constructor. Views read the signed-in user with {@link CurrentUser#actor()}.
 */
public interface ViewContribution {

    /** Route template, e.g. {@code customers} or {@code customers/:id}. */
    String route();

    /** The view class (used by the router; must be a {@link Component}). */
    Class<? extends Component> viewClass();

    /** Permission needed to open it, or {@code null} for any signed-in user. */
    String permission();

    /** A new view instance. */
    Component create();
}
