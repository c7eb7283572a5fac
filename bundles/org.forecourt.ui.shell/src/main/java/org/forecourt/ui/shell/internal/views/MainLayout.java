package org.forecourt.ui.shell.internal.views;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinSession;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.i18n.Messages;
import org.forecourt.ui.api.CurrentUser;
import org.forecourt.ui.api.MenuContribution;
import org.forecourt.ui.shell.internal.ShellContext;
import org.forecourt.ui.shell.internal.ShellRegistry;

/**
 * The frame around every screen: header with the language switch and the user menu, and the side menu built from
 * the modules' menu contributions the user may see. It listens to the shell registry, so installing or removing a
 * module changes the menu in open browsers at once (server push), and a user on a removed screen is sent home.
 */
public class MainLayout extends AppLayout implements RouterLayout, AfterNavigationObserver, ShellRegistry.Listener {

    private static final long serialVersionUID = 1L;

    private final transient ShellContext shell;
    private final Div menuHolder = new Div();
    private final Span title = new Span();
    private final Select<Locale> language = new Select<>();
    private final MenuBar userMenu = new MenuBar();
    private Class<?> currentView;
    private UI ui;

    public MainLayout(ShellContext shell) {
        this.shell = shell;
        setPrimarySection(Section.DRAWER);

        title.addClassName("fc-title");
        language.setItems(Messages.SUPPORTED);
        language.setItemLabelGenerator(LoginView::languageName);
        language.setId("language");
        language.addClassName("fc-language");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                switchLanguage(e.getValue());
            }
        });
        userMenu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        userMenu.setId("user-menu");

        Div spacer = new Div();
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, spacer, language, userMenu);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(spacer);
        header.addClassName("fc-header");
        addToNavbar(header);

        Span brand = new Span(shell.config().title());
        brand.addClassName("fc-brand");
        menuHolder.setId("main-menu");
        addToDrawer(brand, menuHolder);
    }

    private Locale locale() {
        return UI.getCurrent() != null ? UI.getCurrent().getLocale() : Locale.SIMPLIFIED_CHINESE;
    }

    private String t(String key, Object... args) {
        return shell.messages().get(locale(), key, args);
    }

    private void switchLanguage(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        CurrentUser.find().ifPresent(actor -> {
            shell.users().setOwnLocale(actor, locale);
            VaadinSession.getCurrent().setAttribute(CurrentUser.SESSION_ATTRIBUTE, actor.withLocale(locale));
        });
        // re-render everything in the new language
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }

    private void build() {
        Actor actor = CurrentUser.find().orElse(null);
        if (actor == null) {
            return;
        }
        language.setValue(Messages.SUPPORTED.contains(locale()) ? locale() : Locale.SIMPLIFIED_CHINESE);
        userMenu.removeAll();
        MenuItem me = userMenu.addItem(actor.displayName());
        me.getSubMenu().addItem(t("shell.signOut"), e -> signOut()).setId("sign-out");
        buildMenu(actor);
    }

    private void buildMenu(Actor actor) {
        menuHolder.removeAll();
        Map<String, SideNav> sections = new LinkedHashMap<>();
        SideNav home = new SideNav();
        home.addItem(new SideNavItem(t("shell.home"), "", VaadinIcon.HOME.create()));
        menuHolder.add(home);
        List<MenuContribution> entries = shell.registry().menu();
        for (MenuContribution entry : entries) {
            if (entry.permission() != null && !actor.has(entry.permission())) {
                continue;
            }
            SideNav nav = sections.computeIfAbsent(entry.section(), s -> {
                SideNav n = new SideNav(t("menu.section." + s));
                n.setCollapsible(true);
                n.addClassName("fc-menu-section");
                return n;
            });
            SideNavItem item = new SideNavItem(t(entry.labelKey()), entry.route(), icon(entry.icon()));
            item.getElement().setAttribute("data-route", entry.route());
            nav.addItem(item);
        }
        sections.values().forEach(menuHolder::add);
    }

    private static Component icon(String name) {
        try {
            return VaadinIcon.valueOf(name).create();
        } catch (RuntimeException e) {
            return VaadinIcon.CIRCLE_THIN.create();
        }
    }

    private void signOut() {
        UI current = UI.getCurrent();
        VaadinSession.getCurrent().setAttribute(CurrentUser.SESSION_ATTRIBUTE, null);
        VaadinSession.getCurrent().getSession().invalidate();
        current.getPage().setLocation("login");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        List<?> chain = event.getActiveChain();
        currentView = chain.isEmpty() ? null : chain.get(0).getClass();
        String path = event.getLocation().getPath();
        String heading = path.isEmpty() ? t("shell.home") : shell.config().title();
        // the most specific menu entry names the screen ("forms/fill" is "Fill a form", not "Forms")
        int matched = -1;
        for (MenuContribution entry : shell.registry().menu()) {
            String route = entry.route();
            if (!route.isEmpty() && route.length() > matched
                    && (path.equals(route) || path.startsWith(route + "/"))) {
                heading = t(entry.labelKey());
                matched = route.length();
            }
        }
        title.setText(heading);
        build();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        ui = attachEvent.getUI();
        shell.registry().addListener(this);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        shell.registry().removeListener(this);
        ui = null;
        super.onDetach(detachEvent);
    }

    @Override
    public void viewsChanged(Set<Class<? extends Component>> added, Set<Class<? extends Component>> removed) {
        UI target = ui;
        if (target == null) {
            return;
        }
        target.access(() -> {
            if (currentView != null && removed.contains(currentView)) {
                target.navigate("");
                Notification n = Notification.show(shell.messages().get(target.getLocale(), "shell.screenRemoved"),
                        6000, Notification.Position.TOP_CENTER);
                n.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
                n.setId("screen-removed");
            }
        });
    }

    @Override
    public void menuChanged() {
        UI target = ui;
        if (target == null) {
            return;
        }
        target.access(() -> CurrentUser.find().ifPresent(this::buildMenu));
    }
}
