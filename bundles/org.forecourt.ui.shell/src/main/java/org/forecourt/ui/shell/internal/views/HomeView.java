package org.forecourt.ui.shell.internal.views;

import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.org.Store;
import org.forecourt.ui.api.CurrentUser;
import org.forecourt.ui.shell.internal.ShellContext;

/** The landing page after sign-in: who you are and which stores you work for. */
public class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private final transient ShellContext shell;

    public HomeView(ShellContext shell) {
        this.shell = shell;
        setId("home");
    }

    private String t(String key, Object... args) {
        return shell.messages().get(UI.getCurrent().getLocale(), key, args);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Actor actor = CurrentUser.find().orElse(null);
        if (actor == null) {
            return;
        }
        Locale locale = UI.getCurrent().getLocale();
        H2 greeting = new H2(t("shell.home.welcome", actor.displayName()));
        greeting.setId("welcome");
        String roles = actor.roles().stream().map(r -> shell.messages().get(locale, r.labelKey()))
                            .collect(Collectors.joining(", "));
        Paragraph rolesLine = new Paragraph(t("shell.home.roles", roles));
        rolesLine.setId("roles");
        String stores = actor.scope().allStores() ? t("shell.home.allStores")
                : shell.organisation().stores(actor).stream().map(Store::name).collect(Collectors.joining(", "));
        Paragraph storesLine = new Paragraph(t("shell.home.stores", stores));
        storesLine.setId("stores");
        add(greeting, rolesLine, storesLine, new Paragraph(t("shell.home.hint")));
    }

    @Override
    public String getPageTitle() {
        return t("shell.home") + " · " + shell.config().title();
    }
}
