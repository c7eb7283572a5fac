package org.forecourt.forms.api.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A text in several languages, keyed by language tag ({@code zh-CN}, {@code en}). Every label, option, help text and
 * script text of a form is a {@code LocalText}. Immutable.
 */
public final class LocalText {

    public static final String ZH = "zh-CN";
    public static final String EN = "en";

    private static final LocalText EMPTY = new LocalText(Map.of());

    private final Map<String, String> texts;

    private LocalText(Map<String, String> texts) {
        this.texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    public static LocalText of(Map<String, String> texts) {
        Map<String, String> clean = new LinkedHashMap<>();
        if (texts != null) {
            texts.forEach((k, v) -> {
                if (k != null && v != null && !v.isBlank()) {
                    clean.put(k, v);
                }
            });
        }
        return clean.isEmpty() ? EMPTY : new LocalText(clean);
    }

    public static LocalText of(String zh, String en) {
        Map<String, String> m = new LinkedHashMap<>();
        if (zh != null) {
            m.put(ZH, zh);
        }
        if (en != null) {
            m.put(EN, en);
        }
        return of(m);
    }

    public static LocalText empty() {
        return EMPTY;
    }

    /** Language tag → text; never null. */
    public Map<String, String> texts() {
        return texts;
    }

    public String get(String languageTag) {
        return texts.get(languageTag);
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }

    /** A copy with one language replaced (a blank text removes it). */
    public LocalText with(String languageTag, String text) {
        Map<String, String> m = new LinkedHashMap<>(texts);
        if (text == null || text.isBlank()) {
            m.remove(languageTag);
        } else {
            m.put(languageTag, text);
        }
        return of(m);
    }

    /**
     * The text for a locale: Chinese for any {@code zh} locale, English otherwise; falls back to the other language
     * (see {@link #isFallback(Locale)}), and to {@code ""} when the text has no language at all.
     */
    public String resolve(Locale locale) {
        String tag = tagFor(locale);
        String t = texts.get(tag);
        if (t != null) {
            return t;
        }
        String other = ZH.equals(tag) ? EN : ZH;
        t = texts.get(other);
        if (t != null) {
            return t;
        }
        return texts.isEmpty() ? "" : texts.values().iterator().next();
    }

    /** True when {@link #resolve(Locale)} had to use another language than the locale's: the renderer marks it. */
    public boolean isFallback(Locale locale) {
        return !texts.isEmpty() && !texts.containsKey(tagFor(locale));
    }

    public static String tagFor(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? ZH : EN;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalText other && texts.equals(other.texts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(texts);
    }

    @Override
    public String toString() {
        return texts.toString();
    }
}
