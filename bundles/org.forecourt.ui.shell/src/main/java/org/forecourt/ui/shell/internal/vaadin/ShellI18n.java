package org.forecourt.ui.shell.internal.vaadin;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

import org.forecourt.core.api.i18n.Messages;

/** Vaadin's {@code getTranslation} answered from the messages every module contributes. */
public class ShellI18n implements I18NProvider {

    private static final long serialVersionUID = 1L;
    private final transient Messages messages;

    public ShellI18n(Messages messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Messages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.get(locale, key, params);
    }
}
