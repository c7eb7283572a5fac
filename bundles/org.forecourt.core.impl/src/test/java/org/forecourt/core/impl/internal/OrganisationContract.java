package org.forecourt.core.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.forecourt.core.impl.internal.Fixture.group;
import static org.forecourt.core.impl.internal.Fixture.storeRole;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.ConflictException;
import org.forecourt.core.api.FieldError;
import org.forecourt.core.api.NotPermittedException;
import org.forecourt.core.api.Role;
import org.forecourt.core.api.ValidationException;
import org.forecourt.core.api.org.Brand;
import org.forecourt.core.api.org.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Brands and stores: scoped reading, editing by the group admin. */
public abstract class OrganisationContract extends DatabaseTest {

    Actor admin;

    @BeforeEach
    void admin() {
        admin = f.actor("admin", group(Role.GROUP_ADMIN));
    }

    @Test
    void theGroupAdminEditsBrandsAndStores() {
        Brand byd = f.org.saveBrand(admin, new Brand(0, " byd ", "比亚迪", true, 0));
        assertThat(byd.code()).isEqualTo("BYD");
        Store store = f.org.saveStore(admin, new Store(0, byd.id(), "sh-pd-01", "浦东店", "上海", "", true, 0));
        assertThat(store.code()).isEqualTo("SH-PD-01");
        assertThat(store.zoneId()).isEqualTo("Asia/Shanghai");

        Store renamed = f.org.saveStore(admin, new Store(store.id(), byd.id(), "SH-PD-01", "比亚迪浦东店", "上海",
                "Asia/Shanghai", false, store.version()));
        assertThat(renamed.active()).isFalse();
        assertThat(f.org.store(admin, store.id())).contains(renamed);
        assertThatThrownBy(() -> f.org.saveStore(admin, store)).isInstanceOf(ConflictException.class);
        Brand renamedBrand = f.org.saveBrand(admin, new Brand(byd.id(), "BYD", "BYD 比亚迪", true, byd.version()));
        assertThat(f.org.brands(admin)).containsExactly(renamedBrand);
        assertThat(f.org.groupName()).isEqualTo("测试汽车集团");
    }

    @Test
    void invalidAndDuplicateCodesAreRefused() {
        Brand byd = f.brand("BYD", "比亚迪");
        f.store(byd, "SH-PD-01");
        assertThatThrownBy(() -> f.org.saveBrand(admin, new Brand(0, "BYD", "again", true, 0)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("code", "core.brand.code.taken", "BYD")));
        assertThatThrownBy(() -> f.org.saveStore(admin, new Store(0, byd.id(), "SH PD", "", null, "Mars/Base", true, 0)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey)
                        .containsExactlyInAnyOrder("core.store.code.invalid", "core.field.required",
                                "core.store.zone.invalid"));
        assertThatThrownBy(() -> f.org.saveStore(admin, new Store(0, 4242, "SH-PD-01", "x", null, null, true, 0)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey)
                        .containsExactlyInAnyOrder("core.store.brand.unknown", "core.store.code.taken"));
    }

    @Test
    void aStoreManagerSeesTheirStoreAndItsBrandAndEditsNothing() {
        Brand byd = f.brand("BYD", "比亚迪");
        f.brand("GEELY", "吉利");
        Store pudong = f.store(byd, "SH-PD-01");
        Store minhang = f.store(byd, "SH-MH-01");
        Actor manager = f.actor("manager", storeRole(Role.STORE_MANAGER, pudong));

        assertThat(f.org.stores(manager)).containsExactly(pudong);
        assertThat(f.org.brands(manager)).containsExactly(byd);
        assertThat(f.org.store(manager, minhang.id())).isEmpty();
        assertThat(f.org.store(manager, pudong.id())).contains(pudong);
        assertThatThrownBy(() -> f.org.saveStore(manager, pudong)).isInstanceOfSatisfying(
                NotPermittedException.class, e -> assertThat(e.messageKey()).isEqualTo("error.permission.missing"));
        assertThatThrownBy(() -> f.org.saveBrand(manager, byd)).isInstanceOf(NotPermittedException.class);
    }
}
