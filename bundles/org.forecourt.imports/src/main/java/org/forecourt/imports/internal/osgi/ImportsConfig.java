package org.forecourt.imports.internal.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code org.forecourt.imports} (defaults shipped in the forecourt-imports feature). */
@ObjectClassDefinition(name = "Forecourt imports",
        description = "Spreadsheet imports of customers and vehicles: where job files are kept, the watched inbox "
                + "folder, batch size and limits.")
public @interface ImportsConfig {

    @AttributeDefinition(name = "Import directory",
            description = "Each job keeps its copy of the file and its error report in <directory>/<job id>/, so "
                    + "that it can resume after a restart. Empty: ${karaf.data}/forecourt/imports.")
    String importDirectory() default "";

    @AttributeDefinition(name = "Watch the inbox folder",
            description = "Import files dropped into <watchDirectory>/<store code>/customers/ or .../vehicles/.")
    boolean watchEnabled() default true;

    @AttributeDefinition(name = "Inbox folder",
            description = "One sub-folder per store code, each with customers/ and vehicles/ (created for every "
                    + "active store). Empty: ${karaf.data}/forecourt/import-inbox.")
    String watchDirectory() default "";

    @AttributeDefinition(name = "Poll interval (seconds)", min = "1")
    int pollIntervalSeconds() default 5;

    @AttributeDefinition(name = "Stable for (seconds)",
            description = "A dropped file is imported once its size and time have not changed for this long (and "
                    + "over at least one poll): files still being copied are left alone.", min = "0")
    int stableSeconds() default 5;

    @AttributeDefinition(name = "Batch size",
            description = "Rows per checkpoint: a job resumed after a crash starts again after the last batch.",
            min = "1", max = "10000")
    int batchSize() default 200;

    @AttributeDefinition(name = "Parallel jobs", min = "1", max = "8")
    int workerThreads() default 1;

    @AttributeDefinition(name = "Largest file (MB)", min = "1", max = "200")
    int maxFileMegabytes() default 50;
}
