package org.forecourt.core.impl.internal;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** Every database contract on embedded Derby in a temporary folder. */
class DerbyCoreTest {

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
