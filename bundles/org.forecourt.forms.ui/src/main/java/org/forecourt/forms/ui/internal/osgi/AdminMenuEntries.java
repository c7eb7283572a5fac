package org.forecourt.forms.ui.internal.osgi;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.forecourt.forms.api.FormsPermissions;
import org.forecourt.forms.ui.internal.design.DesignRoutes;
import org.forecourt.ui.api.Menu;
import org.forecourt.ui.api.MenuContribution;
import org.forecourt.ui.api.ViewContribution;

/**
 * The side-menu entries of the forms administration in the "Forms" section. Each waits for the screen it opens (a
 * reference to the {@link ViewContribution} with that route).
 */
final class AdminMenuEntries {

    /** Service property of the screens: the route they serve. */
    static final String ROUTE = "forecourt.route";

    static final String FORMS_LABEL = "forms.admin.menu.forms";
    static final String BINDINGS_LABEL = "forms.admin.menu.bindings";

    private AdminMenuEntries() {
    }

    /** A menu entry delegating to {@link Menu#entry}. */
    abstract static class Entry implements MenuContribution {

        private final MenuContribution entry;

        Entry(MenuContribution entry) {
            this.entry = entry;
        }

        @Override
        public String section() {
            return entry.section();
        }

        @Override
        public String labelKey() {
            return entry.labelKey();
        }

        @Override
        public String icon() {
            return entry.icon();
        }

        @Override
        public int order() {
            return entry.order();
        }

        @Override
        public String route() {
            return entry.route();
        }

        @Override
        public String permission() {
            return entry.permission();
        }
    }

    /** Forms and the designer (表单设计). */
    @Component(service = MenuContribution.class)
    public static final class Forms extends Entry {
        @Activate
        public Forms(@Reference(target = "(" + ROUTE + "=" + DesignRoutes.FORMS + ")") ViewContribution screen) {
            super(Menu.entry(Menu.FORMS, FORMS_LABEL, "FORM", 10, DesignRoutes.FORMS, FormsPermissions.DESIGN_VIEW));
        }
    }

    /** Purposes and bound forms (表单绑定). */
    @Component(service = MenuContribution.class)
    public static final class Bindings extends Entry {
        @Activate
        public Bindings(@Reference(target = "(" + ROUTE + "=" + DesignRoutes.BINDINGS + ")")
                        ViewContribution screen) {
            super(Menu.entry(Menu.FORMS, BINDINGS_LABEL, "LINK", 20, DesignRoutes.BINDINGS, FormsPermissions.BIND));
        }
    }
}
