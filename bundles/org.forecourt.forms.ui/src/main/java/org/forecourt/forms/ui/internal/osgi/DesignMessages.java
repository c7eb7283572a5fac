package org.forecourt.forms.ui.internal.osgi;

import org.osgi.service.component.annotations.Component;

import org.forecourt.core.api.i18n.MessageBundle;
import org.forecourt.forms.ui.internal.design.Texts;

/** The texts of the designer and the forms administration screens: {@code i18n/forms-design.properties} and {@code _zh_CN}. */
@Component(service = MessageBundle.class, property = "forecourt.module=forms.ui.design")
public class DesignMessages implements MessageBundle {

    @Override
    public String baseName() {
        return Texts.BASE_NAME;
    }

    @Override
    public ClassLoader classLoader() {
        return DesignMessages.class.getClassLoader();
    }
}
