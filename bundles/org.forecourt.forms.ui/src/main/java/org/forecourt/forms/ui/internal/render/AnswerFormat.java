package org.forecourt.forms.ui.internal.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.FormItem;
import org.forecourt.forms.api.model.ItemOption;
import org.forecourt.forms.api.model.RatingScale;

/**
 * An answer as plain text for lists and printing (the PDF): option labels instead of values, units, yes/no in the
 * user's language. Photos and signatures are not text: they are printed as images.
 */
public final class AnswerFormat {

    private final Locale locale;
    private final BiFunction<String, Object[], String> messages;

    /** @param messages translates a message key with arguments */
    public AnswerFormat(Locale locale, BiFunction<String, Object[], String> messages) {
        this.locale = locale;
        this.messages = messages;
    }

    private String t(String key, Object... args) {
        return messages.apply(key, args);
    }

    /** The answer as text; "" when unanswered. */
    public String format(FormItem item, Object value) {
        if (!Values.present(value)) {
            return "";
        }
        return switch (item.getType()) {
            case NUMBER -> {
                String unit = Texts.resolve(item.getUnit(), locale);
                String n = Texts.number(Values.decimal(value), item.getDecimals(), locale);
                yield unit.isEmpty() ? n : n + " " + unit;
            }
            case MONEY -> "¥" + Texts.number(Values.decimal(value), item.getDecimals() == null ? 2 : item.getDecimals(),
                    locale);
            case CHOICE -> option(item, String.valueOf(value));
            case MULTI_CHOICE -> {
                List<String> labels = new ArrayList<>();
                Values.strings(value).forEach(v -> labels.add(option(item, v)));
                yield String.join("、", labels);
            }
            case YES_NO -> t(Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value)) ? "forms.fill.yes"
                    : "forms.fill.no");
            case RATING -> {
                BigDecimal d = Values.decimal(value);
                RatingScale scale = item.getScale() == null ? RatingScale.STARS_5 : item.getScale();
                yield (d == null ? "" : d.stripTrailingZeros().toPlainString()) + " / " + scale.max();
            }
            case INSPECTION -> {
                Map<String, Object> m = Values.map(value);
                String grade = m.get("grade") == null ? "" : t("forms.fill.grade." + m.get("grade"));
                String note = Values.text(m.get("note"));
                yield note == null ? grade : grade + " · " + note;
            }
            case REFERENCE -> {
                Object label = Values.map(value).get("label");
                yield label == null ? "" : String.valueOf(label);
            }
            case PHOTO, SIGNATURE, GROUP, SECTION, PAGE_BREAK, INSTRUCTION -> "";
            default -> String.valueOf(value);
        };
    }

    /** A computed value as text, with the item's decimals and unit. */
    public String computed(FormItem item, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return t(b ? "forms.fill.yes" : "forms.fill.no");
        }
        BigDecimal d = value instanceof Number ? Values.decimal(value) : null;
        String text = d != null ? Texts.number(d, item.getDecimals(), locale) : String.valueOf(value);
        String unit = Texts.resolve(item.getUnit(), locale);
        return unit.isEmpty() ? text : text + " " + unit;
    }

    /** The attachment ids of a photo, inspection or signature answer. */
    public static List<String> attachmentIds(FormItem item, Object value) {
        if (item.getType() == FieldType.SIGNATURE) {
            String id = Values.text(value);
            return id == null ? List.of() : List.of(id);
        }
        if (item.getType() == FieldType.INSPECTION) {
            return Values.strings(Values.map(value).get("photos"));
        }
        if (item.getType() == FieldType.PHOTO) {
            return Values.strings(value);
        }
        return List.of();
    }

    private String option(FormItem item, String value) {
        return item.getOptions().stream().filter(o -> o.value().equals(value)).findFirst()
                   .map(ItemOption::label).map(l -> Texts.resolve(l, locale)).orElse(value);
    }
}
