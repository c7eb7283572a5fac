package org.forecourt.ui.api;

/**
 * Whiteboard service: an entry in the side menu, shown only to users with {@link #permission()}.
 *
 * @see Menu#entry for a ready-made implementation
 */
public interface MenuContribution {

    /** Section the entry is grouped under: one of {@link Menu} sections or a module's own key. */
    String section();

    /** Message key of the label. */
    String labelKey();

    /** A {@code com.vaadin.flow.component.icon.VaadinIcon} name, e.g. {@code USERS}. */
    String icon();

    /** Position within the section, lower first. */
    int order();

    /** The route it opens. */
    String route();

    /** Permission needed to see the entry, or {@code null}. Should match the view's. */
    String permission();
}
