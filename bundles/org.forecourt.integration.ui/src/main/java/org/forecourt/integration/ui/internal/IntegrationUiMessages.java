package org.forecourt.integration.ui.internal;

import org.forecourt.core.api.i18n.MessageBundle;
import org.osgi.service.component.annotations.Component;

/** The screen's texts: {@code i18n/integrationui.properties} (English) and {@code _zh_CN}. */
@Component(service = MessageBundle.class)
public class IntegrationUiMessages implements MessageBundle {

    public static final String BASE_NAME = "i18n.integrationui";

    @Override
    public String baseName() {
        return BASE_NAME;
    }

    @Override
    public ClassLoader classLoader() {
        return IntegrationUiMessages.class.getClassLoader();
    }
}
