package org.forecourt.core.ui.internal;

import org.forecourt.ui.api.Menu;
import org.forecourt.ui.api.MenuContribution;
import org.forecourt.ui.api.ViewContribution;

/**
 * One administration screen: registered as both its view and its menu entry (section {@link Menu#ADMIN}), guarded
 * by the same permission in both. Subclasses are DS components that receive their services in the constructor and
 * hand them to each new view.
 */
public abstract class AdminScreen implements ViewContribution, MenuContribution {

    private final String route;
    private final String permission;
    private final String labelKey;
    private final String icon;
    private final int order;

    protected AdminScreen(String route, String permission, String labelKey, String icon, int order) {
        this.route = route;
        this.permission = permission;
        this.labelKey = labelKey;
        this.icon = icon;
        this.order = order;
    }

    @Override
    public final String route() {
        return route;
    }

    @Override
    public final String permission() {
        return permission;
    }

    @Override
    public final String section() {
        return Menu.ADMIN;
    }

    @Override
    public final String labelKey() {
        return labelKey;
    }

    @Override
    public final String icon() {
        return icon;
    }

    @Override
    public final int order() {
        return order;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[/" + route + ", " + permission + "]";
    }
}
