package org.forecourt.forms.impl.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link SubmissionContract} on PostgreSQL when {@code FORECOURT_TEST_PG_URL} is set (skipped otherwise). */
class PostgresSubmissionTest extends SubmissionContract {

    static TestDatabase db;

    @BeforeAll
    static void start() {
        String url = TestDatabase.postgresUrl();
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
