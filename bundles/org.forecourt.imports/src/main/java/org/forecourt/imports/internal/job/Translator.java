package org.forecourt.imports.internal.job;

import java.util.Locale;

/** Resolves a message key in a language (the platform's {@code Messages} in OSGi). */
@FunctionalInterface
public interface Translator {
    String get(Locale locale, String key, Object... args);
}
