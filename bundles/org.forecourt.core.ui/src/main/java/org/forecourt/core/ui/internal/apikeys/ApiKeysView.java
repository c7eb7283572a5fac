package org.forecourt.core.ui.internal.apikeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.Permission;
import org.forecourt.core.api.i18n.Messages;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.core.api.org.Store;
import org.forecourt.core.api.user.ApiKey;
import org.forecourt.core.api.user.ApiKeyService;
import org.forecourt.core.ui.internal.common.Confirm;
import org.forecourt.core.ui.internal.common.Feedback;
import org.forecourt.core.ui.internal.common.Times;
import org.forecourt.core.ui.internal.common.Widgets;
import org.forecourt.ui.api.CurrentUser;
import org.forecourt.ui.api.Ui;

/**
 * API keys of connectors and integrations (route {@code admin/api-keys}, {@code core.apikey.manage}): the keys
 * delivering to the user's stores, newest first; create one (its secret is shown once), revoke one.
 */
public class ApiKeysView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient ApiKeyService keys;
    private final transient OrganisationService organisation;
    private final transient Messages messages;
    private final Grid<ApiKey> grid = new Grid<>();
    private final TextField filter = Widgets.search("apikeys-filter", "coreui.apikeys.filter");
    private transient List<Store> stores = List.of();
    private transient Map<Long, String> storeNames = Map.of();
    private GridListDataView<ApiKey> view;
    private boolean built;

    public ApiKeysView(ApiKeyService keys, OrganisationService organisation, Messages messages) {
        this.keys = keys;
        this.organisation = organisation;
        this.messages = messages;
        setId("apikeys-view");
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
        Button create = new Button(Ui.t("coreui.apikeys.new"), VaadinIcon.PLUS.create(), e -> openCreate());
        create.setId("apikey-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        filter.addValueChangeListener(e -> applyFilter());
        Span hint = Widgets.secondary(Ui.t("coreui.apikeys.hint"));
        HorizontalLayout toolbar = new HorizontalLayout(filter, hint, create);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.expand(hint);

        grid.setId("apikeys-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setEmptyStateText(Ui.t("coreui.apikeys.empty"));
        grid.addColumn(ApiKey::owner).setHeader(Ui.t("coreui.apikeys.owner")).setAutoWidth(true).setSortable(true)
                .setKey("owner");
        grid.addComponentColumn(k -> {
            Span prefix = new Span(k.prefix() + "…");
            prefix.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
            return prefix;
        }).setHeader(Ui.t("coreui.apikeys.prefix")).setWidth("10rem").setFlexGrow(0).setKey("prefix");
        grid.addColumn(k -> k.storeIds().stream().sorted().map(this::storeName).collect(Collectors.joining(", ")))
                .setHeader(Ui.t("coreui.apikeys.stores")).setFlexGrow(2).setKey("stores");
        grid.addColumn(k -> new TreeSet<>(k.permissions()).stream().map(this::permissionLabel)
                        .collect(Collectors.joining(", ")))
                .setHeader(Ui.t("coreui.apikeys.permissions")).setFlexGrow(3).setKey("permissions");
        grid.addComponentColumn(k -> k.enabled() ? Widgets.badge(Ui.t("coreui.apikeys.status.active"), "success")
                        : Widgets.badge(Ui.t("coreui.apikeys.status.revoked"), "error"))
                .setHeader(Ui.t("coreui.apikeys.status")).setAutoWidth(true).setFlexGrow(0).setKey("status");
        grid.addColumn(k -> Times.minutes(k.createdAt(), actor().zone())).setHeader(Ui.t("coreui.apikeys.createdAt"))
                .setAutoWidth(true).setFlexGrow(0).setKey("createdAt");
        grid.addColumn(ApiKey::createdBy).setHeader(Ui.t("coreui.apikeys.createdBy")).setAutoWidth(true)
                .setKey("createdBy");
        grid.addComponentColumn(this::revokeButton).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setKey("actions");

        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    private Component revokeButton(ApiKey key) {
        Button revoke = new Button(Ui.t("coreui.apikeys.revoke"), VaadinIcon.BAN.create());
        revoke.setId("apikey-revoke-" + key.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        revoke.setEnabled(key.enabled());
        revoke.addClickListener(e -> Confirm.ask("apikey-revoke", Ui.t("coreui.apikeys.revoke.title"),
                Ui.t("coreui.apikeys.revoke.text", key.owner(), key.prefix()), Ui.t("coreui.apikeys.revoke"), true,
                () -> {
                    if (Feedback.attempt(() -> keys.revoke(actor(), key.id()))) {
                        Ui.success("coreui.apikeys.revoked", key.owner());
                        reload();
                    }
                }));
        return revoke;
    }

    private void reload() {
        Actor actor = actor();
        try {
            stores = organisation.stores(actor);
            storeNames = stores.stream().collect(Collectors.toMap(Store::id, Store::name, (a, b) -> a));
            view = grid.setItems(new ArrayList<>(keys.list(actor)));
            applyFilter();
            grid.recalculateColumnWidths();
        } catch (RuntimeException e) {
            Ui.error(e);
        }
    }

    private void applyFilter() {
        if (view == null) {
            return;
        }
        String text = filter.getValue() == null ? "" : filter.getValue().strip().toLowerCase(Locale.ROOT);
        view.setFilter(k -> text.isEmpty() || k.owner().toLowerCase(Locale.ROOT).contains(text)
                || k.prefix().toLowerCase(Locale.ROOT).contains(text));
    }

    private String storeName(Long id) {
        return storeNames.getOrDefault(id, "#" + id);
    }

    String permissionLabel(String name) {
        String key = "permission." + name;
        return messages.has(Widgets.locale(), key) ? Ui.t(key) : name;
    }

    private void openCreate() {
        Actor actor = actor();
        Set<String> grantable = new TreeSet<>(actor.permissions());
        grantable.remove(Permission.ALL);
        new ApiKeyDialog(keys, actor, stores.stream().filter(Store::active).toList(), List.copyOf(grantable),
                this::permissionLabel, created -> {
                    reload();
                    new SecretDialog(created).open();
                }).open();
    }

    @Override
    public String getPageTitle() {
        return Ui.t("coreui.menu.apiKeys");
    }
}
