package org.forecourt.core.impl.internal.osgi;

import org.forecourt.core.api.i18n.MessageBundle;
import org.osgi.service.component.annotations.Component;

/** The core's texts: {@code i18n/core.properties} (English) and {@code i18n/core_zh_CN.properties}. */
@Component(service = MessageBundle.class)
public class CoreMessageBundleComponent implements MessageBundle {

    public static final String BASE_NAME = "i18n.core";

    @Override
    public String baseName() {
        return BASE_NAME;
    }

    @Override
    public ClassLoader classLoader() {
        return CoreMessageBundleComponent.class.getClassLoader();
    }
}
