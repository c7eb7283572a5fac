package org.forecourt.forms.ui.internal.render;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.FormItem;
import org.forecourt.forms.api.model.ItemOption;

/** The standard inputs of the simple field types and their conversions to the engine's answer shapes. */
final class Inputs {

    private static final int TEXT_MAX = 200;
    private static final int TEXTAREA_MAX = 2000;

    private Inputs() {
    }

    static FieldView create(RenderCore core, FormItem item, String path, Map<String, Object> target) {
        Locale locale = core.locale();
        return switch (item.getType()) {
            case TEXTAREA -> {
                TextArea a = new TextArea();
                a.setMaxLength(item.getMaxLength() == null ? TEXTAREA_MAX : item.getMaxLength());
                a.setWidthFull();
                placeholder(item, locale, a::setPlaceholder);
                yield new ValueFieldView<>(core, item, path, target, a, Values::text, Inputs::string);
            }
            case NUMBER, MONEY -> {
                BigDecimalField f = new BigDecimalField();
                if (item.getType() == FieldType.MONEY) {
                    f.setPrefixComponent(new Span("¥"));
                } else if (item.getUnit() != null && !item.getUnit().isEmpty()) {
                    Span unit = new Span(Texts.resolve(item.getUnit(), locale));
                    unit.addClassName("fc-form-unit");
                    f.setSuffixComponent(unit);
                }
                f.getElement().setAttribute("inputmode", "decimal");
                placeholder(item, locale, f::setPlaceholder);
                yield new ValueFieldView<>(core, item, path, target, f, d -> d, Values::decimal);
            }
            case DATE -> {
                DatePicker p = new DatePicker();
                p.setLocale(locale);
                DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
                i18n.setDateFormats("yyyy-MM-dd", "yyyy/M/d", "yyyyMMdd");
                i18n.setFirstDayOfWeek(1);
                p.setI18n(i18n);
                yield new ValueFieldView<>(core, item, path, target, p, d -> d == null ? null : d.toString(),
                        v -> parse(v, LocalDate::parse));
            }
            case TIME -> {
                TimePicker p = new TimePicker();
                p.setLocale(locale);
                yield new ValueFieldView<>(core, item, path, target, p,
                        t -> t == null ? null : t.truncatedTo(ChronoUnit.MINUTES).toString(),
                        v -> parse(v, LocalTime::parse));
            }
            case DATE_TIME -> {
                DateTimePicker p = new DateTimePicker();
                p.setLocale(locale);
                yield new ValueFieldView<>(core, item, path, target, p,
                        t -> t == null ? null : t.truncatedTo(ChronoUnit.MINUTES).toString(),
                        v -> parse(v, LocalDateTime::parse));
            }
            case CHOICE -> "list".equals(item.getDisplay()) ? select(core, item, path, target)
                    : radio(core, item, path, target);
            case MULTI_CHOICE -> {
                CheckboxGroup<String> g = new CheckboxGroup<>();
                g.setItems(values(item));
                g.setItemLabelGenerator(v -> optionLabel(item, v, locale));
                g.addClassName("fc-form-options");
                yield new ValueFieldView<Set<String>>(core, item, path, target, g, s -> ordered(item, s),
                        v -> new LinkedHashSet<>(Values.strings(v)));
            }
            case YES_NO -> {
                RadioButtonGroup<Boolean> g = new RadioButtonGroup<>();
                g.setItems(Boolean.TRUE, Boolean.FALSE);
                g.setItemLabelGenerator(b -> Texts.t(Boolean.TRUE.equals(b) ? "forms.fill.yes" : "forms.fill.no"));
                g.addClassName("fc-form-options");
                yield new ValueFieldView<>(core, item, path, target, g, b -> b,
                        v -> v instanceof Boolean b ? b : Boolean.valueOf(String.valueOf(v)));
            }
            default -> text(core, item, path, target);
        };
    }

    private static FieldView text(RenderCore core, FormItem item, String path, Map<String, Object> target) {
        TextField f = new TextField();
        f.setWidthFull();
        placeholder(item, core.locale(), f::setPlaceholder);
        Function<String, Object> toAnswer = Values::text;
        switch (item.getType()) {
            case VIN -> {
                f.setMaxLength(17);
                f.getElement().setAttribute("autocapitalize", "characters");
                toAnswer = s -> Values.text(s == null ? null : s.trim().toUpperCase(Locale.ROOT));
            }
            case PLATE -> {
                f.setMaxLength(10);
                toAnswer = s -> Values.text(s == null ? null : s.replace(" ", "").toUpperCase(Locale.ROOT));
            }
            case MOBILE -> {
                f.setMaxLength(20);
                f.getElement().setAttribute("inputmode", "tel");
                toAnswer = s -> Values.text(s == null ? null : s.replace(" ", "").replace("-", ""));
            }
            case ID_CARD -> {
                f.setMaxLength(18);
                toAnswer = s -> Values.text(s == null ? null : s.trim().toUpperCase(Locale.ROOT));
            }
            default -> f.setMaxLength(item.getMaxLength() == null ? TEXT_MAX : item.getMaxLength());
        }
        return new ValueFieldView<>(core, item, path, target, f, toAnswer, Inputs::string);
    }

    private static FieldView radio(RenderCore core, FormItem item, String path, Map<String, Object> target) {
        RadioButtonGroup<String> g = new RadioButtonGroup<>();
        g.setItems(values(item));
        g.setItemLabelGenerator(v -> optionLabel(item, v, core.locale()));
        g.addClassName("fc-form-options");
        return new ValueFieldView<>(core, item, path, target, g, v -> v, Inputs::string);
    }

    private static FieldView select(RenderCore core, FormItem item, String path, Map<String, Object> target) {
        Select<String> s = new Select<>();
        s.setItems(values(item));
        s.setItemLabelGenerator(v -> v == null ? "" : optionLabel(item, v, core.locale()));
        s.setEmptySelectionAllowed(true);
        s.setEmptySelectionCaption(Texts.t("forms.fill.choose"));
        s.setWidthFull();
        return new ValueFieldView<>(core, item, path, target, s, v -> v, Inputs::string);
    }

    private static List<String> values(FormItem item) {
        return item.getOptions().stream().map(ItemOption::value).toList();
    }

    private static String optionLabel(FormItem item, String value, Locale locale) {
        return item.getOptions().stream().filter(o -> o.value().equals(value)).findFirst()
                   .map(o -> Texts.resolve(o.label(), locale) + (o.label().isFallback(locale) ? " ⁽"
                           + (o.label().get("en") != null ? "EN" : "中") + "⁾" : ""))
                   .orElse(value);
    }

    /** Picked options in the order of the definition. */
    private static Object ordered(FormItem item, Set<String> picked) {
        List<String> out = new ArrayList<>();
        if (picked != null) {
            for (String v : values(item)) {
                if (picked.contains(v)) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    private static String string(Object v) {
        return v == null ? null : String.valueOf(v);
    }

    private static <T> T parse(Object v, Function<String, T> parser) {
        try {
            return v == null ? null : parser.apply(String.valueOf(v));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void placeholder(FormItem item, Locale locale, java.util.function.Consumer<String> setter) {
        if (item.getPlaceholder() != null && !item.getPlaceholder().isEmpty()) {
            setter.accept(Texts.resolve(item.getPlaceholder(), locale));
        }
    }
}
