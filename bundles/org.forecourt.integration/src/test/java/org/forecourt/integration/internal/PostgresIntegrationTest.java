package org.forecourt.integration.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The contract on PostgreSQL, when {@code FORECOURT_TEST_PG_URL} (system property or environment variable) names a
 * database, e.g. {@code jdbc:postgresql://127.0.0.1:5433/forecourt_test?user=forecourt&password=...}. Each test
 * works in a schema of its own, dropped afterwards.
 */
class PostgresIntegrationTest extends IntegrationContract {

    static TestDatabase db;

    @BeforeAll
    static void start() {
        String url = TestDatabase.postgresUrl();
        if (url == null) {
            System.err.println("PostgresIntegrationTest skipped: FORECOURT_TEST_PG_URL is not set");
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
