package org.forecourt.forms.ui.internal.design;

import java.math.BigDecimal;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.forecourt.forms.api.model.LocalText;

/**
 * Builds the property fields of the properties panel: each field shows a value of a target (an item or the form)
 * and writes every change through an editor (which records it for undo). Texts are sent while typing
 * ({@link ValueChangeMode#LAZY}).
 *
 * @param <T> what the fields edit
 */
final class Fields<T> {

    /** Applies a change of a named property to the target. */
    interface Editor<T> {
        void edit(String property, Consumer<T> change);
    }

    static final int LAZY_MS = 300;

    private final T target;
    private final Editor<T> editor;

    Fields(T target, Editor<T> editor) {
        this.target = target;
        this.editor = editor;
    }

    static <F extends com.vaadin.flow.data.value.HasValueChangeMode> F lazy(F field) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(LAZY_MS);
        return field;
    }

    TextField text(String id, String labelKey, String property, Function<T, String> get,
                   BiConsumer<T, String> set) {
        TextField f = lazy(new TextField(Texts.t(labelKey)));
        f.setId(id);
        f.setWidthFull();
        f.setValue(orEmpty(get.apply(target)));
        f.addValueChangeListener(e -> editor.edit(property, t -> set.accept(t, blankToNull(e.getValue()))));
        return f;
    }

    /** The zh-CN and English text of a property side by side. */
    HorizontalLayout local(String idZh, String idEn, String labelKey, String property, boolean area,
                           Function<T, LocalText> get, BiConsumer<T, LocalText> set) {
        HorizontalLayout pair = new HorizontalLayout();
        pair.setWidthFull();
        pair.setSpacing(true);
        for (String tag : new String[] {LocalText.ZH, LocalText.EN}) {
            String label = Texts.t(labelKey) + " · " + (LocalText.ZH.equals(tag) ? "中文" : "English");
            com.vaadin.flow.component.AbstractField<?, String> f;
            if (area) {
                TextArea a = lazy(new TextArea(label));
                a.setMaxHeight("8em");
                f = a;
            } else {
                f = lazy(new TextField(label));
            }
            f.setId(LocalText.ZH.equals(tag) ? idZh : idEn);
            ((com.vaadin.flow.component.HasSize) f).setWidth("50%");
            LocalText current = get.apply(target);
            f.setValue(current == null ? "" : orEmpty(current.get(tag)));
            f.addValueChangeListener(e -> editor.edit(property, t -> {
                LocalText now = get.apply(t);
                LocalText next = (now == null ? LocalText.empty() : now).with(tag, e.getValue());
                set.accept(t, next.isEmpty() ? null : next);
            }));
            pair.add(f);
        }
        return pair;
    }

    Checkbox check(String id, String labelKey, String property, Function<T, Boolean> get,
                   BiConsumer<T, Boolean> set) {
        Checkbox c = new Checkbox(Texts.t(labelKey));
        c.setId(id);
        c.setValue(Boolean.TRUE.equals(get.apply(target)));
        c.addValueChangeListener(e -> editor.edit(property, t -> set.accept(t, e.getValue())));
        return c;
    }

    IntegerField integer(String id, String labelKey, String property, Function<T, Integer> get,
                         BiConsumer<T, Integer> set) {
        IntegerField f = lazy(new IntegerField(Texts.t(labelKey)));
        f.setId(id);
        f.setValue(get.apply(target));
        f.setClearButtonVisible(true);
        f.addValueChangeListener(e -> editor.edit(property, t -> set.accept(t, e.getValue())));
        return f;
    }

    BigDecimalField decimal(String id, String labelKey, String property, Function<T, BigDecimal> get,
                            BiConsumer<T, BigDecimal> set) {
        BigDecimalField f = lazy(new BigDecimalField(Texts.t(labelKey)));
        f.setId(id);
        f.setValue(get.apply(target));
        f.setClearButtonVisible(true);
        f.addValueChangeListener(e -> editor.edit(property, t -> set.accept(t, e.getValue())));
        return f;
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
