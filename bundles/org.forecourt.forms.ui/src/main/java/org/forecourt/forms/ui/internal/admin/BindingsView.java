package org.forecourt.forms.ui.internal.admin;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.core.api.org.Store;
import org.forecourt.forms.api.BindingService;
import org.forecourt.forms.api.FormBinding;
import org.forecourt.forms.api.FormOwner;
import org.forecourt.forms.api.FormPurpose;
import org.forecourt.forms.api.FormQuery;
import org.forecourt.forms.api.FormService;
import org.forecourt.forms.api.FormSummary;
import org.forecourt.forms.api.FormVersion;
import org.forecourt.forms.ui.internal.design.DesignIds;
import org.forecourt.forms.ui.internal.design.Owners;
import org.forecourt.forms.ui.internal.design.Texts;
import org.forecourt.ui.api.CurrentUser;
import org.forecourt.ui.api.Ui;

/**
 * Purposes and their forms at {@code forms/bindings}: for the chosen level (the group, a brand, a store) every
 * purpose of the installed modules with the form bound there; bind a published form of that owner (or of one above
 * it) and unbind. Below, for a chosen store, which form applies to each purpose (store, else brand, else group).
 */
public class BindingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient BindingService bindings;
    private final transient FormService forms;
    private final transient OrganisationService organisation;
    private transient Owners owners;
    private transient List<FormBinding> current = List.of();

    final Select<FormOwner> level = new Select<>();
    final Grid<FormPurpose> grid = new Grid<>();
    final Select<Store> store = new Select<>();
    final Grid<FormPurpose> resolved = new Grid<>();

    public BindingsView(BindingService bindings, FormService forms, OrganisationService organisation) {
        this.bindings = bindings;
        this.forms = forms;
        this.organisation = organisation;
        setId(DesignIds.BINDINGS_VIEW);
        setSizeFull();

        level.setId(DesignIds.BINDINGS_OWNER);
        level.setLabel(Texts.t("forms.admin.bindings.level"));
        level.addValueChangeListener(e -> refresh());

        grid.setId(DesignIds.BINDINGS_GRID);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(p -> Texts.local(p.label())).setKey("purpose").setHeader(Texts.t("forms.admin.col.purpose"))
            .setFlexGrow(2).setTooltipGenerator(p -> Texts.local(p.description()));
        grid.addColumn(FormPurpose::id).setKey("id").setHeader(Texts.t("forms.admin.col.purposeId")).setFlexGrow(2);
        grid.addComponentColumn(p -> p.gating() ? Texts.badge(Texts.t("forms.admin.gating"), "small", "error")
                : new Span()).setKey("gating").setHeader(Texts.t("forms.admin.col.gating")).setAutoWidth(true)
            .setFlexGrow(0);
        grid.addColumn(p -> bound(p).map(b -> Texts.local(b.formTitle()) + " (" + b.formKey() + ")").orElse("—"))
            .setKey("form").setHeader(Texts.t("forms.admin.col.bound")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(Texts.t("forms.admin.bindings.noPurposes"));

        store.setId(DesignIds.RESOLVE_STORE);
        store.setLabel(Texts.t("forms.admin.bindings.store"));
        store.setItemLabelGenerator(s -> s == null ? "" : s.name());
        store.addValueChangeListener(e -> resolved.getDataProvider().refreshAll());
        resolved.setId(DesignIds.RESOLVE_GRID);
        resolved.addThemeVariants(GridVariant.LUMO_COMPACT);
        resolved.addColumn(p -> Texts.local(p.label())).setKey("purpose")
            .setHeader(Texts.t("forms.admin.col.purpose")).setFlexGrow(2);
        resolved.addColumn(p -> resolve(p).map(v -> v.formKey() + " v" + v.number()).orElse(
                Texts.t("forms.admin.bindings.none"))).setKey("applies")
            .setHeader(Texts.t("forms.admin.col.applies")).setFlexGrow(2);

        H2 title = new H2(Texts.t("forms.admin.bindings.title"));
        title.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
        H3 resolveTitle = new H3(Texts.t("forms.admin.bindings.resolveTitle"));
        resolveTitle.addClassNames(LumoUtility.FontSize.LARGE);
        HorizontalLayout bar = new HorizontalLayout(level);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, bar, grid, resolveTitle, store, resolved);
        setFlexGrow(2, grid);
        setFlexGrow(1, resolved);
    }

    private static Actor actor() {
        return CurrentUser.actor();
    }

    private Optional<FormBinding> bound(FormPurpose p) {
        FormOwner at = level.getValue();
        return current.stream().filter(b -> b.purpose().equals(p.id()) && Objects.equals(b.owner(), at))
                .findFirst();
    }

    private Optional<FormVersion> resolve(FormPurpose p) {
        Store s = store.getValue();
        if (s == null) {
            return Optional.empty();
        }
        try {
            return bindings.resolve(actor(), p.id(), s.id());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private Component actions(FormPurpose p) {
        Button bind = new Button(Texts.t("forms.admin.bind"), e -> openBind(p));
        bind.setId(DesignIds.BINDING_BIND + p.id());
        bind.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Optional<FormBinding> b = bound(p);
        Button unbind = new Button(Texts.t("forms.admin.unbind"), e -> b.ifPresent(this::unbind));
        unbind.setId(DesignIds.BINDING_UNBIND + p.id());
        unbind.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        unbind.setVisible(b.isPresent());
        return new HorizontalLayout(bind, unbind);
    }

    /** The published forms that can be bound at the chosen level. */
    List<FormSummary> candidates() {
        FormOwner at = level.getValue();
        if (at == null) {
            return List.of();
        }
        return forms.list(actor(), new FormQuery(null, at.brandId(), true, null)).stream()
                .filter(f -> f.currentVersion() != null && Owners.bindableAt(f.owner(), at)).toList();
    }

    private void openBind(FormPurpose p) {
        Dialog d = new Dialog();
        d.setId(DesignIds.BIND_DIALOG);
        d.setHeaderTitle(Texts.t("forms.admin.bind.title", Texts.local(p.label()), owners.name(level.getValue())));
        ComboBox<FormSummary> form = new ComboBox<>(Texts.t("forms.admin.bind.form"));
        form.setId(DesignIds.BIND_FORM);
        form.setWidthFull();
        List<FormSummary> list = candidates();
        form.setItems(list);
        form.setItemLabelGenerator(f -> Texts.local(f.title()) + " · " + f.key() + " v" + f.currentVersion()
                + " · " + owners.name(f.owner()));
        if (p.kind() != null) {
            list.stream().filter(f -> p.kind().equals(f.kind())).findFirst().ifPresent(form::setValue);
        }
        Span hint = new Span(Texts.t("forms.admin.bind.hint", p.id()));
        hint.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        d.add(new VerticalLayout(hint, form));
        Button confirm = new Button(Texts.t("forms.admin.bind"), e -> {
            if (form.getValue() == null) {
                form.setErrorMessage(Texts.t("forms.admin.bind.chooseForm"));
                form.setInvalid(true);
                return;
            }
            if (bind(p, form.getValue())) {
                d.close();
            }
        });
        confirm.setId(DesignIds.BIND_CONFIRM);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(Texts.t("forms.design.cancel"), e -> d.close()), confirm);
        d.open();
    }

    /** Binds the form to the purpose at the chosen level; true when bound. */
    boolean bind(FormPurpose p, FormSummary form) {
        try {
            bindings.bind(actor(), p.id(), level.getValue(), form.id());
            Ui.success("forms.admin.bound", form.key(), Texts.local(p.label()));
            refresh();
            return true;
        } catch (RuntimeException e) {
            Ui.error(e);
            return false;
        }
    }

    private void unbind(FormBinding b) {
        try {
            bindings.unbind(actor(), b.id());
            Ui.success("forms.admin.unbound", b.formKey());
            refresh();
        } catch (RuntimeException e) {
            Ui.error(e);
        }
    }

    void refresh() {
        current = bindings.bindings(actor());
        grid.setItems(bindings.purposes());
        resolved.setItems(bindings.purposes());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        owners = new Owners(organisation, actor());
        List<FormOwner> levels = owners.bindable();
        level.setItems(levels);
        level.setItemLabelGenerator(owners::name);
        if (!levels.isEmpty()) {
            level.setValue(levels.get(0));
        }
        store.setItems(owners.stores());
        if (!owners.stores().isEmpty()) {
            store.setValue(owners.stores().get(0));
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return Texts.t("forms.admin.bindings.title");
    }
}
