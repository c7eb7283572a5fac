package org.forecourt.core.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.forecourt.core.impl.internal.Fixture.group;
import static org.forecourt.core.impl.internal.Fixture.storeRole;

import java.util.Set;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.NotFoundException;
import org.forecourt.core.api.NotPermittedException;
import org.forecourt.core.api.Role;
import org.forecourt.core.api.Scope;
import org.forecourt.core.api.ValidationException;
import org.forecourt.core.api.org.Store;
import org.forecourt.core.api.user.ApiKey;
import org.forecourt.core.api.user.ApiKeyService.CreatedApiKey;
import org.forecourt.core.impl.internal.db.ApiKeyEntity;
import org.forecourt.core.impl.internal.perm.CorePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** API keys: shown once, stored hashed, authenticate as a scoped system actor, revocable. */
public abstract class ApiKeyContract extends DatabaseTest {

    Store pudong;
    Store minhang;
    Store hangzhou;
    Actor integrator;

    @BeforeEach
    void organisation() {
        var byd = f.brand("BYD", "比亚迪");
        pudong = f.store(byd, "SH-PD-01");
        minhang = f.store(byd, "SH-MH-01");
        hangzhou = f.store(f.brand("GEELY", "吉利"), "ZJ-HZ-01");
        integrator = f.actor("integrator", group(Role.INTEGRATOR));
    }

    @Test
    void aKeyAuthenticatesAsASystemActorScopedToItsStoresWithItsPermissions() {
        CreatedApiKey created = f.apiKeys.create(integrator, "OEM.BYD", Set.of(pudong.id(), minhang.id()),
                Set.of(CorePermissions.INTEGRATION_VIEW));

        assertThat(created.secret()).startsWith("fck_").hasSize(47);
        assertThat(created.toString()).doesNotContain(created.secret());
        ApiKey key = created.key();
        assertThat(key.owner()).isEqualTo("oem.byd");
        assertThat(key.prefix()).isEqualTo(created.secret().substring(0, 8));
        assertThat(key.createdBy()).isEqualTo("integrator");
        String stored = f.jpa.read(f.system, em -> em.find(ApiKeyEntity.class, key.id()).getKeyHash());
        assertThat(stored).hasSize(64).doesNotContain(created.secret().substring(4));

        Actor actor = f.auth.authenticateApiKey(created.secret()).orElseThrow();
        assertThat(actor.isSystem()).isTrue();
        assertThat(actor.displayName()).isEqualTo("oem.byd");
        assertThat(actor.scope()).isEqualTo(Scope.stores(Set.of(pudong.id(), minhang.id())));
        assertThat(actor.permissions()).containsExactly(CorePermissions.INTEGRATION_VIEW);
        assertThat(actor.has(CorePermissions.ORG_EDIT)).isFalse();
        assertThat(actor.homeStoreId()).isNull();
        assertThat(f.org.stores(actor)).extracting(Store::code).containsExactly("SH-MH-01", "SH-PD-01");

        assertThat(f.auth.authenticateApiKey(created.secret() + "x")).isEmpty();
        assertThat(f.auth.authenticateApiKey("fck_nope")).isEmpty();
        assertThat(f.auth.authenticateApiKey(null)).isEmpty();
    }

    @Test
    void aSingleStoreKeyHasThatStoreAsHome() {
        CreatedApiKey created = f.apiKeys.create(integrator, "oem.geely", Set.of(hangzhou.id()),
                Set.of(CorePermissions.INTEGRATION_MANAGE));
        assertThat(f.auth.authenticateApiKey(created.secret()).orElseThrow().homeStoreId()).isEqualTo(hangzhou.id());
    }

    @Test
    void aRevokedKeyNoLongerAuthenticatesButIsStillListed() {
        CreatedApiKey created = f.apiKeys.create(integrator, "oem.byd", Set.of(pudong.id()),
                Set.of(CorePermissions.INTEGRATION_VIEW));
        CreatedApiKey other = f.apiKeys.create(integrator, "oem.geely", Set.of(hangzhou.id()),
                Set.of(CorePermissions.INTEGRATION_VIEW));

        f.apiKeys.revoke(integrator, created.key().id());

        assertThat(f.auth.authenticateApiKey(created.secret())).isEmpty();
        assertThat(f.auth.authenticateApiKey(other.secret())).isPresent();
        assertThat(f.apiKeys.list(integrator)).extracting(ApiKey::owner, ApiKey::enabled)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("oem.byd", false),
                        org.assertj.core.groups.Tuple.tuple("oem.geely", true));
        assertThatThrownBy(() -> f.apiKeys.revoke(integrator, 999_999)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void nobodyHandsOutMoreThanTheyHoldOrOutsideTheirStores() {
        assertThatThrownBy(() -> f.apiKeys.create(integrator, "oem.byd", Set.of(pudong.id()),
                Set.of(CorePermissions.ORG_EDIT))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("core.apikey.permission.notHeld"));
        assertThatThrownBy(() -> f.apiKeys.create(integrator, "oem.byd", Set.of(pudong.id()), Set.of("*")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.apiKeys.create(integrator, "OEM BYD!", Set.of(), Set.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).hasSize(2));

        f.users.setRolePermissions(f.system, Role.STORE_MANAGER,
                Set.of(CorePermissions.APIKEY_MANAGE, CorePermissions.INTEGRATION_VIEW));
        Actor manager = f.actor("manager", storeRole(Role.STORE_MANAGER, pudong));
        assertThatThrownBy(() -> f.apiKeys.create(manager, "oem.byd", Set.of(minhang.id()),
                Set.of(CorePermissions.INTEGRATION_VIEW))).isInstanceOf(NotPermittedException.class);
        CreatedApiKey mixed = f.apiKeys.create(integrator, "oem.byd", Set.of(pudong.id(), minhang.id()),
                Set.of(CorePermissions.INTEGRATION_VIEW));
        assertThat(f.apiKeys.list(manager)).hasSize(1);
        assertThatThrownBy(() -> f.apiKeys.revoke(manager, mixed.key().id())).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void managingKeysNeedsThePermission() {
        Actor consultant = f.actor("sales", storeRole(Role.SALES_CONSULTANT, pudong));
        assertThatThrownBy(() -> f.apiKeys.list(consultant)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> f.apiKeys.create(consultant, "oem.byd", Set.of(pudong.id()), Set.of()))
                .isInstanceOf(NotPermittedException.class);
    }
}
