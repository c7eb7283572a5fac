package org.forecourt.core.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.forecourt.core.api.health.HealthCheck;
import org.forecourt.core.impl.internal.health.DatabaseHealthCheck;
import org.junit.jupiter.api.Test;

/** The {@code database} health check. */
public abstract class HealthContract extends DatabaseTest {

    @Test
    void upWithKindAndLatency() {
        DatabaseHealthCheck check = f.health();
        assertThat(check.name()).isEqualTo("database");
        HealthCheck.Result result = check.check();
        assertThat(result.up()).isTrue();
        assertThat(result.details()).containsEntry("kind", f.kind).containsKey("latencyMs");
        assertThat((Double) result.details().get("latencyMs")).isGreaterThanOrEqualTo(0.0);
    }

    @Test
    void downWithTheErrorWhenTheDatabaseCannotBeReached() {
        Fixture own = Fixture.isolated(database());
        DatabaseHealthCheck check = own.health();
        own.close();
        HealthCheck.Result result = check.check();
        assertThat(result.up()).isFalse();
        assertThat(result.details()).containsEntry("kind", own.kind).containsKey("error");
        assertThat((String) result.details().get("error")).isNotBlank();
    }
}
