package org.forecourt.imports.internal.job;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The import contract on embedded Derby in a temporary folder. */
class DerbyImportTest extends ImportContract {

    @TempDir
    static Path databaseDir;
    static TestDatabase db;

    @BeforeAll
    static void start() {
        db = new TestDatabase.Derby(databaseDir);
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Override
    TestDatabase database() {
        return db;
    }
}
