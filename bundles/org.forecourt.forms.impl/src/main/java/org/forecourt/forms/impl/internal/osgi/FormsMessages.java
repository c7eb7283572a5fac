package org.forecourt.forms.impl.internal.osgi;

import org.forecourt.core.api.i18n.MessageBundle;
import org.osgi.service.component.annotations.Component;

/** Contributes {@code i18n/forms.properties} and {@code i18n/forms_zh_CN.properties}. */
@Component(service = MessageBundle.class, property = "forecourt.module=forms")
public class FormsMessages implements MessageBundle {

    public static final String BASE_NAME = "i18n.forms";

    @Override
    public String baseName() {
        return BASE_NAME;
    }

    @Override
    public ClassLoader classLoader() {
        return FormsMessages.class.getClassLoader();
    }
}
