package org.forecourt.integration.ui.internal;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.forecourt.core.api.Actor;
import org.forecourt.integration.api.ConnectorInfo;
import org.forecourt.integration.api.IntegrationService;
import org.forecourt.integration.api.RouteInfo;
import org.forecourt.integration.api.RouteState;
import org.forecourt.ui.api.Ui;

/** The connector routes: state badge, counters, last error and run; pause/resume for managers. */
class RoutesPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient IntegrationService service;
    private final transient Actor actor;
    private final Grid<RouteInfo> grid = new Grid<>();
    private final Div connectorErrors = new Div();
    private final Span empty = new Span();

    RoutesPanel(IntegrationService service, Actor actor) {
        this.service = service;
        this.actor = actor;
        setPadding(false);
        setSizeFull();
        grid.setId("routes-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> IntegrationsView.connectorLabel(r.nameKey(), r.connectorId(), r.instanceId()))
                .setHeader(Ui.t("integration.ui.route.connector")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(RouteInfo::routeId).setHeader(Ui.t("integration.ui.route.id")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Span b = IntegrationsView.badge(Ui.t(r.state().labelKey())
                    + (r.paused() ? " · " + Ui.t("integration.ui.route.paused") : ""),
                    IntegrationsView.variant(r.state()));
            b.addClassName("fc-route-state");
            b.getElement().setAttribute("data-state", r.state().name());
            return b;
        }).setHeader(Ui.t("integration.ui.route.state")).setAutoWidth(true);
        if (actor.has(IntegrationService.PERMISSION_MANAGE)) {
            // next to the state, so it never hides behind horizontal scrolling
            grid.addComponentColumn(this::actions).setHeader(Ui.t("integration.ui.route.actions"))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.addColumn(r -> r.counters().received()).setHeader(Ui.t("integration.ui.route.received"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> r.counters().processed()).setHeader(Ui.t("integration.ui.route.processed"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> r.counters().failed()).setHeader(Ui.t("integration.ui.route.failed"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(this::lastError).setHeader(Ui.t("integration.ui.route.lastError"))
                .setWidth("18em").setFlexGrow(3);
        grid.addColumn(r -> IntegrationsView.time(r.counters().lastRunAt(), actor))
                .setHeader(Ui.t("integration.ui.route.lastRun")).setAutoWidth(true);
        grid.addColumn(r -> r.endpoint() == null ? "" : r.endpoint())
                .setHeader(Ui.t("integration.ui.route.endpoint")).setWidth("14em").setFlexGrow(1);
        connectorErrors.setId("connector-errors");
        empty.setText(Ui.t("integration.ui.routes.empty"));
        empty.setId("routes-empty");
        add(connectorErrors, empty, grid);
        expand(grid);
    }

    /** The last error's text, with when it happened below it in small print. */
    private Div lastError(RouteInfo r) {
        Div cell = new Div();
        if (r.counters().lastError() != null) {
            Span text = new Span(r.counters().lastError());
            Span when = new Span(Ui.t("integration.ui.route.lastErrorAt",
                    IntegrationsView.time(r.counters().lastErrorAt(), actor)));
            when.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-xs)")
                    .set("color", "var(--lumo-secondary-text-color)");
            cell.add(text, when);
        }
        return cell;
    }

    private HorizontalLayout actions(RouteInfo r) {
        HorizontalLayout l = new HorizontalLayout();
        l.setSpacing(false);
        if (r.state() == RouteState.STARTED) {
            Button pause = new Button(Ui.t("integration.ui.route.pause"), VaadinIcon.PAUSE.create(), e -> {
                try {
                    service.pause(actor, r.routeId());
                    Ui.success("integration.ui.route.paused.done", r.routeId());
                } catch (RuntimeException ex) {
                    Ui.error(ex);
                }
                refresh();
            });
            pause.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            pause.getElement().setAttribute("aria-label", Ui.t("integration.ui.route.pause.aria", r.routeId()));
            pause.addClassName("fc-route-pause");
            l.add(pause);
        } else {
            Button resume = new Button(Ui.t("integration.ui.route.resume"), VaadinIcon.PLAY.create(), e -> {
                try {
                    RouteInfo after = service.resume(actor, r.routeId());
                    if (after.state() == RouteState.STARTED) {
                        Ui.success("integration.ui.route.resumed.done", r.routeId());
                    } else {
                        Ui.error(new org.forecourt.core.api.ForecourtException("integration.ui.route.resume.failed",
                                r.routeId(), String.valueOf(after.counters().lastError())));
                    }
                } catch (RuntimeException ex) {
                    Ui.error(ex);
                }
                refresh();
            });
            resume.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            resume.getElement().setAttribute("aria-label", Ui.t("integration.ui.route.resume.aria", r.routeId()));
            resume.addClassName("fc-route-resume");
            l.add(resume);
        }
        return l;
    }

    void refresh() {
        try {
            List<ConnectorInfo> connectors = service.connectors(actor);
            connectorErrors.removeAll();
            for (ConnectorInfo c : connectors) {
                if (c.error() != null) {
                    Span s = IntegrationsView.badge(Ui.t("integration.ui.connector.error",
                            IntegrationsView.connectorLabel(c.nameKey(), c.connectorId(), c.instanceId()),
                            c.error()), "error");
                    s.getStyle().set("display", "block").set("margin-bottom", "var(--lumo-space-xs)");
                    connectorErrors.add(s);
                }
            }
            List<RouteInfo> routes = service.routes(actor);
            grid.setItems(routes);
            empty.setVisible(routes.isEmpty());
        } catch (RuntimeException e) {
            Ui.error(e);
        }
    }
}
