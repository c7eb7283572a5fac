package org.forecourt.forms.impl.internal;

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

/**
 * The organisation the tests run in: brand 1 (stores A = 1 and B = 2) and brand 2 (store C = 3), actors holding the
 * module's default permissions for their roles.
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

    static final Actor GROUP_ADMIN = actor(30, "groupAdmin", Scope.all(), null, Role.GROUP_ADMIN);
    static final Actor BRAND_ADMIN_1 = actor(21, "brandAdmin1", Scope.stores(Set.of(STORE_A, STORE_B)), null,
            Role.BRAND_ADMIN);
    static final Actor BRAND_ADMIN_2 = actor(22, "brandAdmin2", Scope.store(STORE_C), null, Role.BRAND_ADMIN);
    static final Actor MANAGER_A = actor(23, "managerA", Scope.store(STORE_A), STORE_A, Role.STORE_MANAGER);
    static final Actor CONSULTANT_A = actor(11, "consultantA", Scope.store(STORE_A), STORE_A, Role.SALES_CONSULTANT);
    static final Actor CONSULTANT_A2 = actor(15, "consultantA2", Scope.store(STORE_A), STORE_A,
            Role.SALES_CONSULTANT);
    static final Actor CONSULTANT_B = actor(12, "consultantB", Scope.store(STORE_B), STORE_B, Role.SALES_CONSULTANT);
    static final Actor CONSULTANT_C = actor(13, "consultantC", Scope.store(STORE_C), STORE_C, Role.SALES_CONSULTANT);

    private TestData() {
    }

    /** An actor with the permissions the module grants its roles by default. */
    static Actor actor(long id, String name, Scope scope, Long home, Role... roles) {
        Set<Role> roleSet = EnumSet.of(roles[0], roles);
        Set<String> permissions = new HashSet<>();
        for (Permission p : FormsPermissionList.PERMISSIONS) {
            if (p.defaultRoles().stream().anyMatch(roleSet::contains)) {
                permissions.add(p.name());
            }
        }
        return new Actor(id, name, name, Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai"), roleSet, permissions,
                scope, home);
    }

    /** The organisation service of the test organisation (what the forms module reads). */
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

    /** A delivery checklist: a locked safety section with two scored inspections, extras, a photo, a reference. */
    static final String CHECKLIST = """
            {"key": "delivery-check", "title": {"zh-CN": "交车检查", "en": "Delivery check"}, "kind": "checklist",
             "purposes": ["sales.delivery.checklist"], "allowStoreAdditions": true,
             "scoring": {"pass": "allOk('safety') && percent >= 50"},
             "items": [
              {"key": "safety", "type": "section", "label": {"zh-CN": "安全", "en": "Safety"}, "locked": true,
               "items": [
                {"key": "brakes", "type": "inspection", "label": {"zh-CN": "制动", "en": "Brakes"}, "weight": 10,
                 "tags": ["safety"], "critical": true, "required": true, "noteRequired": true},
                {"key": "tyres", "type": "inspection", "label": {"zh-CN": "轮胎", "en": "Tyres"}, "weight": 10,
                 "tags": ["safety"]}]},
              {"key": "extras", "type": "section", "label": {"zh-CN": "附加", "en": "Extras"},
               "items": [
                {"key": "accessories", "type": "multi-choice", "label": {"zh-CN": "精品", "en": "Accessories"},
                 "options": [{"value": "mats", "label": {"zh-CN": "脚垫", "en": "Mats"}},
                             {"value": "film", "label": {"zh-CN": "贴膜", "en": "Film"}},
                             {"value": "dashcam", "label": {"zh-CN": "行车记录仪", "en": "Dashcam"}}]},
                {"key": "fuel", "type": "choice", "label": {"zh-CN": "油量", "en": "Fuel"},
                 "options": [{"value": "full", "label": {"zh-CN": "满", "en": "Full"}},
                             {"value": "half", "label": {"zh-CN": "半", "en": "Half"}}]},
                {"key": "mileage", "type": "number", "label": {"zh-CN": "里程", "en": "Mileage"}, "min": 0},
                {"key": "photos", "type": "photo", "label": {"zh-CN": "照片", "en": "Photos"}, "maxPhotos": 3},
                {"key": "remarks", "type": "text", "label": {"zh-CN": "备注", "en": "Remarks"}}]},
              {"key": "buyer", "type": "reference", "ref": "customer", "label": {"zh-CN": "客户", "en": "Customer"}}
             ]}
            """;

    static final String PURPOSE = "sales.delivery.checklist";
}
