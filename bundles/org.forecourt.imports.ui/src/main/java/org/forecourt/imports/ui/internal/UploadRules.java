package org.forecourt.imports.ui.internal;

import java.util.List;
import java.util.Locale;

/** What the upload accepts and how the report download is named. Plain code, tested without a browser. */
final class UploadRules {

    /** File name endings the upload offers (the content decides the format; the service checks again). */
    static final List<String> EXTENSIONS = List.of(".xlsx", ".csv");
    /** The same as MIME types, for the browser's file chooser. */
    static final List<String> MIME_TYPES = List.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv");

    private UploadRules() {
    }

    /** What {@code Upload.setAcceptedFileTypes} gets. */
    static String[] acceptedTypes() {
        return java.util.stream.Stream.concat(EXTENSIONS.stream(), MIME_TYPES.stream()).toArray(String[]::new);
    }

    static boolean accepted(String fileName) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(e -> name.endsWith(e) && name.length() > e.length());
    }

    /** {@code 客户名单.csv} → {@code 客户名单_<suffix>.xlsx}. */
    static String reportName(String fileName, String suffix) {
        String name = fileName == null || fileName.isBlank() ? "import" : fileName.strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return base + "_" + suffix + ".xlsx";
    }

    /** Whole megabytes, rounded down, for messages. */
    static long megabytes(long bytes) {
        return bytes / (1024L * 1024L);
    }
}
