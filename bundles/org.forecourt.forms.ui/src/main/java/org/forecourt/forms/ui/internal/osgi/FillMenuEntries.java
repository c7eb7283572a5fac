package org.forecourt.forms.ui.internal.osgi;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.forecourt.forms.api.FormsPermissions;
import org.forecourt.forms.ui.internal.fill.FillRoutes;
import org.forecourt.ui.api.Menu;
import org.forecourt.ui.api.MenuContribution;
import org.forecourt.ui.api.ViewContribution;

/** "Fill a form" and "Submissions" in the Forms section; each waits for the screen it opens. */
final class FillMenuEntries {

    static final String FILL_LABEL = "forms.fill.menu.fill";
    static final String SUBMISSIONS_LABEL = "forms.fill.menu.submissions";

    private FillMenuEntries() {
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

    /** Fill a form (填写表单), first in the section. */
    @Component(service = MenuContribution.class)
    public static final class Fill extends Entry {
        @Activate
        public Fill(@Reference(target = "(" + FillScreens.ROUTE + "=" + FillRoutes.FILL + ")") ViewContribution screen) {
            super(Menu.entry(Menu.FORMS, FILL_LABEL, "EDIT", 1, FillRoutes.FILL, FormsPermissions.FILL));
        }
    }

    /** Submissions (提交记录). */
    @Component(service = MenuContribution.class)
    public static final class Submissions extends Entry {
        @Activate
        public Submissions(@Reference(target = "(" + FillScreens.ROUTE + "=" + FillRoutes.SUBMISSIONS + ")")
                           ViewContribution screen) {
            super(Menu.entry(Menu.FORMS, SUBMISSIONS_LABEL, "RECORDS", 2, FillRoutes.SUBMISSIONS,
                    FormsPermissions.SUBMISSION_VIEW));
        }
    }
}
