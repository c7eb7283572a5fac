package org.forecourt.core.ui.internal.roles;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.Permission;
import org.forecourt.core.api.Role;
import org.forecourt.core.api.i18n.Messages;
import org.forecourt.core.api.user.UserService;
import org.forecourt.core.ui.internal.common.Confirm;
import org.forecourt.core.ui.internal.common.Feedback;
import org.forecourt.core.ui.internal.common.Widgets;
import org.forecourt.core.ui.internal.roles.PermissionMatrix.Change;
import org.forecourt.ui.api.CurrentUser;
import org.forecourt.ui.api.Ui;

/**
 * What each role may do (route {@code admin/roles}, {@code core.role.edit}): roles as columns, the declared
 * permissions grouped by module as rows, a checkbox in each cell. Saving first shows every change, then applies
 * {@code setRolePermissions} for each changed role; if someone else changed one of those roles meanwhile nothing is
 * saved and the user is asked to reload.
 */
public class RolesView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    /** A row of the matrix: a module heading or one permission. */
    sealed interface Row permits ModuleRow, PermissionRow {
    }

    record ModuleRow(String module) implements Row {
    }

    record PermissionRow(Permission permission) implements Row {
    }

    private final transient UserService users;
    private final transient Messages messages;
    private final TreeGrid<Row> grid = new TreeGrid<>();
    private final Span status = new Span();
    private final Button save = new Button();
    private final Button discard = new Button();
    private transient PermissionMatrix matrix;
    private boolean built;

    public RolesView(UserService users, Messages messages) {
        this.users = users;
        this.messages = messages;
        setId("roles-view");
        setSizeFull();
    }

    private static Actor actor() {
        return CurrentUser.actor();
    }

    private static Locale locale() {
        return Widgets.locale();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.find().isEmpty()) {
            return;
        }
        if (!built) {
            built = true;
            build();
        }
        load();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (matrix == null || !matrix.isDirty()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        Confirm.ask("roles-leave", Ui.t("coreui.roles.leave.title"), Ui.t("coreui.roles.leave.text",
                matrix.changedCount()), Ui.t("coreui.roles.leave.confirm"), true, action::proceed);
    }

    private void build() {
        status.setId("roles-changes");
        status.addClassNames(LumoUtility.TextColor.SECONDARY);
        discard.setText(Ui.t("coreui.roles.discard"));
        discard.setIcon(VaadinIcon.ROTATE_LEFT.create());
        discard.setId("roles-discard");
        discard.addClickListener(e -> {
            matrix.reset();
            refresh();
        });
        save.setText(Ui.t("coreui.roles.save"));
        save.setId("roles-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> review());
        Span hint = new Span(Ui.t("coreui.roles.hint"));
        hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        HorizontalLayout toolbar = new HorizontalLayout(hint, status, discard, save);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.expand(hint);

        grid.setId("roles-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setSelectionMode(TreeGrid.SelectionMode.NONE);
        grid.addComponentHierarchyColumn(this::label).setHeader(Ui.t("coreui.roles.permission")).setWidth("22rem")
                .setFlexGrow(0).setFrozen(true).setKey("permission");
        for (Role role : Role.values()) {
            Span header = new Span(Ui.t(role.labelKey()));
            header.getElement().setAttribute("title", role.name());
            header.getStyle().set("white-space", "normal");
            grid.addComponentColumn(row -> cell(role, row)).setHeader(header).setWidth("7.5rem").setFlexGrow(1)
                    .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.CENTER).setKey(role.name());
        }
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    private void load() {
        Actor actor = actor();
        try {
            matrix = new PermissionMatrix(users.permissions(actor), users.rolePermissions(actor));
        } catch (RuntimeException e) {
            Ui.error(e);
            return;
        }
        List<Row> roots = matrix.modules().stream().map(m -> (Row) new ModuleRow(m.id())).toList();
        Map<String, List<Row>> children = new java.util.HashMap<>();
        matrix.modules().forEach(m -> children.put(m.id(),
                m.permissions().stream().map(p -> (Row) new PermissionRow(p)).toList()));
        grid.setItems(roots, row -> row instanceof ModuleRow m ? children.getOrDefault(m.module(), List.of()) : List.of());
        grid.expandRecursively(roots, 1);
        updateStatus();
    }

    private Component label(Row row) {
        if (row instanceof ModuleRow m) {
            Span name = new Span(moduleLabel(m.module()));
            name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            return name;
        }
        Permission p = ((PermissionRow) row).permission();
        Span text = new Span(permissionLabel(p.name()));
        Span name = Widgets.secondary(p.name());
        Div cell = new Div(text, name);
        cell.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        cell.getStyle().set("white-space", "normal").set("line-height", "1.25");
        return cell;
    }

    /** The translated label of a permission, or its name when no module translates it. */
    private String permissionLabel(String name) {
        String key = matrix.permissions().stream().filter(p -> p.name().equals(name)).map(Permission::labelKey)
                .findFirst().orElse("permission." + name);
        return messages.has(locale(), key) ? Ui.t(key) : name;
    }

    private String moduleLabel(String module) {
        Locale locale = locale();
        if (messages.has(locale, "coreui.module." + module)) {
            return Ui.t("coreui.module." + module);
        }
        if (messages.has(locale, "menu.section." + module)) {
            return Ui.t("menu.section." + module);
        }
        return module;
    }

    private Component cell(Role role, Row row) {
        if (!(row instanceof PermissionRow pr)) {
            return new Span();
        }
        String name = pr.permission().name();
        Checkbox box = new Checkbox(matrix.granted(role, name));
        box.setId("perm-" + role.name() + "-" + name);
        box.setAriaLabel(Ui.t(role.labelKey()) + ": " + name);
        if (matrix.locked(role, name)) {
            box.setEnabled(false);
            box.setTooltipText(Ui.t("coreui.roles.locked"));
        }
        mark(box, matrix.changed(role, name));
        box.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            matrix.set(role, name, e.getValue());
            if (matrix.granted(role, name) != e.getValue()) {
                box.setValue(matrix.granted(role, name));
            }
            mark(box, matrix.changed(role, name));
            updateStatus();
        });
        return box;
    }

    private static void mark(Checkbox box, boolean changed) {
        if (changed) {
            box.addClassNames(LumoUtility.Background.PRIMARY_10, LumoUtility.BorderRadius.SMALL);
        } else {
            box.removeClassNames(LumoUtility.Background.PRIMARY_10, LumoUtility.BorderRadius.SMALL);
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateStatus();
    }

    private void updateStatus() {
        int n = matrix == null ? 0 : matrix.changedCount();
        status.setText(n == 0 ? Ui.t("coreui.roles.noChanges") : Ui.t("coreui.roles.changes", n));
        save.setEnabled(n > 0);
        discard.setEnabled(n > 0);
    }

    /** Shows what saving will change, after checking nobody changed the same roles meanwhile. */
    private void review() {
        Actor actor = actor();
        Map<Role, Change> changes = matrix.changes();
        if (changes.isEmpty()) {
            return;
        }
        Map<Role, Set<String>> current;
        try {
            current = users.rolePermissions(actor);
        } catch (RuntimeException e) {
            Ui.error(e);
            return;
        }
        if (!matrix.conflicts(current).isEmpty()) {
            Feedback.conflict(this::load);
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("roles-confirm-dialog");
        dialog.setHeaderTitle(Ui.t("coreui.roles.review.title"));
        dialog.setWidth("min(40rem, 96vw)");
        VerticalLayout list = new VerticalLayout();
        list.setId("roles-change-list");
        list.setPadding(false);
        list.setSpacing(false);
        for (Change c : changes.values()) {
            Span role = new Span(Ui.t(c.role().labelKey()));
            role.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.Top.SMALL);
            list.add(role);
            c.added().forEach(p -> list.add(changeLine("+", p, "success", "roles-add-" + c.role().name() + "-" + p)));
            c.removed().forEach(p -> list.add(changeLine("−", p, "error", "roles-remove-" + c.role().name() + "-" + p)));
        }
        dialog.add(list);
        Button apply = new Button(Ui.t("coreui.roles.review.apply"), e -> {
            dialog.close();
            apply(changes);
        });
        apply.setId("roles-confirm");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(Ui.t("coreui.cancel"), e -> dialog.close());
        back.setId("roles-confirm-cancel");
        dialog.getFooter().add(back, apply);
        dialog.open();
        apply.focus();
    }

    private Component changeLine(String sign, String permission, String variant, String id) {
        String label = permissionLabel(permission);
        Span badge = Widgets.badge(sign, variant);
        Span text = new Span(label);
        Span name = Widgets.secondary(permission);
        HorizontalLayout line = new HorizontalLayout(badge, text, name);
        line.setId(id);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setSpacing(true);
        return line;
    }

    private void apply(Map<Role, Change> changes) {
        Actor actor = actor();
        int saved = 0;
        for (Change c : changes.values()) {
            if (!Feedback.attempt(() -> users.setRolePermissions(actor, c.role(), c.result()))) {
                break;
            }
            saved++;
        }
        if (saved == changes.size()) {
            Ui.success("coreui.roles.saved", saved);
        }
        load();
    }

    @Override
    public String getPageTitle() {
        return Ui.t("coreui.menu.roles");
    }
}
