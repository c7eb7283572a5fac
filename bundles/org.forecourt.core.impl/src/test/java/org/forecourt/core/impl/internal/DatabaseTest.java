package org.forecourt.core.impl.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the tests that need the database: a fresh {@link Fixture} on emptied tables per test. The concrete
 * database comes from the enclosing {@code DerbyCoreTest} or {@code PostgresCoreTest}.
 */
public abstract class DatabaseTest {

    protected Fixture f;

    protected abstract TestDatabase database();

    @BeforeEach
    void openFixture() {
        f = Fixture.shared(database());
    }

    @AfterEach
    void closeFixture() {
        if (f != null) {
            f.close();
        }
    }
}
