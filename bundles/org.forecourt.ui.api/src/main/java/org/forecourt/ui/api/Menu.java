package org.forecourt.ui.api;

/** Standard menu sections (message keys {@code menu.section.<name>}) and a simple {@link MenuContribution}. */
public final class Menu {

    public static final String SALES = "sales";
    public static final String AFTERSALES = "aftersales";
    public static final String CRM = "crm";
    public static final String MASTERDATA = "masterdata";
    public static final String REPORTS = "reports";
    public static final String FORMS = "forms";
    public static final String ADMIN = "admin";

    private Menu() {
    }

    /** A plain menu entry. */
    public static MenuContribution entry(String section, String labelKey, String icon, int order, String route,
                                         String permission) {
        return new Entry(section, labelKey, icon, order, route, permission);
    }

    private record Entry(String section, String labelKey, String icon, int order, String route, String permission)
            implements MenuContribution {
    }
}
