/**
 * Importing customers and vehicles from .xlsx and .csv files (UTF-8 or GBK): {@link org.forecourt.imports.api.ImportService}
 * starts an import job from an upload (the watched inbox folder uses the same jobs), reports its live progress
 * ({@link org.forecourt.imports.api.ImportJob}), lists the rejected rows
 * ({@link org.forecourt.imports.api.ImportRejection}) and writes them as a downloadable .xlsx error report.
 *
 * <p>Valid rows are imported through the master data services' {@code upsertByNaturalKey}, so importing the same
 * file again creates nothing new; a job that was running when the JVM stopped resumes from its last committed row
 * when the imports bundle starts again.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.forecourt.imports.api;
