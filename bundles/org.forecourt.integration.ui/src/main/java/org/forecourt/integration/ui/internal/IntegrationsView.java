package org.forecourt.integration.ui.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.shared.Registration;

import org.forecourt.core.api.Actor;
import org.forecourt.integration.api.DeadLetterStatus;
import org.forecourt.integration.api.IntegrationService;
import org.forecourt.integration.api.RouteState;
import org.forecourt.ui.api.CurrentUser;
import org.forecourt.ui.api.Ui;

/**
 * Integrations: the connector routes (state, counters, last error, last run; pause and resume) and the dead letters
 * of failed messages (replay, discard). While the screen is open it refreshes every few seconds (UI polling).
 */
public class IntegrationsView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    /** How often the open screen refreshes. */
    static final int POLL_MILLIS = 5000;

    private final transient IntegrationService service;
    private final RoutesPanel routes;
    private final DeadLettersPanel deadLetters;
    private Registration pollRegistration;
    private int previousPollInterval = -1;

    public IntegrationsView(IntegrationService service) {
        this.service = service;
        setId("integrations");
        setSizeFull();
        Actor actor = CurrentUser.actor();
        routes = new RoutesPanel(service, actor);
        deadLetters = new DeadLettersPanel(service, actor);
        H2 title = new H2(Ui.t("integration.ui.title"));
        TabSheet tabs = new TabSheet();
        tabs.setId("integration-tabs");
        tabs.add(Ui.t("integration.ui.tab.routes"), routes).setId("tab-routes");
        tabs.add(Ui.t("integration.ui.tab.deadLetters"), deadLetters).setId("tab-dead-letters");
        tabs.setSizeFull();
        add(title, tabs);
        expand(tabs);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        previousPollInterval = ui.getPollInterval();
        ui.setPollInterval(POLL_MILLIS);
        pollRegistration = ui.addPollListener(e -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
        }
        event.getUI().setPollInterval(previousPollInterval);
        super.onDetach(event);
    }

    private void refresh() {
        routes.refresh();
        deadLetters.refreshCounts();
    }

    @Override
    public String getPageTitle() {
        return Ui.t("integration.ui.title");
    }

    // ------------------------------------------------------------------ shared helpers

    /** A coloured badge (Lumo colours; text, never HTML). */
    static Span badge(String text, String variant) {
        Span s = new Span(text);
        s.getElement().getThemeList().add("badge " + variant);
        s.getStyle().set("padding", "0.15em 0.6em").set("border-radius", "var(--lumo-border-radius-l)")
                .set("font-size", "var(--lumo-font-size-s)").set("font-weight", "500").set("white-space", "nowrap");
        switch (variant) {
            case "success" -> s.getStyle().set("background-color", "var(--lumo-success-color-10pct)")
                    .set("color", "var(--lumo-success-text-color)");
            case "error" -> s.getStyle().set("background-color", "var(--lumo-error-color-10pct)")
                    .set("color", "var(--lumo-error-text-color)");
            default -> s.getStyle().set("background-color", "var(--lumo-contrast-10pct)")
                    .set("color", "var(--lumo-secondary-text-color)");
        }
        return s;
    }

    static String variant(RouteState state) {
        return switch (state) {
            case STARTED -> "success";
            case FAILED -> "error";
            case STOPPED -> "contrast";
        };
    }

    static String variant(DeadLetterStatus status) {
        return switch (status) {
            case NEW -> "error";
            case REPLAYED -> "success";
            case DISCARDED -> "contrast";
        };
    }

    /** A point in time in the user's zone and language, or an empty string. */
    static String time(Instant instant, Actor actor) {
        if (instant == null) {
            return "";
        }
        Locale locale = UI.getCurrent() != null ? UI.getCurrent().getLocale() : actor.locale();
        ZoneId zone = actor.zone() != null ? actor.zone() : ZoneId.systemDefault();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone)
                .format(instant);
    }

    /** The connector's display name (its own message key), with the instance. */
    static String connectorLabel(String nameKey, String connectorId, String instanceId) {
        String name = nameKey == null ? connectorId : Ui.t(nameKey);
        if (name == null || name.startsWith("!")) {
            name = connectorId;
        }
        return name + " · " + instanceId;
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
