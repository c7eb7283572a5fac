package org.forecourt.core.ui.internal.users;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.core.api.user.Level;
import org.forecourt.core.api.user.Membership;
import org.forecourt.core.api.user.UserAccount;
import org.forecourt.core.api.user.UserService;
import org.forecourt.core.ui.internal.common.Confirm;
import org.forecourt.core.ui.internal.common.Feedback;
import org.forecourt.core.ui.internal.common.Times;
import org.forecourt.core.ui.internal.common.Widgets;
import org.forecourt.core.ui.internal.users.MembershipChoices.Target;
import org.forecourt.ui.api.CurrentUser;
import org.forecourt.ui.api.Ui;

/**
 * Users (route {@code admin/users}, {@code core.user.edit}): a lazy list filtered as you type; create, edit,
 * enable/disable and reset the password of the users the signed-in administrator may administer.
 */
public class UsersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient UserService users;
    private final transient OrganisationService organisation;
    private final TextField filter = Widgets.search("users-filter", "coreui.users.filter");
    private final Grid<UserAccount> grid = new Grid<>();
    private transient MembershipChoices choices;
    private transient MembershipText text;
    private transient Map<Long, String> brandNames;
    private transient Map<Long, String> storeNames;
    private transient Map<Long, Long> storeBrands;
    private boolean built;

    public UsersView(UserService users, OrganisationService organisation) {
        this.users = users;
        this.organisation = organisation;
        setId("users-view");
        setSizeFull();
    }

    static String languageName(Locale locale) {
        return locale == null ? "" : Ui.t("coreui.language." + locale.toLanguageTag());
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
        Actor actor = actor();
        choices = MembershipChoices.of(actor, organisation.brands(actor), organisation.stores(actor));
        brandNames = choices.brandNames();
        storeNames = choices.storeNames();
        storeBrands = choices.storeBrands();
        text = new MembershipText(r -> Ui.t(r.labelKey()), this::place);
        build(actor);
    }

    private void build(Actor actor) {
        removeAll();
        Button create = new Button(Ui.t("coreui.users.new.button"), VaadinIcon.PLUS.create(), e -> open(UserForm.blank()));
        create.setId("user-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout toolbar = new HorizontalLayout(filter, create);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.expand(filter);
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        filter.setWidth(null);
        filter.setMaxWidth("24rem");

        grid.removeAllColumns();
        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.setEmptyStateText(Ui.t("coreui.users.empty"));
        grid.addColumn(UserAccount::username).setHeader(Ui.t("coreui.users.username")).setAutoWidth(true)
                .setFlexGrow(0).setKey("username");
        grid.addColumn(UserAccount::displayName).setHeader(Ui.t("coreui.users.displayName")).setAutoWidth(true)
                .setKey("displayName");
        grid.addColumn(u -> text.roles(u.memberships())).setHeader(Ui.t("coreui.users.roles")).setFlexGrow(2)
                .setKey("roles");
        grid.addColumn(u -> text.places(u.memberships())).setHeader(Ui.t("coreui.users.stores")).setFlexGrow(2)
                .setKey("stores");
        grid.addComponentColumn(u -> u.enabled()
                        ? Widgets.badge(Ui.t("coreui.users.status.enabled"), "success")
                        : Widgets.badge(Ui.t("coreui.users.status.disabled"), "error"))
                .setHeader(Ui.t("coreui.users.status")).setAutoWidth(true).setFlexGrow(0).setKey("status");
        grid.addColumn(u -> Times.minutes(u.lastSignIn(), actor.zone())).setHeader(Ui.t("coreui.users.lastSignIn"))
                .setAutoWidth(true).setFlexGrow(0).setKey("lastSignIn");
        grid.addComponentColumn(this::actions).setHeader(Ui.t("coreui.actions")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setKey("actions");
        grid.setItems(query -> users.find(actor(), filter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, users.count(actor(), filter.getValue())));
        grid.addItemDoubleClickListener(e -> {
            if (choices.canAdminister(e.getItem())) {
                open(UserForm.of(e.getItem()));
            }
        });

        add(toolbar, grid);
        setFlexGrow(1, grid);
        filter.focus();
    }

    private Component actions(UserAccount user) {
        boolean administrable = choices.canAdminister(user);
        Button edit = iconButton(VaadinIcon.EDIT, "coreui.users.action.edit", "user-edit-" + user.username());
        edit.addClickListener(e -> open(UserForm.of(user)));
        Button toggle = iconButton(user.enabled() ? VaadinIcon.BAN : VaadinIcon.CHECK_CIRCLE,
                user.enabled() ? "coreui.users.action.disable" : "coreui.users.action.enable",
                "user-toggle-" + user.username());
        toggle.addClickListener(e -> toggle(user));
        Button password = iconButton(VaadinIcon.KEY, "coreui.users.action.password", "user-password-" + user.username());
        password.addClickListener(e -> new PasswordDialog(users, actor(), user).open());
        HorizontalLayout actions = new HorizontalLayout(edit, toggle, password);
        actions.setSpacing(false);
        actions.getChildren().forEach(c -> ((Button) c).setEnabled(administrable));
        if (!administrable) {
            actions.getElement().setAttribute("title", Ui.t("coreui.users.notAdministrable"));
        }
        return actions;
    }

    private static Button iconButton(VaadinIcon icon, String tooltipKey, String id) {
        Button b = new Button(icon.create());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        b.setTooltipText(Ui.t(tooltipKey));
        b.setAriaLabel(Ui.t(tooltipKey));
        b.setId(id);
        return b;
    }

    private void toggle(UserAccount user) {
        if (user.enabled()) {
            Confirm.ask("user-disable", Ui.t("coreui.users.disable.title"),
                    Ui.t("coreui.users.disable.text", user.displayName(), user.username()),
                    Ui.t("coreui.users.action.disable"), true, () -> setEnabled(user, false));
        } else {
            setEnabled(user, true);
        }
    }

    private void setEnabled(UserAccount user, boolean enabled) {
        if (Feedback.attempt(() -> users.setEnabled(actor(), user.id(), enabled))) {
            Ui.success(enabled ? "coreui.users.enabled.done" : "coreui.users.disabled.done", user.username());
            grid.getDataProvider().refreshAll();
        }
    }

    private void open(UserForm form) {
        Actor actor = actor();
        UserDialog dialog = new UserDialog(users, actor, form, choices, text, this::targetLabel, saved -> {
            Ui.success(form.isNew() ? "coreui.users.created" : "coreui.users.saved", saved.username());
            grid.getDataProvider().refreshAll();
        }, () -> reopen(form.getId()));
        dialog.open();
    }

    /** After a concurrent save: the list and the form show what is stored now. */
    private void reopen(long userId) {
        grid.getDataProvider().refreshAll();
        try {
            users.get(actor(), userId).ifPresentOrElse(u -> open(UserForm.of(u)),
                    () -> Notification.show(Ui.t("coreui.users.gone")));
        } catch (RuntimeException e) {
            Ui.error(e);
        }
    }

    private String place(Membership m) {
        if (m.level() == Level.GROUP) {
            return Ui.t("coreui.place.group");
        }
        if (m.level() == Level.BRAND) {
            String name = brandNames.get(m.targetId());
            return Ui.t("coreui.place.brand", name != null ? name : "#" + m.targetId());
        }
        String name = storeNames.get(m.targetId());
        return name != null ? name : Ui.t("coreui.place.otherStore", String.valueOf(m.targetId()));
    }

    private String targetLabel(Target t) {
        if (t.level() == Level.STORE) {
            Long brandId = storeBrands.get(t.id());
            String brand = brandId == null ? null : brandNames.get(brandId);
            return brand == null ? t.name() + " (" + t.code() + ")" : t.name() + " (" + t.code() + " · " + brand + ")";
        }
        return t.name() + " (" + t.code() + ")";
    }

    @Override
    public String getPageTitle() {
        return Ui.t("coreui.menu.users");
    }
}
