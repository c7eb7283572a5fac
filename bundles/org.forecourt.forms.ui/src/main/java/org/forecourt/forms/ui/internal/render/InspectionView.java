package org.forecourt.forms.ui.internal.render;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;

import org.forecourt.forms.api.model.FormItem;
import org.forecourt.forms.api.model.Grade;

/**
 * An inspection item: three large toggle buttons OK / 关注 / 紧急 ({@code fc-inspection-ok}, {@code -attention},
 * {@code -urgent}, each with {@code data-grade} and {@code aria-pressed}), a note and photos. The answer is
 * {@code {grade, note, photos}}.
 */
public final class InspectionView extends FieldView {

    private static final int DEFAULT_PHOTOS = 3;

    private final Map<Grade, Button> buttons = new EnumMap<>(Grade.class);
    private final TextArea note = new TextArea();
    private final PhotoStrip photos;
    private Grade grade;
    private boolean loading;

    public InspectionView(RenderCore core, FormItem item, String path, Map<String, Object> target) {
        super(core, item, path, target);
        Div grades = new Div();
        grades.addClassName("fc-inspection-grades");
        grades.getElement().setAttribute("role", "group");
        grades.getElement().setAttribute("aria-label", labelText());
        for (Grade g : Grade.values()) {
            Button b = new Button(Texts.t("forms.fill.grade." + g.name()), icon(g).create());
            b.addClassNames("fc-inspection-grade", "fc-inspection-" + g.name().toLowerCase(java.util.Locale.ROOT));
            b.getElement().setAttribute("data-grade", g.name());
            b.getStyle().set("min-height", "3.25rem").set("min-width", "6.5rem")
             .set("margin", "0 var(--lumo-space-s) var(--lumo-space-s) 0");
            b.addClickListener(e -> choose(g));
            buttons.put(g, b);
            grades.add(b);
        }
        note.addClassName("fc-inspection-note");
        note.setPlaceholder(Texts.t("forms.fill.inspection.note"));
        note.setAriaLabel(labelText() + " · " + Texts.t("forms.fill.inspection.note"));
        note.setMaxLength(2000);
        note.setWidthFull();
        note.addValueChangeListener(e -> {
            if (!loading) {
                commit(answer());
            }
        });
        photos = new PhotoStrip(core, path, item.getMaxPhotos() == null ? DEFAULT_PHOTOS : item.getMaxPhotos(),
                ids -> commit(answer()), this::localError);
        body.add(grades, note, photos);
        load(value());
    }

    private static VaadinIcon icon(Grade g) {
        return switch (g) {
            case OK -> VaadinIcon.CHECK_CIRCLE;
            case ATTENTION -> VaadinIcon.WARNING;
            case URGENT -> VaadinIcon.CLOSE_CIRCLE;
        };
    }

    /** Selects a grade (clicking the selected one again keeps it). */
    public void choose(Grade g) {
        if (!isEditable()) {
            return;
        }
        grade = g;
        showGrade();
        commit(answer());
    }

    public Button button(Grade g) {
        return buttons.get(g);
    }

    public TextArea note() {
        return note;
    }

    public PhotoStrip photos() {
        return photos;
    }

    private Map<String, Object> answer() {
        Map<String, Object> a = new LinkedHashMap<>();
        if (grade != null) {
            a.put("grade", grade.name());
        }
        String n = Values.text(note.getValue());
        if (n != null) {
            a.put("note", n);
        }
        List<String> ids = photos.ids();
        if (!ids.isEmpty()) {
            a.put("photos", ids);
        }
        return a;
    }

    private void showGrade() {
        buttons.forEach((g, b) -> {
            boolean selected = g == grade;
            b.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_ERROR,
                    ButtonVariant.LUMO_CONTRAST);
            b.addThemeVariants(ButtonVariant.LUMO_LARGE);
            if (selected) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY, switch (g) {
                    case OK -> ButtonVariant.LUMO_SUCCESS;
                    case ATTENTION -> ButtonVariant.LUMO_CONTRAST;
                    case URGENT -> ButtonVariant.LUMO_ERROR;
                });
            }
            b.getElement().setAttribute("aria-pressed", String.valueOf(selected));
            b.getElement().getClassList().set("fc-selected", selected);
        });
    }

    @Override
    protected void load(Object value) {
        loading = true;
        try {
            Map<String, Object> m = Values.map(value);
            Object g = m.get("grade");
            grade = null;
            if (g != null) {
                try {
                    grade = Grade.valueOf(String.valueOf(g));
                } catch (IllegalArgumentException e) {
                    grade = null;
                }
            }
            String n = Values.text(m.get("note"));
            note.setValue(n == null ? "" : n);
            photos.load(Values.strings(m.get("photos")));
            showGrade();
        } finally {
            loading = false;
        }
    }

    @Override
    protected void setEditable(boolean editable) {
        buttons.values().forEach(b -> b.setEnabled(editable));
        note.setReadOnly(!editable);
        photos.setEditable(editable);
    }
}
