package org.forecourt.integration.internal.osgi;

import org.forecourt.core.api.i18n.MessageBundle;
import org.osgi.service.component.annotations.Component;

/** The integration host's texts: {@code i18n/integration.properties} (English) and {@code _zh_CN}. */
@Component(service = MessageBundle.class)
public class IntegrationMessagesComponent implements MessageBundle {

    public static final String BASE_NAME = "i18n.integration";

    @Override
    public String baseName() {
        return BASE_NAME;
    }

    @Override
    public ClassLoader classLoader() {
        return IntegrationMessagesComponent.class.getClassLoader();
    }
}
