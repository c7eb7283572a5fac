package org.forecourt.core.impl.internal.user;

import java.util.Locale;

import org.forecourt.core.api.i18n.Messages;

/** The languages users may choose: Simplified Chinese (the default) and English. */
public final class Locales {

    private Locales() {
    }

    /** Maps any locale to a supported one: every Chinese variant to zh-CN, English to en, others to zh-CN. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        if ("en".equals(locale.getLanguage())) {
            return Locale.ENGLISH;
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    public static boolean isSupported(Locale locale) {
        return locale != null && Messages.SUPPORTED.stream()
                .anyMatch(l -> l.getLanguage().equals(locale.getLanguage()));
    }
}
