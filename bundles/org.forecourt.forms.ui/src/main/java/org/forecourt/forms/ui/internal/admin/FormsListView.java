package org.forecourt.forms.ui.internal.admin;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.org.Brand;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.forms.api.FormQuery;
import org.forecourt.forms.api.FormService;
import org.forecourt.forms.api.FormSummary;
import org.forecourt.forms.api.FormsPermissions;
import org.forecourt.forms.api.OwnerLevel;
import org.forecourt.forms.ui.internal.design.DesignIds;
import org.forecourt.forms.ui.internal.design.DesignRoutes;
import org.forecourt.forms.ui.internal.design.Owners;
import org.forecourt.forms.ui.internal.design.Texts;
import org.forecourt.ui.api.CurrentUser;

/**
 * The forms list at {@code forms}: every form the user may see (group templates, their brands' and stores' forms)
 * with title, key, kind, owner, current version, draft and last change; filters by text, brand and kind; new form,
 * derive from a template or brand form, import and export JSON, open in the designer. A brand admin sees only their
 * brand's forms (and the group templates they may build on): the service decides, the screen hides what they cannot
 * do.
 */
public class FormsListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient FormService forms;
    private final transient OrganisationService organisation;
    private transient Owners owners;

    private final TextField search = new TextField();
    private final Select<Brand> brand = new Select<>();
    private final Select<String> kind = new Select<>();
    private final Grid<FormSummary> grid = new Grid<>();
    private final Span count = new Span();
    private final Button create = new Button();
    private final Button derive = new Button();
    private final Button importJson = new Button();
    private final Button exportJson = new Button();
    private final Button open = new Button();

    public FormsListView(FormService forms, OrganisationService organisation) {
        this.forms = forms;
        this.organisation = organisation;
        setId(DesignIds.FORMS_VIEW);
        setSizeFull();

        search.setId(DesignIds.FORMS_SEARCH);
        search.setPlaceholder(Texts.t("forms.admin.search"));
        search.setAriaLabel(Texts.t("forms.admin.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        brand.setId(DesignIds.FORMS_BRAND);
        brand.setEmptySelectionAllowed(true);
        brand.setEmptySelectionCaption(Texts.t("forms.admin.allBrands"));
        brand.setPlaceholder(Texts.t("forms.admin.allBrands"));
        brand.setItemLabelGenerator(b -> b == null ? Texts.t("forms.admin.allBrands") : b.name());
        brand.setAriaLabel(Texts.t("forms.admin.brand"));
        brand.addValueChangeListener(e -> refresh());

        kind.setId(DesignIds.FORMS_KIND);
        kind.setItems(List.of("checklist", "questionnaire", "agreement", "script", "survey"));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(Texts.t("forms.admin.allKinds"));
        kind.setPlaceholder(Texts.t("forms.admin.allKinds"));
        kind.setItemLabelGenerator(k -> k == null ? Texts.t("forms.admin.allKinds") : Texts.kind(k));
        kind.setAriaLabel(Texts.t("forms.admin.kind"));
        kind.addValueChangeListener(e -> refresh());

        button(create, DesignIds.FORMS_NEW, "forms.admin.new", VaadinIcon.PLUS, () -> NewFormDialog.open(forms,
                owners));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button(derive, DesignIds.FORMS_DERIVE, "forms.admin.derive", VaadinIcon.COPY_O,
                () -> selected(s -> DeriveDialog.open(forms, owners, s)));
        button(importJson, DesignIds.FORMS_IMPORT, "forms.admin.import", VaadinIcon.UPLOAD,
                () -> new ImportDialog(forms, owners).open());
        button(exportJson, DesignIds.FORMS_EXPORT, "forms.admin.export", VaadinIcon.DOWNLOAD,
                () -> selected(s -> new ExportDialog(forms, s).open()));
        button(open, DesignIds.FORMS_OPEN, "forms.admin.open", VaadinIcon.EDIT,
                () -> selected(s -> openDesigner(s.id())));

        count.setId(DesignIds.FORMS_COUNT);
        count.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Div spacer = new Div();
        HorizontalLayout toolbar = new HorizontalLayout(search, brand, kind, count, spacer, open, derive, exportJson,
                importJson, create);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setFlexGrow(1, spacer);
        toolbar.addClassName(LumoUtility.FlexWrap.WRAP);

        buildGrid();
        H2 title = new H2(Texts.t("forms.admin.title"));
        title.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
        add(title, toolbar, grid);
        setFlexGrow(1, grid);
    }

    private void button(Button b, String id, String key, VaadinIcon icon, Runnable action) {
        b.setId(id);
        b.setText(Texts.t(key));
        b.setIcon(icon.create());
        b.addClickListener(e -> action.run());
    }

    private void buildGrid() {
        grid.setId(DesignIds.FORMS_GRID);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(s -> Texts.local(s.title())).setKey("title").setHeader(Texts.t("forms.admin.col.title"))
            .setWidth("16em").setFlexGrow(3).setResizable(true).setSortable(true)
            .setComparator(s -> Texts.local(s.title())).setTooltipGenerator(s -> Texts.local(s.title()));
        grid.addColumn(FormSummary::key).setKey("key").setHeader(Texts.t("forms.admin.col.key")).setWidth("12em")
            .setFlexGrow(2).setSortable(true).setResizable(true).setTooltipGenerator(FormSummary::key);
        grid.addColumn(s -> Texts.kind(s.kind())).setKey("kind").setHeader(Texts.t("forms.admin.col.kind"))
            .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> owners.name(s.owner())).setKey("owner").setHeader(Texts.t("forms.admin.col.owner"))
            .setAutoWidth(true).setFlexGrow(0).setSortable(true).setComparator(s -> owners.name(s.owner()));
        grid.addColumn(s -> s.currentVersion() == null ? "—" : "v" + s.currentVersion()).setKey("version")
            .setHeader(Texts.t("forms.admin.col.version")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(s -> s.hasDraft() ? Texts.badge(Texts.t("forms.admin.draft"), "small") : new Span())
            .setKey("draft").setHeader(Texts.t("forms.admin.col.draft")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> Texts.time(s.updatedAt(), actor().zone())).setKey("updated")
            .setHeader(Texts.t("forms.admin.col.updated")).setAutoWidth(true).setFlexGrow(0).setSortable(true)
            .setComparator(FormSummary::updatedAt);
        grid.addColumn(s -> s.updatedBy() == null ? "" : s.updatedBy()).setKey("updatedBy")
            .setHeader(Texts.t("forms.admin.col.updatedBy")).setWidth("8em")
            .setFlexGrow(1).setResizable(true).setTooltipGenerator(s -> s.updatedBy() == null ? "" : s.updatedBy());
        grid.setEmptyStateText(Texts.t("forms.admin.empty"));
        grid.addItemDoubleClickListener(e -> openDesigner(e.getItem().id()));
        grid.addSelectionListener(e -> updateButtons());
    }

    private static Actor actor() {
        return CurrentUser.actor();
    }

    private void selected(java.util.function.Consumer<FormSummary> action) {
        grid.getSelectedItems().stream().findFirst().ifPresent(action);
    }

    private void updateButtons() {
        FormSummary s = grid.getSelectedItems().stream().findFirst().orElse(null);
        open.setEnabled(s != null);
        exportJson.setEnabled(s != null);
        derive.setEnabled(s != null && s.currentVersion() != null && s.owner().level() != OwnerLevel.STORE
                && canDeriveFrom(s));
    }

    /** A group template can become a brand's form; a brand form a store addition of one of its stores. */
    private boolean canDeriveFrom(FormSummary s) {
        return !DeriveDialog.targets(owners, s).isEmpty();
    }

    static void openDesigner(long formId) {
        UI.getCurrent().navigate(DesignRoutes.designer(formId));
    }

    /** Reads the list again with the filters. */
    void refresh() {
        String text = search.getValue() == null || search.getValue().isBlank() ? null
                : search.getValue().strip();
        Brand b = brand.getValue();
        List<FormSummary> list = forms.list(actor(), new FormQuery(text, b == null ? null : b.id(), true,
                kind.getValue()));
        grid.setItems(list);
        count.setText(Texts.t("forms.admin.count", list.size()));
        updateButtons();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Actor actor = actor();
        owners = new Owners(organisation, actor);
        brand.setItems(owners.brands());
        brand.setVisible(owners.brands().size() > 1 || owners.groupWide());
        boolean edit = actor.has(FormsPermissions.DESIGN_EDIT);
        create.setVisible(edit && !owners.creatable().isEmpty());
        importJson.setVisible(edit && !owners.creatable().isEmpty());
        derive.setVisible(edit);
        refresh();
        search.focus();
    }

    @Override
    public String getPageTitle() {
        return Texts.t("forms.admin.title");
    }
}
