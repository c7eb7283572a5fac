package org.forecourt.masterdata.impl.internal.osgi;

import org.forecourt.core.api.i18n.MessageBundle;
import org.osgi.service.component.annotations.Component;

/** Contributes {@code i18n/masterdata.properties} and {@code i18n/masterdata_zh_CN.properties}. */
@Component(service = MessageBundle.class, property = "forecourt.module=masterdata")
public class MasterdataMessages implements MessageBundle {

    public static final String BASE_NAME = "i18n.masterdata";

    @Override
    public String baseName() {
        return BASE_NAME;
    }

    @Override
    public ClassLoader classLoader() {
        return MasterdataMessages.class.getClassLoader();
    }
}
