package org.forecourt.forms.ui.internal.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

import org.forecourt.forms.api.engine.Score;
import org.forecourt.forms.api.model.LocalText;

/**
 * Texts of the renderer: translations of its own messages, a form's {@link LocalText}s in the user's language with a
 * visible marker when another language had to be used. Everything is set as text, never as HTML.
 */
public final class Texts {

    private Texts() {
    }

    /** A message of the forms UI (or the engine) in the current user's language; the key itself without a UI. */
    public static String t(String key, Object... args) {
        UI ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key, args);
    }

    /** The text in the locale's language ("" for null). */
    public static String resolve(LocalText text, Locale locale) {
        return text == null ? "" : text.resolve(locale);
    }

    /**
     * A span with the text, followed by a small badge ({@code EN} or {@code 中}) when the text is missing in the
     * user's language and the other one is shown; the badge's title says so.
     */
    public static Span localText(LocalText text, Locale locale, String className) {
        Span span = new Span();
        span.addClassName(className);
        Span value = new Span(resolve(text, locale));
        span.add(value);
        fallbackBadge(text, locale).ifPresent(span::add);
        return span;
    }

    /** The fallback marker of a text, if it is shown in another language. */
    public static java.util.Optional<Component> fallbackBadge(LocalText text, Locale locale) {
        if (text == null || !text.isFallback(locale)) {
            return java.util.Optional.empty();
        }
        boolean shownInEnglish = text.get(LocalText.EN) != null;
        Span badge = new Span(shownInEnglish ? "EN" : "中");
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add("small");
        badge.getElement().getThemeList().add("contrast");
        badge.addClassName("fc-form-fallback");
        String title = t(shownInEnglish ? "forms.fill.fallback.en" : "forms.fill.fallback.zh");
        badge.getElement().setAttribute("title", title);
        badge.getElement().setAttribute("aria-label", title);
        badge.getStyle().set("margin-inline-start", "var(--lumo-space-xs)");
        return java.util.Optional.of(badge);
    }

    /** A number for display in the locale, with the given decimals (none given: as it is). */
    public static String number(BigDecimal value, Integer decimals, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        if (decimals != null) {
            BigDecimal v = value.setScale(decimals, RoundingMode.HALF_UP);
            f.setMinimumFractionDigits(decimals);
            f.setMaximumFractionDigits(decimals);
            return f.format(v);
        }
        f.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return f.format(value);
    }

    /** "12 / 15 · 80%" */
    public static String score(Score score, Locale locale) {
        if (score == null || score.max() == null) {
            return "";
        }
        String s = number(score.points(), null, locale) + " / " + number(score.max(), null, locale);
        if (score.percent() != null) {
            s += " · " + number(score.percent(), null, locale) + "%";
        }
        return s;
    }
}
