package org.forecourt.masterdata.impl.internal;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.Permission;
import org.forecourt.core.api.Role;
import org.forecourt.core.api.Scope;
import org.forecourt.core.api.org.Brand;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.core.api.org.Store;
import org.forecourt.core.api.validation.ChineseIdCard;
import org.forecourt.core.api.validation.SocialCreditCode;
import org.forecourt.core.api.validation.Vin;

/**
 * The organisation the tests run in: brand 1 (stores A = 1 and B = 2) and brand 2 (store C = 3), actors holding the
 * module's default permissions for their roles, and valid identifiers with real check digits.
 */
final class TestData {

    static final long BRAND_1 = 1;
    static final long BRAND_2 = 2;
    static final long STORE_A = 1;
    static final long STORE_B = 2;
    static final long STORE_C = 3;

    static final List<Store> STORES = List.of(
            new Store(STORE_A, BRAND_1, "SH-PD-01", "浦东店", "上海", "Asia/Shanghai", true, 1),
            new Store(STORE_B, BRAND_1, "SH-MH-02", "闵行店", "上海", "Asia/Shanghai", true, 1),
            new Store(STORE_C, BRAND_2, "SZ-NS-01", "南山店", "深圳", "Asia/Shanghai", true, 1));

    static final Actor SYSTEM = Actor.system("test");
    static final Actor CONSULTANT_A = actor(11, "consultantA", Scope.store(STORE_A), STORE_A, Role.SALES_CONSULTANT);
    static final Actor CONSULTANT_B = actor(12, "consultantB", Scope.store(STORE_B), STORE_B, Role.SALES_CONSULTANT);
    static final Actor ADVISOR_A = actor(13, "advisorA", Scope.store(STORE_A), STORE_A, Role.SERVICE_ADVISOR);
    static final Actor PARTS_A = actor(14, "partsA", Scope.store(STORE_A), STORE_A, Role.PARTS_MANAGER);
    /** A brand-level manager of brand 1 who may also edit customers and vehicles (store manager at brand level). */
    static final Actor BRAND_MANAGER_1 = actor(20, "brandManager1", Scope.stores(Set.of(STORE_A, STORE_B)), null,
            Role.STORE_MANAGER);
    static final Actor BRAND_ADMIN_1 = actor(21, "brandAdmin1", Scope.stores(Set.of(STORE_A, STORE_B)), null,
            Role.BRAND_ADMIN);
    static final Actor GROUP_ADMIN = actor(30, "groupAdmin", Scope.all(), null, Role.GROUP_ADMIN);
    static final Actor NOBODY_A = new Actor(40, "nobody", "Nobody", Locale.SIMPLIFIED_CHINESE,
            ZoneId.of("Asia/Shanghai"), Set.of(), Set.of(), Scope.store(STORE_A), STORE_A);

    private TestData() {
    }

    /** An actor with the permissions the module grants its roles by default. */
    static Actor actor(long id, String name, Scope scope, Long home, Role... roles) {
        Set<Role> roleSet = EnumSet.of(roles[0], roles);
        Set<String> permissions = new HashSet<>();
        for (Permission p : MasterdataPermissionList.PERMISSIONS) {
            if (p.defaultRoles().stream().anyMatch(roleSet::contains)) {
                permissions.add(p.name());
            }
        }
        return new Actor(id, name, name, Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai"), roleSet, permissions,
                scope, home);
    }

    /** A valid resident identity card number: region, birth date, sequence (odd = male) and its check digit. */
    static String idCard(String region6, String birth8, String seq3) {
        String first17 = region6 + birth8 + seq3;
        return first17 + ChineseIdCard.checkDigit(first17);
    }

    /** A valid unified social credit code from 17 characters. */
    static String uscc(String first17) {
        return first17 + SocialCreditCode.checkDigit(first17);
    }

    /** A valid VIN: a fixed WMI/VDS with the serial at the end and the check digit in position 9. */
    static String vin(String serial6) {
        String raw = "LSVAU2180N2" + serial6;
        char check = Vin.checkDigit(raw);
        return raw.substring(0, 8) + check + raw.substring(9);
    }

    /** The organisation service of the test organisation (only what the catalogue needs). */
    static OrganisationService organisation() {
        return new OrganisationService() {
            @Override
            public String groupName() {
                return "测试集团";
            }

            @Override
            public List<Brand> brands(Actor actor) {
                return List.of(new Brand(BRAND_1, "B1", "品牌一", true, 1), new Brand(BRAND_2, "B2", "品牌二", true, 1));
            }

            @Override
            public List<Store> stores(Actor actor) {
                return STORES.stream().filter(s -> actor.scope().includes(s.id())).toList();
            }

            @Override
            public Optional<Store> store(Actor actor, long storeId) {
                return stores(actor).stream().filter(s -> s.id() == storeId).findFirst();
            }

            @Override
            public Brand saveBrand(Actor actor, Brand brand) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Store saveStore(Actor actor, Store store) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
