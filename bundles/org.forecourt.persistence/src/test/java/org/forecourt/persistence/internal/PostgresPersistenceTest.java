package org.forecourt.persistence.internal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The contract on PostgreSQL, when {@code FORECOURT_TEST_PG_URL} (system property or environment variable) names
 * a database, e.g. {@code jdbc:postgresql://127.0.0.1:55433/forecourt_test?user=forecourt&password=forecourt} as
 * set up by {@code src/test/scripts/test-postgres.sh start}; otherwise every case is reported as skipped. Each test
 * works in a schema of its own, dropped afterwards.
 */
class PostgresPersistenceTest extends PersistenceContract {

    static TestDatabase db;

    @BeforeAll
    static void start() {
        String url = TestDatabase.postgresUrl();
        if (url == null) {
            System.err.println("PostgresPersistenceTest: FORECOURT_TEST_PG_URL is not set, PostgreSQL cases skipped");
        } else {
            db = new TestDatabase.Postgres(url);
        }
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

    @Override
    String expectedKind() {
        return "postgresql";
    }
}
