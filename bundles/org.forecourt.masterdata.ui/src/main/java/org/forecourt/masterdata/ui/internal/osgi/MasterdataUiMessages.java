package org.forecourt.masterdata.ui.internal.osgi;

import org.osgi.service.component.annotations.Component;

import org.forecourt.core.api.i18n.MessageBundle;

/** The screens' texts: {@code i18n/masterdataui.properties} (English) and {@code _zh_CN} (简体中文). */
@Component(service = MessageBundle.class, property = "forecourt.module=masterdata.ui")
public class MasterdataUiMessages implements MessageBundle {

    public static final String BASE_NAME = "i18n.masterdataui";

    @Override
    public String baseName() {
        return BASE_NAME;
    }

    @Override
    public ClassLoader classLoader() {
        return MasterdataUiMessages.class.getClassLoader();
    }
}
