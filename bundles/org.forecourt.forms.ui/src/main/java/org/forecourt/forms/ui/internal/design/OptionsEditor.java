package org.forecourt.forms.ui.internal.design;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.forecourt.forms.api.model.FormItem;
import org.forecourt.forms.api.model.ItemOption;
import org.forecourt.forms.api.model.LocalText;

/**
 * The options of a choice item: one line per option with its value, its labels in both languages and its score;
 * add, move up and remove. Each change replaces the item's option list through the model (one undo step).
 */
final class OptionsEditor extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient FormItem item;
    private final transient Fields.Editor<FormItem> editor;
    private final boolean editable;

    OptionsEditor(FormItem item, Fields.Editor<FormItem> editor, boolean editable) {
        this.item = item;
        this.editor = editor;
        this.editable = editable;
        setId(DesignIds.OPTIONS);
        setPadding(false);
        setSpacing(false);
        addClassName(LumoUtility.Gap.XSMALL);
        build();
    }

    private void build() {
        removeAll();
        Span title = new Span(Texts.t("forms.design.prop.options"));
        title.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.FontWeight.SEMIBOLD);
        add(title);
        List<ItemOption> options = item.getOptions();
        for (int i = 0; i < options.size(); i++) {
            add(line(i, options.get(i)));
        }
        Button addOption = new Button(Texts.t("forms.design.option.add"), VaadinIcon.PLUS.create(), e -> {
            List<ItemOption> list = new ArrayList<>(item.getOptions());
            list.add(new ItemOption(freeValue(list), LocalText.empty(), null));
            replace("options.add", list);
        });
        addOption.setId(DesignIds.OPTION_ADD);
        addOption.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        addOption.setEnabled(editable);
        add(addOption);
    }

    private static String freeValue(List<ItemOption> list) {
        int n = list.size() + 1;
        while (true) {
            String v = "option" + n;
            if (list.stream().noneMatch(o -> o.value().equals(v))) {
                return v;
            }
            n++;
        }
    }

    private HorizontalLayout line(int index, ItemOption option) {
        TextField value = small(Fields.lazy(new TextField()), DesignIds.OPTION_VALUE + index,
                "forms.design.option.value");
        value.setValue(option.value());
        value.setWidth("7em");
        value.addValueChangeListener(e -> {
            String v = e.getValue().strip();
            if (!v.matches("[A-Za-z0-9_.-]{1,64}")) {
                value.setErrorMessage(Texts.t("forms.design.option.valueInvalid"));
                value.setInvalid(true);
                return;
            }
            value.setInvalid(false);
            update("options.value." + index, index, o -> new ItemOption(v, o.label(), o.score()));
        });
        TextField zh = small(Fields.lazy(new TextField()), DesignIds.OPTION_LABEL_ZH + index,
                "forms.design.option.labelZh");
        zh.setValue(Fields.orEmpty(option.label().get(LocalText.ZH)));
        zh.addValueChangeListener(e -> update("options.zh." + index, index,
                o -> new ItemOption(o.value(), o.label().with(LocalText.ZH, e.getValue()), o.score())));
        TextField en = small(Fields.lazy(new TextField()), DesignIds.OPTION_LABEL_EN + index,
                "forms.design.option.labelEn");
        en.setValue(Fields.orEmpty(option.label().get(LocalText.EN)));
        en.addValueChangeListener(e -> update("options.en." + index, index,
                o -> new ItemOption(o.value(), o.label().with(LocalText.EN, e.getValue()), o.score())));
        BigDecimalField score = small(Fields.lazy(new BigDecimalField()), DesignIds.OPTION_SCORE + index,
                "forms.design.option.score");
        score.setWidth("5em");
        score.setValue(option.score());
        score.addValueChangeListener(e -> update("options.score." + index, index,
                o -> new ItemOption(o.value(), o.label(), e.getValue())));
        Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> {
            List<ItemOption> list = new ArrayList<>(item.getOptions());
            list.add(index - 1, list.remove(index));
            replace("options.move", list);
        });
        up.setId(DesignIds.OPTION_UP + index);
        up.setEnabled(editable && index > 0);
        up.setAriaLabel(Texts.t("forms.design.option.up"));
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            List<ItemOption> list = new ArrayList<>(item.getOptions());
            list.remove(index);
            replace("options.remove", list);
        });
        remove.setId(DesignIds.OPTION_REMOVE + index);
        remove.setEnabled(editable);
        remove.setAriaLabel(Texts.t("forms.design.option.remove"));
        for (Button b : new Button[] {up, remove}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        }
        HorizontalLayout line = new HorizontalLayout(value, zh, en, score, up, remove);
        line.setWidthFull();
        line.setSpacing(false);
        line.addClassName(LumoUtility.Gap.XSMALL);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        line.setFlexGrow(1, zh, en);
        return line;
    }

    private static <F extends com.vaadin.flow.component.Component & com.vaadin.flow.component.HasSize> F small(
            F field, String id, String ariaKey) {
        field.setId(id);
        field.getElement().setAttribute("aria-label", Texts.t(ariaKey));
        field.getElement().setAttribute("placeholder", Texts.t(ariaKey));
        field.getElement().getThemeList().add("small");
        field.setMinWidth("0");
        return field;
    }

    private void update(String property, int index, UnaryOperator<ItemOption> change) {
        editor.edit(property, it -> {
            List<ItemOption> list = new ArrayList<>(it.getOptions());
            list.set(index, change.apply(list.get(index)));
            it.setOptions(list);
        });
    }

    private void replace(String property, List<ItemOption> options) {
        editor.edit(property, it -> it.setOptions(options));
        build();
    }
}
