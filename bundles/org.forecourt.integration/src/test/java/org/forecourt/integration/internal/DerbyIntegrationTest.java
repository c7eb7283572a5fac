package org.forecourt.integration.internal;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The contract on embedded Derby in a temporary directory. */
class DerbyIntegrationTest extends IntegrationContract {

    @TempDir
    static Path dir;
    static TestDatabase db;

    @BeforeAll
    static void start() {
        db = new TestDatabase.Derby(dir);
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
