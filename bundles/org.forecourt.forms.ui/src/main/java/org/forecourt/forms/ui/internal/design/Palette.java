package org.forecourt.forms.ui.internal.design;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.forecourt.forms.api.model.FieldType;

/**
 * The left-hand pane of the designer: one button per field type, grouped. A click adds the item after the selection
 * (into a selected section or group); dragging a button onto the canvas adds it where it is dropped.
 */
final class Palette extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** The palette's groups, in order; every type is in exactly one. */
    static final Map<String, List<FieldType>> GROUPS = groups();

    private static Map<String, List<FieldType>> groups() {
        Map<String, List<FieldType>> m = new LinkedHashMap<>();
        m.put("structure", List.of(FieldType.SECTION, FieldType.GROUP, FieldType.PAGE_BREAK, FieldType.INSTRUCTION));
        m.put("input", List.of(FieldType.TEXT, FieldType.TEXTAREA, FieldType.NUMBER, FieldType.MONEY,
                FieldType.DATE, FieldType.TIME, FieldType.DATE_TIME));
        m.put("choice", List.of(FieldType.CHOICE, FieldType.MULTI_CHOICE, FieldType.YES_NO, FieldType.RATING));
        m.put("check", List.of(FieldType.INSPECTION, FieldType.PHOTO, FieldType.SIGNATURE));
        m.put("identity", List.of(FieldType.VIN, FieldType.PLATE, FieldType.MOBILE, FieldType.ID_CARD,
                FieldType.REFERENCE, FieldType.COMPUTED));
        Set<FieldType> all = EnumSet.noneOf(FieldType.class);
        m.values().forEach(all::addAll);
        if (!all.equals(EnumSet.allOf(FieldType.class))) {
            throw new IllegalStateException("Palette misses " + EnumSet.complementOf(EnumSet.copyOf(all)));
        }
        return m;
    }

    Palette(DesignerModel model, boolean editable) {
        setId(DesignIds.PALETTE);
        setPadding(true);
        setSpacing(false);
        addClassName(LumoUtility.Gap.XSMALL);
        getElement().setAttribute("aria-label", Texts.t("forms.design.palette"));
        GROUPS.forEach((group, types) -> {
            Span title = new Span(Texts.t("forms.design.palette." + group));
            title.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY,
                    LumoUtility.Margin.Top.SMALL);
            add(title);
            for (FieldType type : types) {
                Button b = new Button(Texts.type(type), icon(type).create(), e -> model.add(type));
                b.setId(DesignIds.palette(type));
                b.getElement().setAttribute("data-type", type.jsonName());
                b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                b.setWidthFull();
                b.getStyle().set("justify-content", "flex-start");
                b.setTooltipText(Texts.t("forms.design.palette.tooltip"));
                b.setEnabled(editable);
                if (editable) {
                    DragSource<Button> drag = DragSource.create(b);
                    drag.setDragData(type);
                    drag.setEffectAllowed(EffectAllowed.COPY_MOVE);
                }
                add(b);
            }
        });
    }

    static VaadinIcon icon(FieldType type) {
        return switch (type) {
            case TEXT -> VaadinIcon.INPUT;
            case TEXTAREA -> VaadinIcon.TEXT_LABEL;
            case NUMBER -> VaadinIcon.CALC;
            case MONEY -> VaadinIcon.MONEY;
            case DATE -> VaadinIcon.CALENDAR;
            case TIME -> VaadinIcon.CLOCK;
            case DATE_TIME -> VaadinIcon.CALENDAR_CLOCK;
            case CHOICE -> VaadinIcon.DOT_CIRCLE;
            case MULTI_CHOICE -> VaadinIcon.CHECK_SQUARE_O;
            case YES_NO -> VaadinIcon.ADJUST;
            case INSPECTION -> VaadinIcon.CLIPBOARD_CHECK;
            case RATING -> VaadinIcon.STAR;
            case PHOTO -> VaadinIcon.CAMERA;
            case SIGNATURE -> VaadinIcon.PENCIL;
            case VIN -> VaadinIcon.CAR;
            case PLATE -> VaadinIcon.BARCODE;
            case MOBILE -> VaadinIcon.MOBILE;
            case ID_CARD -> VaadinIcon.USER_CARD;
            case REFERENCE -> VaadinIcon.LINK;
            case SECTION -> VaadinIcon.FOLDER_O;
            case GROUP -> VaadinIcon.TABLE;
            case COMPUTED -> VaadinIcon.FUNCTION;
            case INSTRUCTION -> VaadinIcon.COMMENT_O;
            case PAGE_BREAK -> VaadinIcon.SPLIT;
        };
    }
}
