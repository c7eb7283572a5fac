package org.forecourt.forms.ui.internal.osgi;

import org.osgi.service.component.annotations.Component;

import org.forecourt.core.api.i18n.MessageBundle;

/** Texts of the renderer, the fill and submission screens and the PDF: {@code i18n/forms-fill.properties} and {@code _zh_CN}. */
@Component(service = MessageBundle.class, property = "forecourt.module=forms.fill")
public class FillMessages implements MessageBundle {

    public static final String BASE_NAME = "i18n.forms-fill";

    @Override
    public String baseName() {
        return BASE_NAME;
    }

    @Override
    public ClassLoader classLoader() {
        return FillMessages.class.getClassLoader();
    }
}
