package org.forecourt.core.impl.internal.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;

import org.forecourt.core.api.i18n.MessageBundle;
import org.forecourt.core.api.i18n.Messages;
import org.forecourt.core.impl.internal.user.Locales;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves keys across every contributed {@link MessageBundle}, in the order they arrived. Chinese variants resolve
 * in zh_CN, everything else in English (the root files); a key missing in zh_CN falls back to English. Patterns are
 * always formatted with {@link MessageFormat} in the requested locale, so apostrophes are written {@code ''} in
 * every message. A missing key resolves to {@code !key!}.
 */
public class MessagesImpl implements Messages {

    private static final Logger LOG = LoggerFactory.getLogger(MessagesImpl.class);

    private final List<MessageBundle> bundles = new CopyOnWriteArrayList<>();

    public void add(MessageBundle bundle) {
        bundles.add(bundle);
    }

    public void remove(MessageBundle bundle) {
        bundles.remove(bundle);
        ClassLoader loader = bundle.classLoader();
        if (loader != null) {
            ResourceBundle.clearCache(loader);
        }
    }

    @Override
    public String get(Locale locale, String key, Object... args) {
        Locale resolved = Locales.supported(locale);
        Optional<String> pattern = pattern(resolved, key);
        if (pattern.isEmpty()) {
            return "!" + key + "!";
        }
        try {
            return new MessageFormat(pattern.get(), resolved).format(args == null ? new Object[0] : args);
        } catch (IllegalArgumentException e) {
            LOG.warn("Message {} ({}) is not a valid MessageFormat pattern: {}", key, resolved, e.getMessage());
            return pattern.get();
        }
    }

    @Override
    public boolean has(Locale locale, String key) {
        return pattern(Locales.supported(locale), key).isPresent();
    }

    private Optional<String> pattern(Locale locale, String key) {
        if (key == null) {
            return Optional.empty();
        }
        for (MessageBundle b : bundles) {
            ResourceBundle rb = load(b, locale);
            if (rb != null && rb.containsKey(key)) {
                return Optional.of(rb.getString(key));
            }
        }
        return Optional.empty();
    }

    private static ResourceBundle load(MessageBundle b, Locale locale) {
        try {
            return ResourceBundle.getBundle(b.baseName(), locale, b.classLoader(), Utf8Control.INSTANCE);
        } catch (MissingResourceException e) {
            LOG.debug("No resource bundle {} for {}", b.baseName(), locale);
            return null;
        }
    }
}
