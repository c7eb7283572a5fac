package org.forecourt.ui.shell.internal;

import org.osgi.service.component.annotations.Component;

import org.forecourt.core.api.i18n.MessageBundle;

/** The shell's own texts ({@code i18n/shell*.properties}). */
@Component(service = MessageBundle.class)
public class ShellMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "i18n.shell";
    }

    @Override
    public ClassLoader classLoader() {
        return ShellMessages.class.getClassLoader();
    }
}
