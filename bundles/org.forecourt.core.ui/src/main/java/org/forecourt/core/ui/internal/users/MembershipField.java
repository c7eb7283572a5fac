package org.forecourt.core.ui.internal.users;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.forecourt.core.api.Role;
import org.forecourt.core.api.user.Level;
import org.forecourt.core.api.user.Membership;
import org.forecourt.core.ui.internal.users.MembershipChoices.Target;
import org.forecourt.ui.api.Ui;

/**
 * The roles a user holds, as a form field: the current memberships with a remove button each, and a row to add
 * one (role, then level, then brand or store) offering only what the administrator may grant. Enter in the add row
 * adds; it does not save the whole form.
 */
class MembershipField extends CustomField<List<Membership>> {

    private static final long serialVersionUID = 1L;

    private final transient MembershipChoices choices;
    private final transient MembershipText text;
    private final List<Membership> items = new ArrayList<>();
    private final Div list = new Div();
    private final ComboBox<Role> role = new ComboBox<>();
    private final Select<Level> level = new Select<>();
    private final ComboBox<Target> target = new ComboBox<>();
    private final Button add = new Button(VaadinIcon.PLUS.create());

    MembershipField(MembershipChoices choices, MembershipText text, Function<Target, String> targetLabel) {
        this.choices = choices;
        this.text = text;
        setLabel(Ui.t("coreui.users.memberships"));
        setId("user-memberships");
        setWidthFull();

        list.setId("membership-list");
        list.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);

        role.setId("membership-role");
        role.setPlaceholder(Ui.t("coreui.users.membership.role"));
        role.setAriaLabel(Ui.t("coreui.users.membership.role"));
        role.setItems(choices.roles());
        role.setItemLabelGenerator(r -> Ui.t(r.labelKey()));
        role.setWidth("14rem");

        level.setId("membership-level");
        level.setAriaLabel(Ui.t("coreui.users.membership.level"));
        level.setItemLabelGenerator(l -> Ui.t("core.level." + l.name()));
        level.setWidth("9rem");
        level.setVisible(false);

        target.setId("membership-target");
        target.setPlaceholder(Ui.t("coreui.users.membership.target"));
        target.setAriaLabel(Ui.t("coreui.users.membership.target"));
        target.setItemLabelGenerator(targetLabel::apply);
        target.setWidth("16rem");
        target.setVisible(false);

        add.setId("membership-add");
        add.setTooltipText(Ui.t("coreui.users.membership.add"));
        add.setAriaLabel(Ui.t("coreui.users.membership.add"));
        add.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        add.setEnabled(false);

        role.addValueChangeListener(e -> {
            List<Level> levels = choices.levels(e.getValue());
            level.setItems(levels);
            level.setVisible(levels.size() > 1);
            level.setValue(levels.isEmpty() ? null : levels.get(0));
            updateTarget();
        });
        level.addValueChangeListener(e -> updateTarget());
        target.addValueChangeListener(e -> updateAdd());
        add.addClickListener(e -> addSelected());

        HorizontalLayout adder = new HorizontalLayout(role, level, target, add);
        adder.setId("membership-adder");
        adder.setAlignItems(FlexComponent.Alignment.BASELINE);
        adder.setSpacing(true);
        adder.getStyle().set("flex-wrap", "wrap");
        add.addClickShortcut(Key.ENTER).listenOn(adder);

        VerticalLayout layout = new VerticalLayout(list, adder);
        layout.setPadding(false);
        layout.setSpacing(true);
        add(layout);
        render();
    }

    private void updateTarget() {
        Level l = level.getValue();
        boolean needsTarget = l != null && l != Level.GROUP;
        List<Target> targets = choices.targets(l);
        target.setItems(targets);
        target.setVisible(needsTarget);
        target.setValue(needsTarget && targets.size() == 1 ? targets.get(0) : null);
        updateAdd();
    }

    private void updateAdd() {
        Level l = level.getValue();
        add.setEnabled(role.getValue() != null && l != null && (l == Level.GROUP || target.getValue() != null));
    }

    private void addSelected() {
        Role r = role.getValue();
        Level l = level.getValue();
        if (r == null || l == null || (l != Level.GROUP && target.getValue() == null)) {
            return;
        }
        Membership m = new Membership(r, l, l == Level.GROUP ? null : target.getValue().id());
        List<Membership> merged = MembershipChoices.merge(items, m);
        items.clear();
        items.addAll(merged);
        render();
        updateValue();
        role.clear();
        role.focus();
    }

    private void render() {
        list.removeAll();
        if (items.isEmpty()) {
            Span none = new Span(Ui.t("coreui.users.memberships.none"));
            none.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            list.add(none);
        }
        for (int i = 0; i < items.size(); i++) {
            Membership m = items.get(i);
            Span label = new Span(text.describe(m));
            label.addClassName(LumoUtility.Flex.GROW);
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                items.remove(m);
                render();
                updateValue();
            });
            remove.setId("membership-remove-" + i);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setTooltipText(Ui.t("coreui.users.membership.remove"));
            remove.setAriaLabel(Ui.t("coreui.users.membership.remove") + " " + text.describe(m));
            remove.setEnabled(choices.canGrant(m));
            HorizontalLayout row = new HorizontalLayout(label, remove);
            row.addClassName("fc-membership");
            row.setWidthFull();
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            list.add(row);
        }
    }

    @Override
    protected List<Membership> generateModelValue() {
        return List.copyOf(items);
    }

    @Override
    protected void setPresentationValue(List<Membership> value) {
        items.clear();
        if (value != null) {
            items.addAll(value);
        }
        render();
    }
}
