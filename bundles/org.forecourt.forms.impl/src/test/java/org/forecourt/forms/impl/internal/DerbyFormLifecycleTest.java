package org.forecourt.forms.impl.internal;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** {@link FormLifecycleContract} on embedded Derby in a temporary folder. */
class DerbyFormLifecycleTest extends FormLifecycleContract {

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
