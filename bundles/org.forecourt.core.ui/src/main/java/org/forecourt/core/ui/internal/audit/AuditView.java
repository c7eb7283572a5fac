package org.forecourt.core.ui.internal.audit;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.core.api.org.Store;
import org.forecourt.core.api.user.UserAccount;
import org.forecourt.core.api.user.UserService;
import org.forecourt.core.ui.internal.audit.AuditChanges.Change;
import org.forecourt.core.ui.internal.common.Times;
import org.forecourt.core.ui.internal.common.Widgets;
import org.forecourt.persistence.AuditAction;
import org.forecourt.persistence.AuditLog;
import org.forecourt.persistence.AuditQuery;
import org.forecourt.persistence.AuditRecord;
import org.forecourt.ui.api.CurrentUser;
import org.forecourt.ui.api.Ui;

/**
 * The audit log (route {@code admin/audit}, {@code core.audit.view}): every recorded change the user may see,
 * newest first, loaded page by page; filters by entity, id, user, store and days (in the user's time zone); the
 * selected change's fields as "field: before → after" rows, shown as plain text.
 */
public class AuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final int SUMMARY_LENGTH = 120;
    private static final String USER_EDIT = "core.user.edit";
    /** Entities of the core, offered in the entity filter before any has been seen in the log. */
    private static final List<String> CORE_ENTITIES = List.of("ApiKey", "Brand", "RoleGrant", "Store", "User");

    private final transient AuditLog audit;
    private final transient OrganisationService organisation;
    private final transient UserService users;
    private final Grid<AuditRecord> grid = new Grid<>();
    private final ComboBox<String> entity = new ComboBox<>();
    private final TextField entityId = new TextField();
    private final ComboBox<UserAccount> user = new ComboBox<>();
    private final ComboBox<Store> store = new ComboBox<>();
    private DatePicker from;
    private DatePicker to;
    private final VerticalLayout detail = new VerticalLayout();
    private transient Map<Long, String> storeNames = Map.of();
    private transient AuditFilter filter = AuditFilter.none();
    private boolean built;

    public AuditView(AuditLog audit, OrganisationService organisation, UserService users) {
        this.audit = audit;
        this.organisation = organisation;
        this.users = users;
        setId("audit-view");
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
        if (built) {
            grid.getDataProvider().refreshAll();
            return;
        }
        built = true;
        build(actor());
    }

    private void build(Actor actor) {
        List<Store> stores = organisation.stores(actor);
        storeNames = stores.stream().collect(Collectors.toMap(Store::id, Store::name, (a, b) -> a));

        entity.setId("audit-entity");
        entity.setLabel(Ui.t("coreui.audit.entity"));
        entity.setAllowCustomValue(true);
        entity.setClearButtonVisible(true);
        entity.setItems(entitySuggestions(actor));
        entity.addCustomValueSetListener(e -> entity.setValue(e.getDetail()));
        entity.addValueChangeListener(e -> apply(filter.withEntity(e.getValue())));
        entity.setWidth("11rem");

        entityId.setId("audit-entity-id");
        entityId.setLabel(Ui.t("coreui.audit.entityId"));
        entityId.setClearButtonVisible(true);
        entityId.setValueChangeMode(ValueChangeMode.LAZY);
        entityId.addValueChangeListener(e -> apply(filter.withEntityId(e.getValue())));
        entityId.setWidth("8rem");

        user.setId("audit-user");
        user.setLabel(Ui.t("coreui.audit.user"));
        user.setClearButtonVisible(true);
        user.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        user.setWidth("14rem");
        if (actor.has(USER_EDIT)) {
            user.setItems(query -> users.find(actor(), query.getFilter().orElse(""), query.getOffset(),
                    query.getLimit()).stream());
            user.addValueChangeListener(e -> apply(filter.withUserId(e.getValue() == null ? null : e.getValue().id())));
        } else {
            user.setVisible(false);
        }

        store.setId("audit-store");
        store.setLabel(Ui.t("coreui.audit.store"));
        store.setClearButtonVisible(true);
        store.setItems(stores);
        store.setItemLabelGenerator(s -> s.name() + " (" + s.code() + ")");
        store.addValueChangeListener(e -> apply(filter.withStoreId(e.getValue() == null ? null : e.getValue().id())));
        store.setWidth("14rem");

        from = Widgets.datePicker("audit-from", "coreui.audit.from");
        to = Widgets.datePicker("audit-to", "coreui.audit.to");
        from.setWidth("10rem");
        to.setWidth("10rem");
        from.addValueChangeListener(e -> dates());
        to.addValueChangeListener(e -> dates());

        Button clear = new Button(Ui.t("coreui.audit.clear"), VaadinIcon.CLOSE_SMALL.create(), e -> clearFilters());
        clear.setId("audit-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        FlexLayout filters = new FlexLayout(entity, entityId, user, store, from, to, clear);
        filters.setId("audit-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassNames(LumoUtility.Gap.SMALL);
        filters.setWidthFull();

        Span zone = Widgets.secondary(Ui.t("coreui.audit.zone", actor.zone().getId()));
        zone.setId("audit-zone");

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setEmptyStateText(Ui.t("coreui.audit.empty"));
        grid.addColumn(r -> Times.seconds(r.at(), actor().zone())).setHeader(Ui.t("coreui.audit.time"))
                .setAutoWidth(true).setFlexGrow(0).setKey("time");
        grid.addColumn(AuditView::who).setHeader(Ui.t("coreui.audit.user")).setAutoWidth(true).setKey("user");
        grid.addColumn(r -> storeName(r.storeId())).setHeader(Ui.t("coreui.audit.store")).setAutoWidth(true)
                .setKey("store");
        grid.addColumn(AuditRecord::entity).setHeader(Ui.t("coreui.audit.entity")).setAutoWidth(true).setKey("entity");
        grid.addColumn(AuditRecord::entityId).setHeader(Ui.t("coreui.audit.entityId")).setAutoWidth(true)
                .setKey("entityId");
        grid.addComponentColumn(r -> actionBadge(r.action())).setHeader(Ui.t("coreui.audit.action"))
                .setAutoWidth(true).setFlexGrow(0).setKey("action");
        grid.addColumn(r -> AuditChanges.summary(AuditChanges.parse(r.changes()), SUMMARY_LENGTH))
                .setHeader(Ui.t("coreui.audit.changes")).setFlexGrow(3).setKey("changes");
        grid.setItems(query -> audit.find(actor(), filter.toQuery(actor().zone(), query.getOffset(), query.getLimit()))
                        .stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(actor(),
                        filter.toQuery(actor().zone(), 0, AuditQuery.DEFAULT_LIMIT))));
        grid.asSingleSelect().addValueChangeListener(e -> showDetail(e.getValue()));

        detail.setId("audit-detail");
        detail.setPadding(true);
        detail.setSpacing(false);
        showDetail(null);

        SplitLayout split = new SplitLayout(grid, detail);
        split.setId("audit-split");
        split.setSizeFull();
        split.setSplitterPosition(68);
        add(filters, zone, split);
        setFlexGrow(1, split);
    }

    /** Entity names for the filter: the core's, and those in the newest part of the log. */
    private List<String> entitySuggestions(Actor actor) {
        TreeSet<String> names = new TreeSet<>(CORE_ENTITIES);
        try {
            audit.find(actor, AuditQuery.all().page(0, 500)).forEach(r -> names.add(r.entity()));
        } catch (RuntimeException e) {
            // suggestions only; the grid reports errors
        }
        return List.copyOf(names);
    }

    private void apply(AuditFilter newFilter) {
        filter = newFilter;
        grid.asSingleSelect().clear();
        grid.getDataProvider().refreshAll();
    }

    private void dates() {
        AuditFilter candidate = filter.withDates(from.getValue(), to.getValue());
        if (!candidate.datesValid()) {
            to.setErrorMessage(Ui.t("coreui.audit.dates.invalid"));
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        apply(candidate);
    }

    private void clearFilters() {
        entity.clear();
        entityId.clear();
        user.clear();
        store.clear();
        from.clear();
        to.clear();
        to.setInvalid(false);
        apply(AuditFilter.none());
    }

    private static String who(AuditRecord r) {
        String name = r.displayName() == null || r.displayName().isBlank() ? r.username() : r.displayName();
        return r.username() == null || r.username().equals(name) ? name : name + " (" + r.username() + ")";
    }

    private String storeName(Long storeId) {
        if (storeId == null) {
            return "";
        }
        return storeNames.getOrDefault(storeId, "#" + storeId);
    }

    private static Component actionBadge(AuditAction action) {
        String variant = switch (action) {
            case CREATE -> "success";
            case DELETE -> "error";
            case UPDATE -> null;
        };
        return Widgets.badge(Ui.t("coreui.audit.action." + action.name()), variant);
    }

    private void showDetail(AuditRecord r) {
        detail.removeAll();
        if (r == null) {
            Span hint = new Span(Ui.t("coreui.audit.detail.hint"));
            hint.addClassNames(LumoUtility.TextColor.SECONDARY);
            detail.add(hint);
            return;
        }
        H4 title = new H4(r.entity() + " #" + r.entityId());
        title.setId("audit-detail-title");
        Span when = Widgets.secondary(Times.seconds(r.at(), actor().zone()) + " · " + who(r)
                + (r.storeId() == null ? "" : " · " + storeName(r.storeId())));
        Div header = new Div(actionBadge(r.action()), new Span(" "), when);
        detail.add(title, header);
        List<Change> changes = AuditChanges.parse(r.changes());
        if (changes.isEmpty()) {
            detail.add(Widgets.secondary(Ui.t("coreui.audit.detail.none")));
        }
        Div rows = new Div();
        rows.setId("audit-changes");
        rows.addClassNames(LumoUtility.Margin.Top.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        int i = 0;
        for (Change c : changes) {
            Div row = new Div();
            row.setId("audit-change-" + i++);
            row.addClassName("fc-audit-change");
            row.getStyle().set("overflow-wrap", "anywhere");
            Span field = new Span(c.field().isEmpty() ? "" : c.field() + ": ");
            field.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            Span before = new Span(c.before());
            before.addClassNames(LumoUtility.TextColor.SECONDARY);
            Span after = new Span(c.after());
            row.add(field, before, new Span(AuditChanges.ARROW), after);
            rows.add(row);
        }
        detail.add(rows);
    }

    @Override
    public String getPageTitle() {
        return Ui.t("coreui.menu.audit");
    }
}
