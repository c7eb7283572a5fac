package org.forecourt.masterdata.ui.internal.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.forecourt.masterdata.api.customer.ContactKind;
import org.forecourt.masterdata.api.customer.CustomerFields;
import org.forecourt.masterdata.ui.internal.Ids;
import org.forecourt.masterdata.ui.internal.common.FieldErrors;
import org.forecourt.masterdata.ui.internal.common.Screen;

/**
 * The customer's further contacts (landline, WeChat, e-mail): one line per contact with its kind, value and note, a
 * button to add a line and one to remove each. Each field is registered for the service's errors under
 * {@code otherContacts[i].kind/value/note}, {@code i} being the line.
 */
class ContactsEditor extends Div {

    private static final long serialVersionUID = 1L;

    private final FieldErrors errors;
    private final Function<TextField, ShortcutRegistration> enterSaves;
    private final List<ShortcutRegistration> shortcuts = new ArrayList<>();
    private final Div lines = new Div();
    private final Button add = new Button();
    private final Span label = new Span();
    private final List<Line> rows = new ArrayList<>();
    private boolean readOnly;

    private record Line(Select<ContactKind> kind, TextField value, TextField note) {
    }

    ContactsEditor(FieldErrors errors, Function<TextField, ShortcutRegistration> enterSaves) {
        this.errors = errors;
        this.enterSaves = enterSaves;
        setId(Ids.CUSTOMER_CONTACTS);
        label.setText(Screen.t("masterdata.customer.otherContacts"));
        label.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.FontWeight.MEDIUM);
        add.setText(Screen.t("masterdataui.customer.addContact"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add.setId(Ids.CUSTOMER_CONTACT_ADD);
        add.addClickListener(e -> {
            List<ContactRow> current = getRows();
            current.add(new ContactRow());
            setRows(current);
            rows.get(rows.size() - 1).value().focus();
        });
        add(label, lines, add);
    }

    /** Shows these lines (copies are kept; read them back with {@link #getRows()}). */
    void setRows(List<ContactRow> contacts) {
        errors.removeStartingWith(CustomerFields.OTHER_CONTACTS + "[");
        shortcuts.forEach(ShortcutRegistration::remove);
        shortcuts.clear();
        rows.clear();
        lines.removeAll();
        for (int i = 0; i < contacts.size(); i++) {
            ContactRow c = contacts.get(i);
            lines.add(line(i, c));
        }
        setReadOnly(readOnly);
    }

    private HorizontalLayout line(int index, ContactRow c) {
        Select<ContactKind> kind = new Select<>();
        kind.setItems(ContactKind.values());
        kind.setItemLabelGenerator(Screen.labels(ContactKind::labelKey));
        kind.setValue(c.getKind() == null ? ContactKind.PHONE : c.getKind());
        kind.setAriaLabel(Screen.t("masterdata.customer.otherContacts.kind"));
        kind.setId(Ids.CUSTOMER_CONTACT_KIND + index);
        kind.setWidth("9em");

        TextField value = new TextField();
        value.setValue(c.getValue() == null ? "" : c.getValue());
        value.setPlaceholder(Screen.t("masterdata.customer.otherContacts.value"));
        value.setAriaLabel(Screen.t("masterdata.customer.otherContacts.value"));
        value.setId(Ids.CUSTOMER_CONTACT_VALUE + index);
        value.setMaxLength(100);

        TextField note = new TextField();
        note.setValue(c.getNote() == null ? "" : c.getNote());
        note.setPlaceholder(Screen.t("masterdata.customer.otherContacts.note"));
        note.setAriaLabel(Screen.t("masterdata.customer.otherContacts.note"));
        note.setId(Ids.CUSTOMER_CONTACT_NOTE + index);
        note.setMaxLength(100);

        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(Screen.t("masterdataui.customer.removeContact"));
        remove.setTooltipText(Screen.t("masterdataui.customer.removeContact"));
        remove.setId(Ids.CUSTOMER_CONTACT_REMOVE + index);
        remove.addClickListener(e -> {
            List<ContactRow> current = getRows();
            current.remove(index);
            setRows(current);
            add.focus();
        });

        String prefix = CustomerFields.OTHER_CONTACTS + "[" + index + "].";
        errors.add(prefix + "kind", kind);
        errors.add(prefix + "value", value);
        errors.add(prefix + "note", note);
        shortcuts.add(enterSaves.apply(value));
        shortcuts.add(enterSaves.apply(note));
        rows.add(new Line(kind, value, note));

        HorizontalLayout line = new HorizontalLayout(kind, value, note, remove);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setFlexGrow(1, value, note);
        line.setWidthFull();
        line.setSpacing(true);
        return line;
    }

    /** The lines as typed, blank ones included (the mapper skips them). */
    List<ContactRow> getRows() {
        List<ContactRow> out = new ArrayList<>();
        for (Line l : rows) {
            out.add(new ContactRow(l.kind().getValue(), l.value().getValue(), l.note().getValue()));
        }
        return out;
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        add.setVisible(!readOnly);
        lines.getChildren().forEach(line -> line.getChildren().forEach(c -> {
            if (c instanceof Button b) {
                b.setVisible(!readOnly);
            } else if (c instanceof TextField t) {
                t.setReadOnly(readOnly);
            } else if (c instanceof Select<?> s) {
                s.setReadOnly(readOnly);
            }
        }));
    }
}
