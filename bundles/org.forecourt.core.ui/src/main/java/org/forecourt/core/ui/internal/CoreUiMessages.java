package org.forecourt.core.ui.internal;

import org.osgi.service.component.annotations.Component;

import org.forecourt.core.api.i18n.MessageBundle;

/** The administration screens' texts ({@code i18n/coreui*.properties}). */
@Component(service = MessageBundle.class)
public class CoreUiMessages implements MessageBundle {

    public static final String BASE_NAME = "i18n.coreui";

    @Override
    public String baseName() {
        return BASE_NAME;
    }

    @Override
    public ClassLoader classLoader() {
        return CoreUiMessages.class.getClassLoader();
    }
}
