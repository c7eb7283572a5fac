package org.forecourt.persistence.internal;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.resource.LoadableResource;
import org.forecourt.persistence.MigrationSource;
import org.forecourt.persistence.PersistenceSetupException;

/**
 * Runs one unit's migrations with Flyway: its own history table {@code fc_schema_<unit>} in the shared schema
 * (baseline 0 on first run, since the schema already holds other units' tables), scripts given by the unit (no
 * class path scanning), placeholders per database.
 */
final class Migrator {

    private static final Logger LOG = Logger.getLogger(Migrator.class.getName());

    private Migrator() {
    }

    static String historyTable(String unitName) {
        return "fc_schema_" + unitName;
    }

    /** @return how many migrations were applied */
    static int migrate(DataSource dataSource, DatabaseKind kind, String unitName, MigrationSource source) {
        List<MigrationSource.Script> scripts;
        try {
            scripts = source == null ? List.of() : source.scripts();
        } catch (RuntimeException e) {
            throw new PersistenceSetupException("Cannot read the migrations of unit " + unitName + ": "
                    + e.getMessage(), e);
        }
        for (MigrationSource.Script s : scripts) {
            if (!s.fileName().matches("[VR][^/\\\\]*__[^/\\\\]*\\.sql")) {
                throw new PersistenceSetupException("Unit " + unitName + ": not a Flyway SQL migration name: "
                        + s.fileName());
            }
        }
        AtomicReference<String> failed = new AtomicReference<>();
        Callback onError = new Callback() {
            @Override
            public boolean supports(Event event, Context context) {
                return event == Event.AFTER_EACH_MIGRATE_ERROR;
            }

            @Override
            public boolean canHandleInTransaction(Event event, Context context) {
                return true;
            }

            @Override
            public void handle(Event event, Context context) {
                MigrationInfo info = context.getMigrationInfo();
                if (info != null) {
                    failed.set(info.getScript());
                }
            }

            @Override
            public String getCallbackName() {
                return "forecourt-failed-script";
            }
        };
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        ClassLoader flywayLoader = Flyway.class.getClassLoader();
        try {
            thread.setContextClassLoader(flywayLoader);
            Flyway flyway = Flyway.configure(Migrator.class.getClassLoader())
                    .dataSource(dataSource)
                    .table(historyTable(unitName))
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .baselineDescription("<< forecourt unit " + unitName + " >>")
                    .placeholders(kind.placeholders)
                    .placeholderReplacement(true)
                    .resourceProvider(new ScriptResources(scripts))
                    .javaMigrationClassProvider(List::of)
                    .callbacks(onError)
                    .validateMigrationNaming(true)
                    .load();
            MigrateResult result = flyway.migrate();
            if (result.migrationsExecuted > 0) {
                LOG.log(Level.INFO, "Unit {0}: applied {1} migration(s), now at version {2}",
                        new Object[] {unitName, result.migrationsExecuted, result.targetSchemaVersion});
            }
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            String script = failed.get();
            throw new PersistenceSetupException("Migration of unit " + unitName
                    + (script == null ? "" : " failed in " + script) + ": " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Gives Flyway exactly the unit's scripts. */
    private static final class ScriptResources implements ResourceProvider {
        private final List<MigrationSource.Script> scripts;

        ScriptResources(List<MigrationSource.Script> scripts) {
            this.scripts = scripts;
        }

        @Override
        public LoadableResource getResource(String name) {
            for (MigrationSource.Script s : scripts) {
                if (s.fileName().equals(name)) {
                    return new ScriptResource(s);
                }
            }
            return null;
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            List<LoadableResource> found = new ArrayList<>();
            for (MigrationSource.Script s : scripts) {
                if (s.fileName().startsWith(prefix)
                        && Arrays.stream(suffixes).anyMatch(suffix -> s.fileName().endsWith(suffix))) {
                    found.add(new ScriptResource(s));
                }
            }
            return found;
        }
    }

    private static final class ScriptResource extends LoadableResource {
        private final MigrationSource.Script script;

        ScriptResource(MigrationSource.Script script) {
            this.script = script;
        }

        @Override
        public Reader read() {
            return new StringReader(script.sql());
        }

        @Override
        public String getAbsolutePath() {
            return script.fileName();
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return script.fileName();
        }

        @Override
        public String getFilename() {
            return script.fileName();
        }

        @Override
        public String getRelativePath() {
            return script.fileName();
        }
    }
}
