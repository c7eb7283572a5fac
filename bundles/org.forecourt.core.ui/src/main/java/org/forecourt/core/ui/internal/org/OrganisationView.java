package org.forecourt.core.ui.internal.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.org.Brand;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.core.api.org.Store;
import org.forecourt.core.ui.internal.common.Widgets;
import org.forecourt.ui.api.CurrentUser;
import org.forecourt.ui.api.Ui;

/**
 * Brands and their stores (route {@code admin/organisation}, {@code core.org.edit}): brands on the left, the stores
 * of the selected brand (or of all brands) on the right, filtered as you type. Only a group-wide administrator adds
 * brands and stores or changes brands; others edit the stores of their scope.
 */
public class OrganisationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient OrganisationService organisation;
    private final Grid<Brand> brands = new Grid<>();
    private final Grid<Store> stores = new Grid<>();
    private final TextField storeFilter = Widgets.search("stores-filter", "coreui.org.stores.filter");
    private final H3 storesTitle = new H3();
    private transient List<Brand> brandList = new ArrayList<>();
    private transient Map<Long, Brand> brandsById = Map.of();
    private GridListDataView<Store> storeView;
    private boolean built;

    public OrganisationView(OrganisationService organisation) {
        this.organisation = organisation;
        setId("organisation-view");
        setSizeFull();
    }

    private static Actor actor() {
        return CurrentUser.actor();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.find().isEmpty()) {
            return;
        }
        if (!built) {
            built = true;
            build(actor());
        }
        reload();
    }

    private void build(Actor actor) {
        boolean groupWide = actor.scope().allStores();

        // ---- brands
        H3 brandsTitle = new H3(Ui.t("coreui.org.brands"));
        Button newBrand = new Button(Ui.t("coreui.org.brand.new"), VaadinIcon.PLUS.create(), e -> openBrand(null));
        newBrand.setId("brand-new");
        newBrand.setVisible(groupWide);
        HorizontalLayout brandBar = bar(brandsTitle, newBrand);

        brands.setId("brands-grid");
        brands.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        brands.setSizeFull();
        brands.setEmptyStateText(Ui.t("coreui.org.brands.empty"));
        brands.addColumn(Brand::code).setHeader(Ui.t("coreui.org.code")).setAutoWidth(true).setFlexGrow(0)
                .setSortable(true).setKey("code");
        brands.addColumn(Brand::name).setHeader(Ui.t("coreui.org.name")).setSortable(true).setKey("name");
        brands.addComponentColumn(b -> active(b.active())).setHeader(Ui.t("coreui.org.status")).setAutoWidth(true)
                .setFlexGrow(0).setKey("active");
        brands.addComponentColumn(b -> {
            Button edit = editButton("brand-edit-" + b.code(), "coreui.org.brand.editAction");
            edit.addClickListener(e -> openBrand(b));
            edit.setVisible(groupWide);
            return edit;
        }).setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setKey("actions");
        brands.asSingleSelect().addValueChangeListener(e -> filterStores());
        if (groupWide) {
            brands.addItemDoubleClickListener(e -> openBrand(e.getItem()));
        }
        VerticalLayout brandPanel = new VerticalLayout(brandBar, brands);
        brandPanel.setPadding(false);
        brandPanel.setSizeFull();
        brandPanel.setFlexGrow(1, brands);

        // ---- stores
        Button newStore = new Button(Ui.t("coreui.org.store.new"), VaadinIcon.PLUS.create(),
                e -> openStore(null));
        newStore.setId("store-new");
        newStore.setVisible(groupWide);
        storeFilter.addValueChangeListener(e -> filterStores());
        HorizontalLayout storeBar = bar(storesTitle, storeFilter, newStore);

        stores.setId("stores-grid");
        stores.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        stores.setSizeFull();
        stores.setEmptyStateText(Ui.t("coreui.org.stores.empty"));
        stores.addColumn(Store::code).setHeader(Ui.t("coreui.org.code")).setAutoWidth(true).setFlexGrow(0)
                .setSortable(true).setKey("code");
        stores.addColumn(Store::name).setHeader(Ui.t("coreui.org.name")).setSortable(true).setKey("name");
        stores.addColumn(s -> brandName(s.brandId())).setHeader(Ui.t("coreui.org.brand")).setAutoWidth(true)
                .setSortable(true).setKey("brand");
        stores.addColumn(s -> s.city() == null ? "" : s.city()).setHeader(Ui.t("coreui.org.city"))
                .setAutoWidth(true).setSortable(true).setKey("city");
        stores.addColumn(Store::zoneId).setHeader(Ui.t("coreui.org.zone")).setAutoWidth(true).setKey("zone");
        stores.addComponentColumn(s -> active(s.active())).setHeader(Ui.t("coreui.org.status")).setAutoWidth(true)
                .setFlexGrow(0).setKey("active");
        stores.addComponentColumn(s -> {
            Button edit = editButton("store-edit-" + s.code(), "coreui.org.store.editAction");
            edit.addClickListener(e -> openStore(s));
            return edit;
        }).setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setKey("actions");
        stores.addItemDoubleClickListener(e -> openStore(e.getItem()));
        VerticalLayout storePanel = new VerticalLayout(storeBar, stores);
        storePanel.setPadding(false);
        storePanel.setSizeFull();
        storePanel.setFlexGrow(1, stores);

        SplitLayout split = new SplitLayout(brandPanel, storePanel);
        split.setId("organisation-split");
        split.setSizeFull();
        split.setSplitterPosition(36);
        add(split);
        setFlexGrow(1, split);
    }

    private static HorizontalLayout bar(Component... components) {
        HorizontalLayout bar = new HorizontalLayout(components);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.expand(components[0]);
        return bar;
    }

    private static Component active(boolean active) {
        return active ? Widgets.badge(Ui.t("coreui.org.active.yes"), "success")
                : Widgets.badge(Ui.t("coreui.org.active.no"), "contrast");
    }

    private static Button editButton(String id, String tooltipKey) {
        Button b = new Button(VaadinIcon.EDIT.create());
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        b.setTooltipText(Ui.t(tooltipKey));
        b.setAriaLabel(Ui.t(tooltipKey));
        return b;
    }

    private String brandName(long brandId) {
        Brand b = brandsById.get(brandId);
        return b == null ? "#" + brandId : b.name();
    }

    /** Reads brands and stores again, keeping the brand selection. */
    private void reload() {
        Actor actor = actor();
        Brand selected = brands.asSingleSelect().getValue();
        brandList = new ArrayList<>(organisation.brands(actor));
        brandsById = brandList.stream().collect(Collectors.toMap(Brand::id, Function.identity(), (a, b) -> a));
        brands.setItems(brandList);
        storeView = stores.setItems(new ArrayList<>(organisation.stores(actor)));
        if (selected != null) {
            brandList.stream().filter(b -> b.id() == selected.id()).findFirst()
                    .ifPresent(b -> brands.asSingleSelect().setValue(b));
        }
        filterStores();
        brands.recalculateColumnWidths();
        stores.recalculateColumnWidths();
    }

    private void filterStores() {
        if (storeView == null) {
            return;
        }
        Brand brand = brands.asSingleSelect().getValue();
        String text = storeFilter.getValue() == null ? "" : storeFilter.getValue().strip().toLowerCase(Locale.ROOT);
        storeView.setFilter(s -> (brand == null || s.brandId() == brand.id()) && (text.isEmpty()
                || contains(s.code(), text) || contains(s.name(), text) || contains(s.city(), text)));
        storesTitle.setText(brand == null ? Ui.t("coreui.org.stores.all") : Ui.t("coreui.org.stores.of", brand.name()));
    }

    private static boolean contains(String value, String lowerText) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(lowerText);
    }

    private void openBrand(Brand brand) {
        new BrandDialog(organisation, actor(), brand, saved -> {
            Ui.success("coreui.org.brand.saved", saved.name());
            reload();
        }, () -> {
            reload();
            if (brand != null) {
                findBrand(brand.id()).ifPresentOrElse(this::openBrand,
                        () -> Notification.show(Ui.t("coreui.org.gone")));
            }
        }).open();
    }

    private void openStore(Store store) {
        new StoreDialog(organisation, actor(), store, brandList, brands.asSingleSelect().getValue(), saved -> {
            Ui.success("coreui.org.store.saved", saved.name());
            reload();
        }, () -> {
            reload();
            if (store != null) {
                organisation.store(actor(), store.id()).ifPresentOrElse(this::openStore,
                        () -> Notification.show(Ui.t("coreui.org.gone")));
            }
        }).open();
    }

    private Optional<Brand> findBrand(long id) {
        return Optional.ofNullable(brandsById.get(id));
    }

    @Override
    public String getPageTitle() {
        return Ui.t("coreui.menu.organisation");
    }
}
