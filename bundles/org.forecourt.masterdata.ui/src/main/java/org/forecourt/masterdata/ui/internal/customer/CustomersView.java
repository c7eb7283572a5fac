package org.forecourt.masterdata.ui.internal.customer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
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
import org.forecourt.core.api.ForecourtException;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.masterdata.api.MasterdataPermissions;
import org.forecourt.masterdata.api.customer.CustomerQuery;
import org.forecourt.masterdata.api.customer.CustomerService;
import org.forecourt.masterdata.api.customer.CustomerSummary;
import org.forecourt.masterdata.api.customer.CustomerType;
import org.forecourt.masterdata.ui.internal.Ids;
import org.forecourt.masterdata.ui.internal.Routes;
import org.forecourt.masterdata.ui.internal.common.Formats;
import org.forecourt.masterdata.ui.internal.common.Screen;
import org.forecourt.masterdata.ui.internal.common.StoreNames;
import org.forecourt.masterdata.ui.internal.common.Tags;

/**
 * The customer list: search as you type (name, mobile or its last digits, ID number, tag), a lazily loaded grid, and
 * the way into a customer (double-click, or Enter on a row). The search text is kept in the address ({@code ?q=}), so
 * that coming back from a customer shows the same list.
 */
public class CustomersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final String SORT_NAME = "name";
    private static final String SORT_UPDATED = "updated";
    private static final int MAX_PAGE = 500;

    private final transient CustomerService customers;
    private final transient OrganisationService organisation;

    private final TextField search = new TextField();
    private final Select<CustomerType> type = new Select<>();
    private final Button create = new Button();
    private final Grid<CustomerRow> grid = new Grid<>();
    private final Span count = new Span();
    /** Tags by customer id and version: the list shows them, the search result does not carry them. */
    private final Map<Long, CustomerRow> rowCache = new HashMap<>();
    private transient StoreNames stores;
    private CustomerRow focused;

    public CustomersView(CustomerService customers, OrganisationService organisation) {
        this.customers = customers;
        this.organisation = organisation;
        setId(Ids.CUSTOMERS_VIEW);
        setSizeFull();

        search.setId(Ids.CUSTOMER_SEARCH);
        search.setPlaceholder(Screen.t("masterdataui.customers.searchPlaceholder"));
        search.setAriaLabel(Screen.t("masterdataui.customers.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(300);
        search.setWidth("min(28rem, 100%)");
        search.addValueChangeListener(e -> searchChanged(e.isFromClient()));
        Shortcuts.addShortcutListener(search, this::openSingleOrFocusGrid, Key.ENTER).listenOn(search)
                 .resetFocusOnActiveElement();

        type.setId(Ids.CUSTOMER_TYPE_FILTER);
        type.setItems(CustomerType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(Screen.t("masterdataui.customers.allTypes"));
        type.setPlaceholder(Screen.t("masterdataui.customers.allTypes"));
        type.setItemLabelGenerator(Screen.labels(CustomerType::labelKey));
        type.setAriaLabel(Screen.t("masterdata.customer.type"));
        type.addValueChangeListener(e -> refresh());

        create.setId(Ids.CUSTOMER_NEW);
        create.setText(Screen.t("masterdataui.customers.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> UI.getCurrent().navigate(Routes.newCustomer()));
        create.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        create.setTooltipText(Screen.t("masterdataui.shortcut.altN"));

        count.setId(Ids.CUSTOMERS_COUNT);
        count.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);

        Div spacer = new Div();
        HorizontalLayout toolbar = new HorizontalLayout(search, type, count, spacer, create);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setFlexGrow(1, spacer);
        toolbar.addClassName(LumoUtility.FlexWrap.WRAP);

        buildGrid();
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    private void buildGrid() {
        grid.setId(Ids.CUSTOMERS_GRID);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(r -> r.summary().name()).setKey(SORT_NAME).setSortProperty(SORT_NAME).setSortable(true)
            .setHeader(Screen.t("masterdata.customer.name")).setFlexGrow(2).setResizable(true)
            .setTooltipGenerator(r -> r.summary().contactPerson() == null ? r.summary().name()
                    : r.summary().name() + " · " + r.summary().contactPerson());
        grid.addColumn(r -> Formats.maskedMobile(r.summary().mobile())).setKey("mobile")
            .setHeader(Screen.t("masterdata.customer.mobile")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Screen.t(r.summary().type().labelKey())).setKey("type")
            .setHeader(Screen.t("masterdata.customer.type")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> stores.name(r.summary().storeId())).setKey("store")
            .setHeader(Screen.t("masterdata.customer.storeId")).setFlexGrow(1).setResizable(true);
        grid.addComponentColumn(r -> tagBadges(r.tags())).setKey("tags")
            .setHeader(Screen.t("masterdata.customer.tags")).setFlexGrow(2);
        grid.addColumn(r -> Formats.dateTime(r.summary().updatedAt(), actor().zone(), Screen.locale()))
            .setKey(SORT_UPDATED).setSortProperty(SORT_UPDATED).setSortable(true)
            .setHeader(Screen.t("masterdata.customer.updatedAt")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(Screen.t("masterdataui.customers.empty"));

        grid.setItems(this::fetch,
                q -> (int) Math.min(Integer.MAX_VALUE, customers.count(actor(), query(List.of()))));
        grid.getLazyDataView().addItemCountChangeListener(e ->
                count.setText(Screen.t("masterdataui.customers.count", e.getItemCount())));
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        Shortcuts.addShortcutListener(grid, () -> open(focused), Key.ENTER).listenOn(grid);
    }

    private static Actor actor() {
        return Screen.actor();
    }

    private Component tagBadges(List<String> tags) {
        HorizontalLayout badges = new HorizontalLayout();
        badges.setSpacing(false);
        badges.addClassNames(LumoUtility.Gap.XSMALL, LumoUtility.FlexWrap.WRAP);
        for (String tag : tags) {
            badges.add(Screen.badge(tag, "small", "contrast"));
        }
        return badges;
    }

    private CustomerQuery query(List<QuerySortOrder> sortOrders) {
        CustomerQuery q = CustomerQuery.text(Formats.blankToNull(search.getValue())).withType(type.getValue());
        if (!sortOrders.isEmpty()) {
            QuerySortOrder order = sortOrders.get(0);
            CustomerQuery.Sort sort = SORT_UPDATED.equals(order.getSorted()) ? CustomerQuery.Sort.UPDATED
                    : CustomerQuery.Sort.NAME;
            q = q.sortedBy(sort, order.getDirection() == SortDirection.DESCENDING);
        }
        return q;
    }

    private Stream<CustomerRow> fetch(Query<CustomerRow, Void> query) {
        int offset = query.getOffset();
        int limit = Math.min(query.getLimit(), MAX_PAGE);
        Actor actor = actor();
        List<CustomerSummary> page = customers.find(actor, query(query.getSortOrders()), offset, limit);
        if (rowCache.size() > 2000) {
            rowCache.clear();
        }
        return page.stream().map(s -> row(actor, s));
    }

    /** The row with the customer's tags, read once per customer version. */
    private CustomerRow row(Actor actor, CustomerSummary s) {
        CustomerRow cached = rowCache.get(s.id());
        if (cached != null && cached.summary().version() == s.version()) {
            return new CustomerRow(s, cached.tags());
        }
        List<String> tags;
        try {
            tags = Tags.sorted(customers.get(actor, s.id()).tags());
        } catch (ForecourtException e) {
            tags = List.of();
        }
        CustomerRow row = new CustomerRow(s, tags);
        rowCache.put(s.id(), row);
        return row;
    }

    /** A search typed by the user goes into the address too (set while navigating, it already is there). */
    private void searchChanged(boolean typed) {
        if (typed) {
            UI.getCurrent().getPage().getHistory().replaceState(null, new Location(Routes.CUSTOMERS, parameters()));
        }
        refresh();
    }

    private QueryParameters parameters() {
        String text = Formats.blankToNull(search.getValue());
        return text == null ? QueryParameters.empty() : QueryParameters.simple(Map.of(Routes.QUERY, text));
    }

    private void refresh() {
        focused = null;
        grid.getDataProvider().refreshAll();
    }

    /** Enter in the search: a single hit opens at once, otherwise the cursor goes to the list. */
    private void openSingleOrFocusGrid() {
        CustomerQuery q = query(List.of());
        if (customers.count(actor(), q) == 1) {
            customers.find(actor(), q, 0, 1).stream().findFirst().ifPresent(s -> open(row(actor(), s)));
        } else {
            grid.focus();
        }
    }

    private void open(CustomerRow row) {
        if (row == null) {
            return;
        }
        UI.getCurrent().navigate(Routes.customer(row.id()), parameters());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Actor actor = actor();
        stores = new StoreNames(organisation, actor);
        create.setVisible(actor.has(MasterdataPermissions.CUSTOMER_EDIT));
        List<String> q = event.getLocation().getQueryParameters().getParameters().getOrDefault(Routes.QUERY,
                List.of());
        if (!q.isEmpty() && !q.get(0).equals(search.getValue())) {
            search.setValue(q.get(0));
        }
        search.focus();
    }

    @Override
    public String getPageTitle() {
        return Screen.t("masterdataui.customers.title");
    }
}
