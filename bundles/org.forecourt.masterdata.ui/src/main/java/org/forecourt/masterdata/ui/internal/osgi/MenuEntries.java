package org.forecourt.masterdata.ui.internal.osgi;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.forecourt.masterdata.api.MasterdataPermissions;
import org.forecourt.masterdata.ui.internal.Routes;
import org.forecourt.ui.api.Menu;
import org.forecourt.ui.api.MenuContribution;
import org.forecourt.ui.api.ViewContribution;

/**
 * The side-menu entries of the list screens, in the "Customers &amp; vehicles" section. Each entry waits for the screen
 * it opens (a reference to the {@link ViewContribution} with that route), so the menu never offers a missing screen.
 */
final class MenuEntries {

    static final String CUSTOMERS_LABEL = "masterdataui.menu.customers";
    static final String VEHICLES_LABEL = "masterdataui.menu.vehicles";
    static final String CATALOG_LABEL = "masterdataui.menu.catalog";

    private MenuEntries() {
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

    /** Customers (客户), first in the section. */
    @Component(service = MenuContribution.class)
    public static final class Customers extends Entry {
        @Activate
        public Customers(@Reference(target = "(" + ScreenProperties.ROUTE + "=" + Routes.CUSTOMERS + ")")
                         ViewContribution screen) {
            super(Menu.entry(Menu.MASTERDATA, CUSTOMERS_LABEL, "USERS", 10, Routes.CUSTOMERS,
                    MasterdataPermissions.CUSTOMER_VIEW));
        }
    }

    /** Vehicles (车辆). */
    @Component(service = MenuContribution.class)
    public static final class Vehicles extends Entry {
        @Activate
        public Vehicles(@Reference(target = "(" + ScreenProperties.ROUTE + "=" + Routes.VEHICLES + ")")
                        ViewContribution screen) {
            super(Menu.entry(Menu.MASTERDATA, VEHICLES_LABEL, "CAR", 20, Routes.VEHICLES,
                    MasterdataPermissions.VEHICLE_VIEW));
        }
    }

    /** The model catalogue (车型目录): everyone signed in may read it. */
    @Component(service = MenuContribution.class)
    public static final class Catalog extends Entry {
        @Activate
        public Catalog(@Reference(target = "(" + ScreenProperties.ROUTE + "=" + Routes.CATALOG + ")")
                       ViewContribution screen) {
            super(Menu.entry(Menu.MASTERDATA, CATALOG_LABEL, "BOOK", 30, Routes.CATALOG, null));
        }
    }
}
