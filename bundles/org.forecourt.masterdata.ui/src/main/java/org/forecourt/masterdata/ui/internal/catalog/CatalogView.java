package org.forecourt.masterdata.ui.internal.catalog;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.ForecourtException;
import org.forecourt.core.api.org.Brand;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.masterdata.api.MasterdataPermissions;
import org.forecourt.masterdata.api.catalog.CatalogFields;
import org.forecourt.masterdata.api.catalog.CatalogModel;
import org.forecourt.masterdata.api.catalog.CatalogService;
import org.forecourt.masterdata.api.catalog.Trim;
import org.forecourt.masterdata.ui.internal.Ids;
import org.forecourt.masterdata.ui.internal.common.Formats;
import org.forecourt.masterdata.ui.internal.common.Screen;
import org.forecourt.ui.api.Ui;

/**
 * The model catalogue: brand → models → trims with list prices (¥, two decimals). Everyone signed in may look;
 * users with {@code masterdata.catalog.edit} add and change models and trims (the service checks the brand is
 * theirs).
 */
public class CatalogView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient CatalogService catalog;
    private final transient OrganisationService organisation;

    private final Select<Brand> brand = new Select<>();
    private final Checkbox showInactive = new Checkbox();
    private final Grid<CatalogModel> models = new Grid<>();
    private final Grid<Trim> trims = new Grid<>();
    private final H3 trimsHeading = new H3();
    private final Button newModel = new Button();
    private final Button editModel = new Button();
    private final Button newTrim = new Button();
    private final Button editTrim = new Button();
    private CatalogModel focusedModel;
    private Trim focusedTrim;

    public CatalogView(CatalogService catalog, OrganisationService organisation) {
        this.catalog = catalog;
        this.organisation = organisation;
        setId(Ids.CATALOG_VIEW);
        setSizeFull();

        brand.setId(Ids.CATALOG_BRAND);
        brand.setLabel(Screen.t("masterdata.catalog.model.brandId"));
        brand.setItemLabelGenerator(b -> b == null ? "" : b.name());
        brand.addValueChangeListener(e -> loadModels(null));
        showInactive.setId(Ids.CATALOG_SHOW_INACTIVE);
        showInactive.setLabel(Screen.t("masterdataui.catalog.showInactive"));
        showInactive.addValueChangeListener(e -> loadModels(models.asSingleSelect().getValue()));

        button(newModel, Ids.CATALOG_MODEL_NEW, "masterdataui.catalog.newModel", VaadinIcon.PLUS, e -> newModel());
        button(editModel, Ids.CATALOG_MODEL_EDIT, "masterdataui.catalog.editModel", VaadinIcon.EDIT,
                e -> editModel(models.asSingleSelect().getValue()));
        button(newTrim, Ids.CATALOG_TRIM_NEW, "masterdataui.catalog.newTrim", VaadinIcon.PLUS, e -> newTrim());
        button(editTrim, Ids.CATALOG_TRIM_EDIT, "masterdataui.catalog.editTrim", VaadinIcon.EDIT,
                e -> editTrim(trims.asSingleSelect().getValue()));

        Div spacer = new Div();
        HorizontalLayout toolbar = new HorizontalLayout(brand, showInactive, spacer, newModel, editModel);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setFlexGrow(1, spacer);
        toolbar.addClassName(LumoUtility.FlexWrap.WRAP);

        buildModels();
        buildTrims();
        trimsHeading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        Div spacer2 = new Div();
        HorizontalLayout trimsBar = new HorizontalLayout(trimsHeading, spacer2, newTrim, editTrim);
        trimsBar.setWidthFull();
        trimsBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        trimsBar.setFlexGrow(1, spacer2);

        add(toolbar, models, trimsBar, trims);
        setFlexGrow(1, models);
        setFlexGrow(1, trims);
    }

    private void button(Button b, String id, String key, VaadinIcon icon,
                        com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> l) {
        b.setId(id);
        b.setText(Screen.t(key));
        b.setIcon(icon.create());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        b.addClickListener(l);
    }

    private void buildModels() {
        models.setId(Ids.CATALOG_MODELS_GRID);
        models.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        models.setMinHeight("12em");
        models.addColumn(CatalogModel::code).setHeader(label(CatalogFields.CODE)).setAutoWidth(true).setFlexGrow(0);
        models.addColumn(CatalogModel::nameZh).setHeader(label(CatalogFields.NAME_ZH)).setFlexGrow(1);
        models.addColumn(m -> Formats.orEmpty(m.nameEn())).setHeader(label(CatalogFields.NAME_EN)).setFlexGrow(1);
        models.addColumn(m -> m.bodyType() == null ? "" : Screen.t(m.bodyType().labelKey()))
              .setHeader(label(CatalogFields.BODY_TYPE)).setAutoWidth(true).setFlexGrow(0);
        models.addComponentColumn(this::energy).setHeader(label(CatalogFields.ENERGY_TYPE)).setAutoWidth(true)
              .setFlexGrow(0);
        models.addComponentColumn(m -> m.active() ? new Span()
                        : Screen.badge(Screen.t("masterdataui.catalog.inactive"), "contrast", "small"))
              .setHeader(Screen.t("masterdata.catalog.model.active")).setAutoWidth(true).setFlexGrow(0);
        models.setEmptyStateText(Screen.t("masterdataui.catalog.noModels"));
        models.asSingleSelect().addValueChangeListener(e -> loadTrims(e.getValue()));
        models.addItemDoubleClickListener(e -> editModel(e.getItem()));
        models.addCellFocusListener(e -> focusedModel = e.getItem().orElse(null));
        Shortcuts.addShortcutListener(models, () -> {
            if (focusedModel != null) {
                models.select(focusedModel);
            }
        }, Key.ENTER).listenOn(models);
    }

    private Component energy(CatalogModel m) {
        if (m.energyType() == null) {
            return new Span();
        }
        String text = Screen.t(m.energyType().labelKey());
        return m.energyType().newEnergy() ? Screen.badge(text, "success", "small") : new Span(text);
    }

    private void buildTrims() {
        trims.setId(Ids.CATALOG_TRIMS_GRID);
        trims.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        trims.setMinHeight("10em");
        trims.addColumn(Trim::code).setHeader(trimLabel(CatalogFields.CODE)).setAutoWidth(true).setFlexGrow(0);
        trims.addColumn(Trim::name).setHeader(trimLabel(CatalogFields.NAME)).setFlexGrow(2);
        trims.addColumn(t -> Formats.money(t.listPrice())).setHeader(trimLabel(CatalogFields.LIST_PRICE))
             .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        trims.addColumn(t -> Formats.date(t.validFrom(), Screen.locale()))
             .setHeader(trimLabel(CatalogFields.VALID_FROM)).setAutoWidth(true).setFlexGrow(0);
        trims.addColumn(t -> Formats.date(t.validTo(), Screen.locale()))
             .setHeader(trimLabel(CatalogFields.VALID_TO)).setAutoWidth(true).setFlexGrow(0);
        trims.addComponentColumn(t -> t.validOn(today())
                        ? Screen.badge(Screen.t("masterdataui.catalog.onSale"), "success", "small") : new Span())
             .setAutoWidth(true).setFlexGrow(0);
        trims.setEmptyStateText(Screen.t("masterdataui.catalog.noTrims"));
        trims.asSingleSelect().addValueChangeListener(e -> buttons());
        trims.addItemDoubleClickListener(e -> editTrim(e.getItem()));
        trims.addCellFocusListener(e -> focusedTrim = e.getItem().orElse(null));
        Shortcuts.addShortcutListener(trims, () -> editTrim(focusedTrim), Key.ENTER).listenOn(trims);
    }

    private static String label(String field) {
        return Screen.t(CatalogFields.modelLabelKey(field));
    }

    private static String trimLabel(String field) {
        return Screen.t(CatalogFields.trimLabelKey(field));
    }

    private static LocalDate today() {
        return Screen.today();
    }

    private boolean canEdit() {
        return Screen.actor().has(MasterdataPermissions.CATALOG_EDIT);
    }

    private void buttons() {
        boolean edit = canEdit();
        CatalogModel model = models.asSingleSelect().getValue();
        newModel.setVisible(edit);
        editModel.setVisible(edit);
        newTrim.setVisible(edit);
        editTrim.setVisible(edit);
        newModel.setEnabled(brand.getValue() != null);
        editModel.setEnabled(model != null);
        newTrim.setEnabled(model != null);
        editTrim.setEnabled(trims.asSingleSelect().getValue() != null);
    }

    private void loadModels(CatalogModel keep) {
        Brand b = brand.getValue();
        List<CatalogModel> list = b == null ? List.of()
                : catalog.models(Screen.actor(), b.id(), showInactive.getValue());
        models.setItems(list);
        CatalogModel select = keep == null ? null
                : list.stream().filter(m -> m.id() == keep.id()).findFirst().orElse(null);
        if (select != null) {
            models.select(select);
        } else {
            models.deselectAll();
        }
        loadTrims(select);
    }

    private void loadTrims(CatalogModel model) {
        trimsHeading.setText(model == null ? Screen.t("masterdataui.catalog.trims")
                : Screen.t("masterdataui.catalog.trimsOf", model.nameZh()));
        trims.setItems(model == null ? List.of() : catalog.trims(Screen.actor(), model.id()));
        buttons();
    }

    private void newModel() {
        Brand b = brand.getValue();
        if (b != null && canEdit()) {
            new ModelDialog(catalog, CatalogModel.create(b.id(), null, null, null, null, null),
                    this::loadModels).open();
        }
    }

    private void editModel(CatalogModel m) {
        if (m == null) {
            return;
        }
        if (!canEdit()) {
            models.select(m);
            return;
        }
        try {
            new ModelDialog(catalog, catalog.model(Screen.actor(), m.id()), this::loadModels).open();
        } catch (ForecourtException e) {
            Ui.error(e);
        }
    }

    private void newTrim() {
        CatalogModel m = models.asSingleSelect().getValue();
        if (m != null && canEdit()) {
            new TrimDialog(catalog, Trim.create(m.id(), null, null, null, null, null), t -> loadTrims(m)).open();
        }
    }

    private void editTrim(Trim t) {
        CatalogModel m = models.asSingleSelect().getValue();
        if (t == null || m == null || !canEdit()) {
            return;
        }
        try {
            new TrimDialog(catalog, catalog.trim(Screen.actor(), t.id()), saved -> loadTrims(m)).open();
        } catch (ForecourtException e) {
            Ui.error(e);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Actor actor = Screen.actor();
        List<Brand> brands = organisation.brands(actor).stream().filter(Brand::active).toList();
        brand.setItems(brands);
        brand.setVisible(!brands.isEmpty());
        if (!brands.isEmpty()) {
            brand.setValue(brands.get(0));
        } else {
            loadModels(null);
        }
        buttons();
    }

    @Override
    public String getPageTitle() {
        return Screen.t("masterdataui.catalog.title");
    }
}
