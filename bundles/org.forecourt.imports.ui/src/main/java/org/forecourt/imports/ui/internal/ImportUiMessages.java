package org.forecourt.imports.ui.internal;

import org.forecourt.core.api.i18n.MessageBundle;
import org.osgi.service.component.annotations.Component;

/** The Import screen's texts ({@code i18n/importsui*.properties}). */
@Component(service = MessageBundle.class, property = "forecourt.module=imports.ui")
public class ImportUiMessages implements MessageBundle {

    public static final String BASE_NAME = "i18n.importsui";

    @Override
    public String baseName() {
        return BASE_NAME;
    }

    @Override
    public ClassLoader classLoader() {
        return ImportUiMessages.class.getClassLoader();
    }
}
