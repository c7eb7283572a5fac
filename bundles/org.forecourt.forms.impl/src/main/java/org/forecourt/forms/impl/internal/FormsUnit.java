package org.forecourt.forms.impl.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.forecourt.forms.api.FormsPermissions;
import org.forecourt.forms.impl.internal.entity.AnswerEntity;
import org.forecourt.forms.impl.internal.entity.AttachmentEntity;
import org.forecourt.forms.impl.internal.entity.FormBindingEntity;
import org.forecourt.forms.impl.internal.entity.FormEntity;
import org.forecourt.forms.impl.internal.entity.FormVersionEntity;
import org.forecourt.forms.impl.internal.entity.SubmissionEntity;
import org.forecourt.persistence.MigrationSource;
import org.forecourt.persistence.UnitDefinition;

/**
 * The persistence unit {@code forms}: its entities and its migrations under {@code db/forms/}. Scripts are read
 * through the bundle's class loader from an explicit list (no directory scanning, which is unreliable in OSGi); a
 * script may have a database-specific variant under {@code db/forms/<databaseKind>/} with the same name.
 */
public final class FormsUnit {

    public static final String NAME = FormsPermissions.MODULE;
    static final String LOCATION = "db/forms/";

    /** Every migration, in order. Add new files here (a test checks the list matches the folder). */
    public static final List<String> SCRIPTS = List.of(
            "V1__forms.sql");

    public static final List<Class<?>> ENTITIES = List.of(
            FormEntity.class,
            FormVersionEntity.class,
            FormBindingEntity.class,
            SubmissionEntity.class,
            AnswerEntity.class,
            AttachmentEntity.class);

    private FormsUnit() {
    }

    /**
     * @param loader       the module's class loader (sees the entities and the scripts)
     * @param databaseKind {@code derby} or {@code postgresql}, from {@code JpaUnits.databaseKind()}
     */
    public static UnitDefinition definition(ClassLoader loader, String databaseKind) {
        return new UnitDefinition(NAME, loader, ENTITIES, migrations(loader, databaseKind));
    }

    static MigrationSource migrations(ClassLoader loader, String databaseKind) {
        return () -> {
            List<MigrationSource.Script> scripts = new ArrayList<>();
            for (String file : SCRIPTS) {
                String specific = databaseKind == null ? null : read(loader, LOCATION + databaseKind + "/" + file);
                String sql = specific != null ? specific : read(loader, LOCATION + file);
                if (sql == null) {
                    throw new IllegalStateException("Missing migration " + LOCATION + file);
                }
                scripts.add(new MigrationSource.Script(file, sql));
            }
            return scripts;
        };
    }

    private static String read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
