package org.forecourt.forms.ui.internal.design;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import org.forecourt.core.api.Actor;
import org.forecourt.forms.api.FormService;
import org.forecourt.forms.api.FormVersion;
import org.forecourt.forms.api.VersionStatus;
import org.forecourt.forms.api.engine.ItemChange;
import org.forecourt.ui.api.CurrentUser;
import org.forecourt.ui.api.Ui;

/**
 * The version history of a form: number, date, who, change note and status; retire a published version; compare
 * two versions field by field ({@link FormService#compare}).
 */
final class VersionsPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient FormService forms;
    private final long formId;
    private final boolean editable;
    private final Grid<FormVersion> grid = new Grid<>();
    private final Select<FormVersion> from = new Select<>();
    private final Select<FormVersion> to = new Select<>();
    private final Grid<ItemChange> changes = new Grid<>();

    VersionsPanel(FormService forms, long formId, boolean editable) {
        this.forms = forms;
        this.formId = formId;
        this.editable = editable;
        setId(DesignIds.VERSIONS);
        setSizeFull();

        grid.setId(DesignIds.VERSIONS_GRID);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(v -> "v" + v.number()).setKey("number").setHeader(Texts.t("forms.design.version.number"))
            .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> Texts.time(v.publishedAt(), actor().zone())).setKey("publishedAt")
            .setHeader(Texts.t("forms.design.version.publishedAt")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(FormVersion::publishedBy).setKey("publishedBy")
            .setHeader(Texts.t("forms.design.version.publishedBy")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(FormVersion::changeNote).setKey("changeNote")
            .setHeader(Texts.t("forms.design.version.changeNote")).setFlexGrow(1)
            .setTooltipGenerator(FormVersion::changeNote);
        grid.addComponentColumn(v -> Texts.badge(Texts.t("forms.design.status." + v.status().name()), "small",
                v.status() == VersionStatus.PUBLISHED ? "success" : "contrast")).setKey("status")
            .setHeader(Texts.t("forms.design.version.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::retireButton).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(Texts.t("forms.design.versions.empty"));

        for (Select<FormVersion> s : List.of(from, to)) {
            s.setItemLabelGenerator(v -> v == null ? "" : "v" + v.number());
            s.setWidth("8em");
        }
        from.setId(DesignIds.COMPARE_FROM);
        from.setLabel(Texts.t("forms.design.compare.from"));
        to.setId(DesignIds.COMPARE_TO);
        to.setLabel(Texts.t("forms.design.compare.to"));
        Button compare = new Button(Texts.t("forms.design.compare"), VaadinIcon.EXCHANGE.create(), e -> compare());
        compare.setId(DesignIds.COMPARE);
        HorizontalLayout bar = new HorizontalLayout(from, to, compare);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);

        changes.setId(DesignIds.COMPARE_GRID);
        changes.addThemeVariants(GridVariant.LUMO_COMPACT);
        changes.addComponentColumn(c -> Texts.badge(Texts.t("forms.design.change." + c.kind().name()), "small",
                switch (c.kind()) {
                    case ADDED -> "success";
                    case REMOVED -> "error";
                    case CHANGED -> "";
                    case MOVED -> "contrast";
                })).setKey("kind").setHeader(Texts.t("forms.design.change.kind")).setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(ItemChange::path).setKey("path").setHeader(Texts.t("forms.design.change.path"))
            .setAutoWidth(true);
        changes.addColumn(c -> String.join(", ", c.properties())).setKey("properties")
            .setHeader(Texts.t("forms.design.change.properties")).setFlexGrow(1);
        changes.addColumn(c -> c.before() == null ? "" : c.before()).setKey("before")
            .setHeader(Texts.t("forms.design.change.before")).setFlexGrow(1);
        changes.addColumn(c -> c.after() == null ? "" : c.after()).setKey("after")
            .setHeader(Texts.t("forms.design.change.after")).setFlexGrow(1);
        changes.setEmptyStateText(Texts.t("forms.design.compare.none"));
        changes.setVisible(false);

        add(new H4(Texts.t("forms.design.versions")), grid, new H4(Texts.t("forms.design.compare.title")), bar,
                changes);
        setFlexGrow(1, changes);
        refresh();
    }

    private static Actor actor() {
        return CurrentUser.actor();
    }

    /** Reads the versions again (after publishing or retiring). */
    void refresh() {
        List<FormVersion> versions = forms.versions(actor(), formId);
        grid.setItems(versions);
        from.setItems(versions);
        to.setItems(versions);
        if (versions.size() >= 2) {
            from.setValue(versions.get(1));
            to.setValue(versions.get(0));
        }
    }

    private Component retireButton(FormVersion v) {
        Button retire = new Button(Texts.t("forms.design.version.retire"), e -> {
            try {
                forms.retire(actor(), v.id());
                Ui.success("forms.design.version.retired", v.number());
                refresh();
            } catch (RuntimeException ex) {
                Ui.error(ex);
            }
        });
        retire.setId(DesignIds.VERSION_RETIRE + v.number());
        retire.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        retire.setVisible(editable && v.status() == VersionStatus.PUBLISHED);
        return retire;
    }

    /** Shows the differences between the two chosen versions. */
    void compare() {
        if (from.getValue() == null || to.getValue() == null) {
            Ui.error(new org.forecourt.core.api.ForecourtException("forms.design.compare.choose"));
            return;
        }
        try {
            changes.setItems(forms.compare(actor(), from.getValue().id(), to.getValue().id()));
            changes.setVisible(true);
        } catch (RuntimeException ex) {
            Ui.error(ex);
        }
    }
}
