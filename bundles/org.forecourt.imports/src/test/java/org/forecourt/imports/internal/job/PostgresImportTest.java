package org.forecourt.imports.internal.job;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The import contract on PostgreSQL, when {@code FORECOURT_TEST_PG_URL} (system property or environment variable)
 * names a database; each test works in a schema of its own, dropped afterwards.
 */
class PostgresImportTest extends ImportContract {

    static TestDatabase db;

    @BeforeAll
    static void start() {
        String url = TestDatabase.postgresUrl();
        if (url == null) {
            System.err.println("PostgresImportTest skipped: FORECOURT_TEST_PG_URL is not set");
        }
        assumeTrue(url != null, "FORECOURT_TEST_PG_URL is not set: PostgreSQL cases skipped");
        db = new TestDatabase.Postgres(url);
    }

    @AfterAll
    static void stop() {
        if (db != null) {
            db.close();
        }
    }

    @Override
    TestDatabase database() {
        return db;
    }
}
