package org.forecourt.core.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.Role;
import org.forecourt.core.impl.internal.perm.CorePermissions;
import org.forecourt.core.impl.internal.user.FirstStart;
import org.forecourt.core.impl.internal.user.FirstStart.Outcome;
import org.junit.jupiter.api.Test;

/** An empty database gets an admin. */
public abstract class FirstStartContract extends DatabaseTest {

    @Test
    void theConfiguredPasswordIsUsedOnceAndOnlyOnAnEmptyDatabase() {
        FirstStart firstStart = f.firstStart();
        assertThat(firstStart.run("Initial2026").outcome()).isEqualTo(Outcome.CREATED_WITH_CONFIGURED_PASSWORD);

        Actor admin = f.auth.authenticate("admin", "Initial2026".toCharArray()).orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.GROUP_ADMIN);
        assertThat(admin.scope().allStores()).isTrue();
        assertThat(admin.has(CorePermissions.ADMIN_SHELL)).isTrue();
        assertThat(f.users.get(admin, admin.userId()).orElseThrow().locale().toLanguageTag()).isEqualTo("zh-CN");

        assertThat(firstStart.run("Other2026x").outcome()).isEqualTo(Outcome.USERS_EXIST);
        assertThat(f.auth.authenticate("admin", "Other2026x".toCharArray())).isEmpty();
    }

    @Test
    void withoutAConfiguredPasswordOneIsGenerated() {
        FirstStart.Result result = f.firstStart().run("");
        assertThat(result.outcome()).isEqualTo(Outcome.CREATED_WITH_GENERATED_PASSWORD);
        assertThat(result.generatedPassword()).hasSize(16);
        assertThat(result.toString()).doesNotContain(result.generatedPassword());
        assertThat(f.auth.authenticate("admin", result.generatedPassword().toCharArray())).isPresent();
    }

    @Test
    void aWeakConfiguredPasswordIsReplacedByAGeneratedOne() {
        FirstStart.Result result = f.firstStart().run("admin");
        assertThat(result.outcome()).isEqualTo(Outcome.CREATED_WITH_GENERATED_PASSWORD);
        assertThat(f.auth.authenticate("admin", "admin".toCharArray())).isEmpty();
    }

    @Test
    void nothingHappensWhenUsersExist() {
        f.user("someone");
        assertThat(f.firstStart().run("Initial2026").outcome()).isEqualTo(Outcome.USERS_EXIST);
        assertThat(f.auth.authenticate("admin", "Initial2026".toCharArray())).isEmpty();
    }
}
