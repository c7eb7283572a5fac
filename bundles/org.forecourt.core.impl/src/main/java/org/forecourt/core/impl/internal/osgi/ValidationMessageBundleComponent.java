package org.forecourt.core.impl.internal.osgi;

import org.forecourt.core.api.i18n.MessageBundle;
import org.forecourt.core.api.validation.ChineseMobile;
import org.osgi.service.component.annotations.Component;

/**
 * The validators' texts ({@code i18n/validation*.properties}), which live in the core API bundle: the API bundle
 * has no components, so the core registers them on its behalf, with the API bundle's class loader.
 */
@Component(service = MessageBundle.class)
public class ValidationMessageBundleComponent implements MessageBundle {

    public static final String BASE_NAME = "i18n.validation";

    private final MessageBundle delegate = MessageBundle.of(BASE_NAME, ChineseMobile.class);

    @Override
    public String baseName() {
        return delegate.baseName();
    }

    @Override
    public ClassLoader classLoader() {
        return delegate.classLoader();
    }
}
