package org.forecourt.core.impl.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/**
 * Every database contract on PostgreSQL when {@code FORECOURT_TEST_PG_URL} (system property or environment
 * variable) names a database, e.g. {@code jdbc:postgresql://127.0.0.1:5432/forecourt_test?user=...&password=...}.
 * Each test works in a schema of its own, dropped afterwards.
 */
class PostgresCoreTest {

    static TestDatabase db;

    @BeforeAll
    static void start() {
        String url = TestDatabase.postgresUrl();
        if (url == null) {
            System.err.println("PostgresCoreTest skipped: FORECOURT_TEST_PG_URL is not set");
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

    @Nested
    class Actors extends ActorContract {
        @Override
        protected TestDatabase database() {
            return db;
        }
    }

    @Nested
    class Users extends UserContract {
        @Override
        protected TestDatabase database() {
            return db;
        }
    }

    @Nested
    class Authentication extends AuthenticationContract {
        @Override
        protected TestDatabase database() {
            return db;
        }
    }

    @Nested
    class ApiKeys extends ApiKeyContract {
        @Override
        protected TestDatabase database() {
            return db;
        }
    }

    @Nested
    class Permissions extends PermissionRegistryContract {
        @Override
        protected TestDatabase database() {
            return db;
        }
    }

    @Nested
    class Organisation extends OrganisationContract {
        @Override
        protected TestDatabase database() {
            return db;
        }
    }

    @Nested
    class FirstStart extends FirstStartContract {
        @Override
        protected TestDatabase database() {
            return db;
        }
    }

    @Nested
    class Health extends HealthContract {
        @Override
        protected TestDatabase database() {
            return db;
        }
    }

    @Nested
    class ShellLogin extends ShellLoginContract {
        @Override
        protected TestDatabase database() {
            return db;
        }
    }
}
