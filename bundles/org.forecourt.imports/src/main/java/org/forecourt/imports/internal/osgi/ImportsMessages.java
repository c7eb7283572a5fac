package org.forecourt.imports.internal.osgi;

import org.forecourt.core.api.i18n.MessageBundle;
import org.osgi.service.component.annotations.Component;

/** The texts of the imports bundle: the sheet layer's ({@code i18n/imports*}) and the jobs' ({@code i18n/importjobs*}). */
public final class ImportsMessages {

    public static final String SHEET_BASE_NAME = "i18n.imports";
    public static final String JOBS_BASE_NAME = "i18n.importjobs";

    private ImportsMessages() {
    }

    /** {@code import.sheet.*} and {@code import.report.*}: refused files and the error report's titles. */
    @Component(service = MessageBundle.class, property = "forecourt.module=imports")
    public static class Sheet implements MessageBundle {
        @Override
        public String baseName() {
            return SHEET_BASE_NAME;
        }

        @Override
        public ClassLoader classLoader() {
            return ImportsMessages.class.getClassLoader();
        }
    }

    /** {@code import.job.*}, {@code import.row.*} and the labels of kinds, states and sources. */
    @Component(service = MessageBundle.class, property = "forecourt.module=imports")
    public static class Jobs implements MessageBundle {
        @Override
        public String baseName() {
            return JOBS_BASE_NAME;
        }

        @Override
        public ClassLoader classLoader() {
            return ImportsMessages.class.getClassLoader();
        }
    }
}
