package org.forecourt.integration.ui.internal;

import java.util.Set;
import java.util.TreeSet;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import org.forecourt.core.api.Actor;
import org.forecourt.integration.api.ConnectorInfo;
import org.forecourt.integration.api.DeadLetterQuery;
import org.forecourt.integration.api.DeadLetterStatus;
import org.forecourt.integration.api.DeadLetterSummary;
import org.forecourt.integration.api.IntegrationService;
import org.forecourt.ui.api.Ui;

/**
 * Dead letters, newest first, loaded page by page from the service, filtered by connector and status. Select a row
 * (click, or arrow keys and space) and open it (double click, Enter or the Open button).
 */
class DeadLettersPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient IntegrationService service;
    private final transient Actor actor;
    private final ComboBox<String> connector = new ComboBox<>();
    private final Select<DeadLetterStatus> status = new Select<>();
    private final Grid<DeadLetterSummary> grid = new Grid<>();
    private final Button open = new Button();
    private final Span newCount = new Span();
    private long lastNewCount = -1;
    private Set<String> choices = Set.of();

    DeadLettersPanel(IntegrationService service, Actor actor) {
        this.service = service;
        this.actor = actor;
        setPadding(false);
        setSizeFull();

        connector.setLabel(Ui.t("integration.ui.filter.connector"));
        connector.setPlaceholder(Ui.t("integration.ui.filter.allConnectors"));
        connector.setClearButtonVisible(true);
        connector.setAllowCustomValue(true);
        connector.addCustomValueSetListener(e -> connector.setValue(e.getDetail()));
        connector.setId("filter-connector");
        connector.addValueChangeListener(e -> reload());

        status.setLabel(Ui.t("integration.ui.filter.status"));
        status.setItems(DeadLetterStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(Ui.t("integration.ui.filter.allStatuses"));
        status.setItemLabelGenerator(s -> s == null ? Ui.t("integration.ui.filter.allStatuses")
                : Ui.t(s.labelKey()));
        status.setValue(DeadLetterStatus.NEW);
        status.setId("filter-status");
        status.addValueChangeListener(e -> reload());

        open.setText(Ui.t("integration.ui.deadLetter.open"));
        open.setIcon(VaadinIcon.EYE.create());
        open.setId("dead-letter-open");
        open.setEnabled(false);
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(this::openDialog));
        if (!actor.has(IntegrationService.PERMISSION_READ_MESSAGES)) {
            open.setTooltipText(Ui.t("integration.ui.deadLetter.noReadPermission"));
        }

        newCount.setId("dead-letters-new-count");
        HorizontalLayout filters = new HorizontalLayout(connector, status, open, newCount);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();

        grid.setId("dead-letters-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(d -> IntegrationsView.time(d.createdAt(), actor))
                .setHeader(Ui.t("integration.ui.deadLetter.createdAt")).setAutoWidth(true);
        grid.addColumn(d -> d.connectorId() + " · " + d.instanceId())
                .setHeader(Ui.t("integration.ui.deadLetter.connector")).setAutoWidth(true);
        grid.addColumn(DeadLetterSummary::routeId).setHeader(Ui.t("integration.ui.deadLetter.route"))
                .setAutoWidth(true);
        grid.addComponentColumn(d -> IntegrationsView.badge(Ui.t(d.status().labelKey()),
                IntegrationsView.variant(d.status()))).setHeader(Ui.t("integration.ui.deadLetter.status"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.errorMessage() == null ? "" : d.errorMessage())
                .setHeader(Ui.t("integration.ui.deadLetter.error")).setFlexGrow(3);
        grid.addColumn(DeadLetterSummary::attempts).setHeader(Ui.t("integration.ui.deadLetter.attempts"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        grid.addSelectionListener(e -> open.setEnabled(e.getFirstSelectedItem().isPresent()));
        grid.addItemDoubleClickListener(e -> openDialog(e.getItem()));
        Shortcuts.addShortcutListener(grid,
                () -> grid.getSelectedItems().stream().findFirst().ifPresent(this::openDialog), Key.ENTER)
                .listenOn(grid);
        grid.setItems(q -> service.find(actor, query().page(q.getOffset(), Math.min(q.getLimit(),
                        DeadLetterQuery.MAX_LIMIT))).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, service.count(actor, query())));
        grid.setEmptyStateText(Ui.t("integration.ui.deadLetters.empty"));

        add(filters, grid);
        expand(grid);
    }

    private DeadLetterQuery query() {
        String c = connector.getValue();
        return DeadLetterQuery.all().withConnector(c == null || c.isBlank() ? null : c.strip())
                .withStatus(status.getValue());
    }

    private void reload() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
    }

    /** On each poll: the connector choices and the number of NEW dead letters; the grid reloads when it changed. */
    void refreshCounts() {
        try {
            Set<String> ids = new TreeSet<>();
            for (ConnectorInfo c : service.connectors(actor)) {
                ids.add(c.connectorId());
            }
            String current = connector.getValue();
            if (current != null) {
                ids.add(current);
            }
            if (!ids.equals(choices)) {
                choices = ids;
                connector.setItems(ids);
                connector.setValue(current);
            }
            long n = service.count(actor, DeadLetterQuery.all().withStatus(DeadLetterStatus.NEW));
            newCount.setText(Ui.t("integration.ui.deadLetters.newCount", n));
            if (n != lastNewCount && lastNewCount >= 0) {
                grid.getDataProvider().refreshAll();
            }
            lastNewCount = n;
        } catch (RuntimeException e) {
            Ui.error(e);
        }
    }

    private void openDialog(DeadLetterSummary summary) {
        try {
            new DeadLetterDialog(service, actor, service.get(actor, summary.id()), this::reload).open();
        } catch (RuntimeException e) {
            Ui.error(e);
        }
    }
}
