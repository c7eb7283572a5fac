package org.forecourt.masterdata.ui.internal.vehicle;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.masterdata.api.MasterdataPermissions;
import org.forecourt.masterdata.api.catalog.CatalogService;
import org.forecourt.masterdata.api.vehicle.VehicleQuery;
import org.forecourt.masterdata.api.vehicle.VehicleService;
import org.forecourt.masterdata.api.vehicle.VehicleSummary;
import org.forecourt.masterdata.ui.internal.Ids;
import org.forecourt.masterdata.ui.internal.Routes;
import org.forecourt.masterdata.ui.internal.common.CatalogNames;
import org.forecourt.masterdata.ui.internal.common.Formats;
import org.forecourt.masterdata.ui.internal.common.Screen;

/**
 * The vehicle list: search as you type by the end of the VIN (车架号后六位), the plate or the owner's name; a lazily
 * loaded grid; double-click or Enter opens the vehicle.
 */
public class VehiclesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final String SORT_VIN = "vin";
    private static final String SORT_PLATE = "plate";
    private static final String SORT_UPDATED = "updated";
    private static final int MAX_PAGE = 500;

    private final transient VehicleService vehicles;
    private final transient CatalogService catalog;
    private final transient OrganisationService organisation;

    private final TextField search = new TextField();
    private final Button create = new Button();
    private final Grid<VehicleSummary> grid = new Grid<>();
    private final Span count = new Span();
    private transient CatalogNames names;
    private VehicleSummary focused;

    public VehiclesView(VehicleService vehicles, CatalogService catalog, OrganisationService organisation) {
        this.vehicles = vehicles;
        this.catalog = catalog;
        this.organisation = organisation;
        setId(Ids.VEHICLES_VIEW);
        setSizeFull();

        search.setId(Ids.VEHICLE_SEARCH);
        search.setPlaceholder(Screen.t("masterdataui.vehicles.searchPlaceholder"));
        search.setAriaLabel(Screen.t("masterdataui.vehicles.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(300);
        search.setWidth("min(28rem, 100%)");
        search.addValueChangeListener(e -> searchChanged(e.isFromClient()));
        Shortcuts.addShortcutListener(search, this::openSingleOrFocusGrid, Key.ENTER).listenOn(search)
                 .resetFocusOnActiveElement();

        create.setId(Ids.VEHICLE_NEW);
        create.setText(Screen.t("masterdataui.vehicles.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> UI.getCurrent().navigate(Routes.newVehicle()));
        create.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        create.setTooltipText(Screen.t("masterdataui.shortcut.altN"));

        count.setId(Ids.VEHICLES_COUNT);
        count.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);

        Div spacer = new Div();
        HorizontalLayout toolbar = new HorizontalLayout(search, count, spacer, create);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setFlexGrow(1, spacer);
        toolbar.addClassName(LumoUtility.FlexWrap.WRAP);

        buildGrid();
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    private void buildGrid() {
        grid.setId(Ids.VEHICLES_GRID);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(VehicleSummary::vin).setKey(SORT_VIN).setSortProperty(SORT_VIN).setSortable(true)
            .setHeader(Screen.t("masterdata.vehicle.vin")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> Formats.orEmpty(v.plate())).setKey(SORT_PLATE).setSortProperty(SORT_PLATE)
            .setSortable(true).setHeader(Screen.t("masterdata.vehicle.plate")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> names.vehicle(v.brandId(), v.modelId(), v.makeText(), v.modelText())).setKey("model")
            .setHeader(Screen.t("masterdata.vehicle.modelId")).setFlexGrow(2).setResizable(true);
        grid.addColumn(v -> Formats.orEmpty(v.ownerName())).setKey("owner")
            .setHeader(Screen.t("masterdata.vehicle.ownerId")).setFlexGrow(1).setResizable(true);
        grid.addColumn(v -> Formats.number(v.lastOdometerKm(), Screen.locale())).setKey("odometer")
            .setHeader(Screen.t("masterdata.vehicle.lastOdometerKm")).setTextAlign(ColumnTextAlign.END)
            .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> Formats.dateTime(v.updatedAt(), Screen.actor().zone(), Screen.locale()))
            .setKey(SORT_UPDATED).setSortProperty(SORT_UPDATED).setSortable(true)
            .setHeader(Screen.t("masterdata.vehicle.updatedAt")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(Screen.t("masterdataui.vehicles.empty"));
        grid.setItems(this::fetch,
                q -> (int) Math.min(Integer.MAX_VALUE, vehicles.count(Screen.actor(), query(List.of()))));
        grid.getLazyDataView().addItemCountChangeListener(e ->
                count.setText(Screen.t("masterdataui.vehicles.count", e.getItemCount())));
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        Shortcuts.addShortcutListener(grid, () -> open(focused), Key.ENTER).listenOn(grid);
    }

    private VehicleQuery query(List<QuerySortOrder> sortOrders) {
        VehicleQuery q = VehicleQuery.text(Formats.blankToNull(search.getValue()));
        if (!sortOrders.isEmpty()) {
            QuerySortOrder order = sortOrders.get(0);
            VehicleQuery.Sort sort = switch (order.getSorted()) {
                case SORT_PLATE -> VehicleQuery.Sort.PLATE;
                case SORT_UPDATED -> VehicleQuery.Sort.UPDATED;
                default -> VehicleQuery.Sort.VIN;
            };
            q = q.sortedBy(sort, order.getDirection() == SortDirection.DESCENDING);
        }
        return q;
    }

    private Stream<VehicleSummary> fetch(Query<VehicleSummary, Void> query) {
        int offset = query.getOffset();
        int limit = Math.min(query.getLimit(), MAX_PAGE);
        return vehicles.find(Screen.actor(), query(query.getSortOrders()), offset, limit).stream();
    }

    /** A search typed by the user goes into the address too (set while navigating, it already is there). */
    private void searchChanged(boolean typed) {
        if (typed) {
            UI.getCurrent().getPage().getHistory().replaceState(null, new Location(Routes.VEHICLES, parameters()));
        }
        focused = null;
        grid.getDataProvider().refreshAll();
    }

    private QueryParameters parameters() {
        String text = Formats.blankToNull(search.getValue());
        return text == null ? QueryParameters.empty() : QueryParameters.simple(Map.of(Routes.QUERY, text));
    }

    private void openSingleOrFocusGrid() {
        VehicleQuery q = query(List.of());
        if (vehicles.count(Screen.actor(), q) == 1) {
            vehicles.find(Screen.actor(), q, 0, 1).stream().findFirst().ifPresent(this::open);
        } else {
            grid.focus();
        }
    }

    private void open(VehicleSummary v) {
        if (v != null) {
            UI.getCurrent().navigate(Routes.vehicle(v.id()), parameters());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Actor actor = Screen.actor();
        names = new CatalogNames(organisation, catalog, actor, Screen.locale());
        create.setVisible(actor.has(MasterdataPermissions.VEHICLE_EDIT));
        List<String> q = event.getLocation().getQueryParameters().getParameters().getOrDefault(Routes.QUERY,
                List.of());
        if (!q.isEmpty() && !q.get(0).equals(search.getValue())) {
            search.setValue(q.get(0));
        }
        search.focus();
    }

    @Override
    public String getPageTitle() {
        return Screen.t("masterdataui.vehicles.title");
    }
}
