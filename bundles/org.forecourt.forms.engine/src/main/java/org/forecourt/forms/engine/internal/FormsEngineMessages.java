package org.forecourt.forms.engine.internal;

import org.forecourt.core.api.i18n.MessageBundle;
import org.osgi.service.component.annotations.Component;

/**
 * Contributes {@code i18n/forms-engine.properties} and {@code i18n/forms-engine_zh_CN.properties}: the messages of
 * definition problems ({@code forms.def.*}) and answer errors ({@code forms.answer.*}).
 */
@Component(service = MessageBundle.class, property = "forecourt.module=forms")
public class FormsEngineMessages implements MessageBundle {

    public static final String BASE_NAME = "i18n.forms-engine";

    @Override
    public String baseName() {
        return BASE_NAME;
    }

    @Override
    public ClassLoader classLoader() {
        return FormsEngineMessages.class.getClassLoader();
    }
}
