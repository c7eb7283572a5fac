package org.forecourt.core.api.i18n;

import java.util.List;
import java.util.Locale;

import org.forecourt.core.api.FieldError;
import org.forecourt.core.api.ForecourtException;

/**
 * Resolves message keys in a language, merging every contributed {@link MessageBundle}. A missing key resolves to
 * {@code !key!} so it is visible, never to an empty string. Arguments are formatted with {@link java.text.MessageFormat}.
 */
public interface Messages {

    /** The languages the UI offers: Simplified Chinese first, then English. */
    List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    String get(Locale locale, String key, Object... args);

    boolean has(Locale locale, String key);

    default String describe(Locale locale, ForecourtException e) {
        return get(locale, e.messageKey(), e.args());
    }

    default String describe(Locale locale, FieldError error) {
        return get(locale, error.messageKey(), error.args().toArray());
    }
}
