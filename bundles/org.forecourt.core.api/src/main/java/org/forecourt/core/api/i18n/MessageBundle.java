package org.forecourt.core.api.i18n;

/**
 * Whiteboard service: a bundle contributes a resource bundle of UTF-8 {@code .properties} files, e.g. base name
 * {@code i18n.sales} with {@code i18n/sales.properties} (English) and {@code i18n/sales_zh_CN.properties}.
 * Keys should start with the module's id to stay unique.
 */
public interface MessageBundle {

    /** The resource bundle base name, e.g. {@code i18n.sales}. */
    String baseName();

    /** The loader that sees the bundle's files (the contributing bundle's class loader). */
    ClassLoader classLoader();

    static MessageBundle of(String baseName, Class<?> anchor) {
        ClassLoader loader = anchor.getClassLoader();
        return new MessageBundle() {
            @Override
            public String baseName() {
                return baseName;
            }

            @Override
            public ClassLoader classLoader() {
                return loader;
            }
        };
    }
}
