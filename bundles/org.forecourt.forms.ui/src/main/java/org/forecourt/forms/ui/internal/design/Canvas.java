package org.forecourt.forms.ui.internal.design;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropEvent;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.FormItem;

/**
 * The middle pane of the designer: the form's items as a tree of rows (sections and groups with their children
 * indented). Click a row to select it; drag a row onto another to move it before that row, or onto the drop zone at
 * the end of a section, a group or the form to move it there; drop a palette entry the same way to add an item.
 * The canvas is focusable so that the designer's keyboard shortcuts work on it.
 */
final class Canvas extends Div {

    private static final long serialVersionUID = 1L;

    /** What a canvas row carries while dragged. */
    record RowDrag(List<Integer> path) {
    }

    private final transient DesignerModel model;
    private final boolean editable;

    Canvas(DesignerModel model, boolean editable) {
        this.model = model;
        this.editable = editable;
        setId(DesignIds.CANVAS);
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "tree");
        getElement().setAttribute("aria-label", Texts.t("forms.design.canvas"));
        addClassNames(LumoUtility.Padding.SMALL, LumoUtility.Overflow.AUTO);
        getStyle().set("outline-offset", "-2px");
        // a click on the canvas itself (not on a row) selects the form, to edit its properties
        getElement().addEventListener("click", e -> model.select(null)).setFilter("event.target === element");
        refresh();
    }

    /** Rebuilds the rows from the model. */
    void refresh() {
        removeAll();
        List<FormItem> items = model.definition().getItems();
        if (items.isEmpty()) {
            Span empty = new Span(Texts.t("forms.design.canvas.empty"));
            empty.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Padding.MEDIUM);
            add(empty);
        }
        rows(items, List.of());
        add(dropZone(List.of(), items.size(), DesignIds.CANVAS_END, "forms.design.canvas.dropEnd"));
    }

    private void rows(List<FormItem> items, List<Integer> parent) {
        for (int i = 0; i < items.size(); i++) {
            List<Integer> path = DesignerModel.child(parent, i);
            FormItem item = items.get(i);
            add(row(item, path));
            if (item.getType().isContainer()) {
                rows(item.getItems(), path);
                Div into = dropZone(path, item.getItems().size(), null, "forms.design.canvas.dropInto");
                into.addClassName(DesignIds.CANVAS_INTO_CLASS);
                add(into);
            }
        }
    }

    private Div row(FormItem item, List<Integer> path) {
        Div row = new Div();
        row.addClassName(DesignIds.CANVAS_ROW_CLASS);
        row.setId(DesignIds.CANVAS_ROW_PREFIX + model.enginePath(path).replace('.', '-'));
        row.getElement().setAttribute("data-key", item.getKey() == null ? "" : item.getKey());
        row.getElement().setAttribute("data-type", item.getType().jsonName());
        row.getElement().setAttribute("data-path", DesignerModel.pathText(path));
        row.getElement().setAttribute("role", "treeitem");
        boolean selected = path.equals(model.selection());
        row.getElement().setAttribute("aria-selected", String.valueOf(selected));
        row.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("margin-left", "calc(" + (path.size() - 1) + " * var(--lumo-space-l))")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("cursor", "pointer")
                .set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline")
                .set("border", "1px solid " + (selected ? "var(--lumo-primary-color)" : "transparent"))
                .set("background", selected ? "var(--lumo-primary-color-10pct)"
                        : item.getType().isContainer() ? "var(--lumo-contrast-5pct)" : "transparent");
        if (selected) {
            row.addClassName("selected");
            row.scrollIntoView();
        }

        Span type = Texts.badge(Texts.type(item.getType()), "small", item.getType().isContainer() ? "" : "contrast");
        Span label = new Span(Texts.local(labelOf(item)));
        label.addClassName(item.getType().isContainer() ? LumoUtility.FontWeight.SEMIBOLD : "fc-canvas-label");
        Span key = new Span(item.getKey());
        key.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.XSMALL);
        row.add(type, label, key);
        String flags = flags(item);
        if (!flags.isEmpty()) {
            Span f = new Span(flags);
            f.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.XSMALL);
            row.add(f);
        }
        row.addClickListener(e -> model.select(path));
        if (editable) {
            DragSource<Div> drag = DragSource.create(row);
            drag.setDragData(new RowDrag(path));
            drag.setEffectAllowed(EffectAllowed.MOVE);
            DropTarget<Div> drop = DropTarget.create(row);
            drop.setDropEffect(DropEffect.MOVE);
            drop.addDropListener(e -> dropped(e, path.subList(0, path.size() - 1), path.get(path.size() - 1)));
        }
        return row;
    }

    private static org.forecourt.forms.api.model.LocalText labelOf(FormItem item) {
        return item.getType() == FieldType.INSTRUCTION && (item.getLabel() == null || item.getLabel().isEmpty())
                ? item.getText() : item.getLabel();
    }

    /** Short marks: required, conditional, weight, critical, locked. */
    private static String flags(FormItem item) {
        StringBuilder sb = new StringBuilder();
        if (item.isRequired()) {
            sb.append("* ");
        }
        if (item.getVisibleIf() != null) {
            sb.append(Texts.t("forms.design.flag.conditional")).append(' ');
        }
        if (item.getWeight() != null) {
            sb.append(Texts.t("forms.design.flag.weight", item.getWeight().stripTrailingZeros().toPlainString()))
                    .append(' ');
        }
        if (item.isCritical()) {
            sb.append(Texts.t("forms.design.flag.critical")).append(' ');
        }
        if (item.isLocked()) {
            sb.append(Texts.t("forms.design.flag.locked")).append(' ');
        }
        if (!item.getTags().isEmpty()) {
            sb.append(item.getTags().stream().map(t -> "#" + t).collect(Collectors.joining(" ")));
        }
        return sb.toString().strip();
    }

    private Div dropZone(List<Integer> parent, int index, String id, String textKey) {
        Div zone = new Div();
        if (id != null) {
            zone.setId(id);
        }
        zone.getElement().setAttribute("data-path", DesignerModel.pathText(parent));
        zone.setText(editable ? Texts.t(textKey) : "");
        zone.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.TERTIARY);
        zone.getStyle().set("margin-left", "calc(" + parent.size() + " * var(--lumo-space-l))")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border", "1px dashed var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("margin-top", "2px").set("margin-bottom", "var(--lumo-space-xs)");
        if (editable) {
            DropTarget<Div> drop = DropTarget.create(zone);
            drop.addDropListener(e -> dropped(e, parent, index));
        }
        return zone;
    }

    /** A palette entry adds an item there; a row moves there. */
    private void dropped(DropEvent<Div> e, List<Integer> parent, int index) {
        drop(e.getDragData().orElse(null), parent, index);
    }

    /** What a drop of {@code data} at {@code parent}/{@code index} does (package-visible for tests). */
    boolean drop(Object data, List<Integer> parent, int index) {
        if (data instanceof FieldType type) {
            if (!model.accepts(parent, type)) {
                org.forecourt.ui.api.Ui.error(new org.forecourt.core.api.ForecourtException(
                        "forms.design.drop.notHere", Texts.type(type)));
                return false;
            }
            model.addAt(type, parent, index);
            return true;
        }
        if (data instanceof RowDrag row) {
            return model.moveTo(row.path(), parent, index);
        }
        return false;
    }
}
