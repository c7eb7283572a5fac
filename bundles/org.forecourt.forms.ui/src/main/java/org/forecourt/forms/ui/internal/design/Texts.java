package org.forecourt.forms.ui.internal.design;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

import org.forecourt.core.api.Actor;
import org.forecourt.forms.api.FormOwner;
import org.forecourt.forms.api.engine.DefinitionProblem;
import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.LocalText;
import org.forecourt.ui.api.CurrentUser;
import org.forecourt.ui.api.Ui;

/** How the designer and the forms screens show texts: translations, field types, local texts, problems, times. */
public final class Texts {

    /** The base name of the screens' messages ({@code i18n/forms-design*.properties}). */
    public static final String BASE_NAME = "i18n.forms-design";

    private static final DateTimeFormatter ZH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private Texts() {
    }

    public static String t(String key, Object... args) {
        return Ui.t(key, args);
    }

    /** The user's language: Simplified Chinese unless English. */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        Locale l = ui != null && ui.getLocale() != null ? ui.getLocale()
                : CurrentUser.find().map(Actor::locale).orElse(Locale.SIMPLIFIED_CHINESE);
        return "en".equals(l.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** The text in the user's language, marked {@code (EN)}/{@code (中文)} when it falls back to the other one. */
    public static String local(LocalText text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        Locale l = locale();
        String s = text.resolve(l);
        return text.isFallback(l) ? s + " ⁽" + (LocalText.tagFor(l).equals(LocalText.ZH) ? "EN" : "中") + "⁾" : s;
    }

    public static String typeKey(FieldType type) {
        return "forms.design.type." + type.jsonName();
    }

    /** The type's name in the user's language. */
    public static String type(FieldType type) {
        return t(typeKey(type));
    }

    /**
     * The label a new item of a type gets, in both languages (read from the messages of both, whatever the user's
     * language).
     */
    public static LocalText defaultLabel(FieldType type) {
        String key = "forms.design.new." + type.jsonName();
        return LocalText.of(bundleText(Locale.SIMPLIFIED_CHINESE, key), bundleText(Locale.ROOT, key));
    }

    static String bundleText(Locale locale, String key) {
        try {
            ResourceBundle b = ResourceBundle.getBundle(BASE_NAME, locale, Texts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return b.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A problem: where (item and property), what, and for expressions the line and column. */
    public static String problem(DefinitionProblem p) {
        String where = p.path() == null || p.path().isEmpty() ? t("forms.design.problem.form") : p.path();
        if (p.property() != null) {
            where += " · " + p.property();
        }
        String what = t(p.messageKey(), p.args().toArray());
        String at = p.line() > 0 ? " " + t("forms.design.problem.position", p.line(), p.column()) : "";
        return where + " — " + what + at;
    }

    /** An expression problem next to its field: the message and the position. */
    public static String expressionProblem(DefinitionProblem p) {
        String at = p.line() > 0 ? " " + t("forms.design.problem.position", p.line(), p.column()) : "";
        return t(p.messageKey(), p.args().toArray()) + at;
    }

    public static String time(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        return (locale() == Locale.ENGLISH ? EN_TIME : ZH_TIME).format(instant.atZone(zone));
    }

    public static String kind(String kind) {
        return kind == null ? "" : t("forms.design.kind." + kind);
    }

    /** A Lumo badge. */
    public static Span badge(String text, String... variants) {
        Span s = new Span(text);
        s.getElement().getThemeList().add("badge");
        for (String v : variants) {
            s.getElement().getThemeList().add(v);
        }
        return s;
    }

    /** Group level only: the owner's level; brand and store names come from {@code Owners}. */
    public static String level(FormOwner owner) {
        return t("forms.design.owner." + owner.level().name().toLowerCase(Locale.ROOT));
    }
}
