package org.forecourt.imports.internal.job;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import org.forecourt.core.api.Actor;
import org.forecourt.imports.api.ImportJob;
import org.forecourt.imports.api.ImportKind;

/**
 * The JVM {@link KillResumeTest} kills: starts an import of a file and reports each checkpoint in a file
 * ({@code <job id> <last committed row>}), then waits to be killed.
 *
 * <p>Arguments: database description ({@link TestDatabase#describe()}), schema, import directory, the file to
 * import, the progress file.
 */
public final class KillChild {

    private KillChild() {
    }

    public static void main(String[] args) throws Exception {
        TestDatabase db = TestDatabase.of(args[0]);
        ImportWorld world = new ImportWorld(db.reopen(args[1]), Path.of(args[2]), 200);
        Path progress = Path.of(args[4]);
        world.engine.setHook(new JobHook() {
            @Override
            public void afterCheckpoint(long jobId, int lastCommittedRow) {
                try {
                    Path tmp = progress.resolveSibling(progress.getFileName() + ".tmp");
                    Files.writeString(tmp, jobId + " " + lastCommittedRow);
                    Files.move(tmp, progress, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        Actor manager = ImportWorld.manager(101, world.storeA, Locale.SIMPLIFIED_CHINESE);
        try (InputStream in = Files.newInputStream(Path.of(args[3]))) {
            ImportJob job = world.engine.start(manager, ImportKind.CUSTOMERS, world.storeA, "一万客户.csv", in);
            System.out.println("started job " + job.id());
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
