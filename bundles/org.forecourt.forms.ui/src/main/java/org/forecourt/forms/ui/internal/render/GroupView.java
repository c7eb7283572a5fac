package org.forecourt.forms.ui.internal.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.forecourt.forms.api.model.FormItem;

/**
 * A repeatable group: one card per row ({@code fc-group-row}, {@code data-row}) with its items at paths
 * {@code group[i].key} and a remove button ({@code fc-group-remove}), and an add button ({@code fc-group-add});
 * {@code minRows}/{@code maxRows} limit both. The answer is the list of row maps.
 */
public final class GroupView extends FieldView {

    /** Most rows when the definition says nothing. */
    public static final int DEFAULT_MAX_ROWS = 50;

    private final Div rows = new Div();
    private final Button add = new Button();
    private final List<Map<String, Object>> list = new ArrayList<>();
    private final List<Button> removeButtons = new ArrayList<>();
    private final int minRows;
    private final int maxRows;

    @SuppressWarnings("unchecked")
    public GroupView(RenderCore core, FormItem item, String path, Map<String, Object> target) {
        super(core, item, path, target);
        minRows = item.getMinRows() == null ? 0 : item.getMinRows();
        maxRows = item.getMaxRows() == null ? DEFAULT_MAX_ROWS : item.getMaxRows();
        if (target.get(item.getKey()) instanceof List<?> stored) {
            for (Object row : stored) {
                list.add(row instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>());
            }
        }
        if (core.editable()) {
            while (list.size() < minRows) {
                list.add(new LinkedHashMap<>());
            }
        }
        store();
        rows.addClassName("fc-group-rows");
        add.setText(Texts.t("forms.fill.group.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClassName("fc-group-add");
        add.addClickListener(e -> addRow());
        body.add(rows, add);
        rebuild();
    }

    /** Adds an empty row at the end and puts the cursor in it. */
    public void addRow() {
        if (!isEditable() || list.size() >= maxRows) {
            return;
        }
        list.add(new LinkedHashMap<>());
        store();
        rebuild();
        core.changed(this);
        core.focusFirstUnder(path + "[" + (list.size() - 1) + "]");
    }

    /** Removes a row; the rows after it move up. */
    public void removeRow(int index) {
        if (!isEditable() || index < 0 || index >= list.size() || list.size() <= minRows) {
            return;
        }
        list.remove(index);
        store();
        rebuild();
        core.changed(this);
    }

    public int rowCount() {
        return list.size();
    }

    public Button addButton() {
        return add;
    }

    private void store() {
        if (list.isEmpty()) {
            target.remove(item.getKey());
        } else {
            target.put(item.getKey(), list);
        }
    }

    private void rebuild() {
        core.forget(path + "[");
        rows.removeAll();
        removeButtons.clear();
        for (int i = 0; i < list.size(); i++) {
            int index = i;
            Div row = new Div();
            row.addClassNames("fc-group-row", "fc-form-card");
            row.getElement().setAttribute("data-row", String.valueOf(i));
            Span number = new Span(Texts.t("forms.fill.group.row", i + 1));
            number.addClassName("fc-group-row-title");
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> removeRow(index));
            remove.addClassName("fc-group-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(Texts.t("forms.fill.group.remove", i + 1));
            remove.setVisible(isEditable());
            remove.setEnabled(list.size() > minRows);
            removeButtons.add(remove);
            Div header = new Div(number, remove);
            header.addClassName("fc-group-row-header");
            Div rowBody = new Div();
            rowBody.addClassName("fc-group-row-body");
            row.add(header, rowBody);
            core.build(item.getItems(), list.get(i), path + "[" + i + "].", rowBody);
            rows.add(row);
        }
        add.setVisible(isEditable());
        add.setEnabled(list.size() < maxRows);
    }

    @Override
    protected void load(Object value) {
        // rows are built from the answer in the constructor
    }

    @Override
    protected void setEditable(boolean editable) {
        removeButtons.forEach(b -> b.setVisible(editable));
        add.setVisible(editable);
    }
}
