package org.forecourt.demo.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.Role;
import org.forecourt.core.api.org.Brand;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.core.api.org.Store;
import org.forecourt.core.api.user.Level;
import org.forecourt.core.api.user.Membership;
import org.forecourt.core.api.user.UserAccount;
import org.forecourt.core.api.user.UserService;
import org.forecourt.masterdata.api.catalog.BodyType;
import org.forecourt.masterdata.api.catalog.CatalogModel;
import org.forecourt.masterdata.api.catalog.CatalogService;
import org.forecourt.masterdata.api.catalog.EnergyType;
import org.forecourt.masterdata.api.catalog.Trim;
import org.forecourt.masterdata.api.customer.Address;
import org.forecourt.masterdata.api.customer.Consent;
import org.forecourt.masterdata.api.customer.ConsentChannel;
import org.forecourt.masterdata.api.customer.Customer;
import org.forecourt.masterdata.api.customer.CustomerDraft;
import org.forecourt.masterdata.api.customer.CustomerService;
import org.forecourt.masterdata.api.customer.CustomerSource;
import org.forecourt.masterdata.api.vehicle.OdometerDraft;
import org.forecourt.masterdata.api.vehicle.OdometerSource;
import org.forecourt.masterdata.api.vehicle.Vehicle;
import org.forecourt.masterdata.api.vehicle.VehicleDraft;
import org.forecourt.masterdata.api.vehicle.VehicleService;

/**
 * Loads the demo dealer group through the platform's own services (so every rule, validator and audit entry
 * applies): two brands, three stores, one user per role, a model catalogue, and a few hundred customers with
 * their vehicles. Loading twice does nothing the second time.
 */
final class DemoLoader {

    static final String PASSWORD = "Forecourt-2026";
    static final int CUSTOMERS_PER_STORE = 100;

    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);

    private final OrganisationService organisation;
    private final UserService users;
    private final CatalogService catalog;
    private final CustomerService customers;
    private final VehicleService vehicles;
    private final Actor system = Actor.system("demo data");

    DemoLoader(OrganisationService organisation, UserService users, CatalogService catalog,
               CustomerService customers, VehicleService vehicles) {
        this.organisation = organisation;
        this.users = users;
        this.catalog = catalog;
        this.customers = customers;
        this.vehicles = vehicles;
    }

    /** @return true when it loaded, false when the demo group was already there */
    boolean load() {
        if (organisation.brands(system).stream().anyMatch(b -> b.code().equals("AUR"))) {
            LOG.info("Demo data already present");
            return false;
        }
        long started = System.nanoTime();
        Brand aurora = organisation.saveBrand(system, new Brand(0, "AUR", "极光汽车 Aurora", true, 0));
        Brand zephyr = organisation.saveBrand(system, new Brand(0, "ZEP", "和风汽车 Zephyr", true, 0));
        Store pudong = organisation.saveStore(system, new Store(0, aurora.id(), "AUR-SH-PD", "极光上海浦东店",
                "上海", "Asia/Shanghai", true, 0));
        Store xihu = organisation.saveStore(system, new Store(0, aurora.id(), "AUR-HZ-XH", "极光杭州西湖店",
                "杭州", "Asia/Shanghai", true, 0));
        Store minhang = organisation.saveStore(system, new Store(0, zephyr.id(), "ZEP-SH-MH", "和风上海闵行店",
                "上海", "Asia/Shanghai", true, 0));

        loadUsers(aurora, pudong, xihu, minhang);
        Map<Long, List<long[]>> models = new LinkedHashMap<>();
        models.put(aurora.id(), loadCatalog(aurora.id(), new String[][] {
            {"A3", "极光 A3", "Aurora A3", "SEDAN", "PETROL", "129800", "149800"},
            {"AX5", "极光 AX5", "Aurora AX5", "SUV", "PHEV", "179800", "209800"},
            {"AE7", "极光 AE7", "Aurora AE7", "SEDAN", "BEV", "219800", "259800"}}));
        models.put(zephyr.id(), loadCatalog(zephyr.id(), new String[][] {
            {"Z1", "和风 Z1", "Zephyr Z1", "HATCHBACK", "PETROL", "79800", "92800"},
            {"ZS", "和风 ZS", "Zephyr ZS", "SUV", "HYBRID", "139800", "162800"}}));

        DemoIdentities ids = new DemoIdentities(20261122L);
        int count = loadCustomers(ids, pudong, "310115", "沪A", "LAU", models.get(aurora.id()), aurora.id())
                + loadCustomers(ids, xihu, "330106", "浙A", "LAU", models.get(aurora.id()), aurora.id())
                + loadCustomers(ids, minhang, "310112", "沪B", "LZP", models.get(zephyr.id()), zephyr.id());
        LOG.info("Demo data loaded: 2 brands, 3 stores, {} customers with vehicles, in {} ms", count,
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    private void loadUsers(Brand aurora, Store pudong, Store xihu, Store minhang) {
        // the first-start admin gets the demo password
        users.find(system, "admin", 0, 5).stream().filter(u -> u.username().equals("admin")).findFirst()
             .ifPresent(u -> users.resetPassword(system, u.id(), PASSWORD.toCharArray()));
        user("brand.aurora", "赵敏 (品牌)", new Membership(Role.BRAND_ADMIN, Level.BRAND, aurora.id()));
        user("manager.sh", "王建国", store(Role.STORE_MANAGER, pudong));
        user("salesmgr.sh", "李强", store(Role.SALES_MANAGER, pudong));
        user("sales.sh", "张伟", store(Role.SALES_CONSULTANT, pudong));
        user("sales.hz", "陈静", store(Role.SALES_CONSULTANT, xihu));
        user("kam.sh", "刘洋", store(Role.KEY_ACCOUNT_MANAGER, pudong));
        user("sa.sh", "杨磊", store(Role.SERVICE_ADVISOR, pudong));
        user("workshop.sh", "黄勇", store(Role.WORKSHOP_SUPERVISOR, pudong));
        user("tech.sh", "周杰", store(Role.TECHNICIAN, pudong));
        user("qc.sh", "吴涛", store(Role.QC_INSPECTOR, pudong));
        user("parts.sh", "徐明", store(Role.PARTS_MANAGER, pudong));
        user("crm.sh", "孙丽", store(Role.CRM_AGENT, pudong));
        user("manager.mh", "马超", store(Role.STORE_MANAGER, minhang));
        user("integrator", "系统集成 Integrator", new Membership(Role.INTEGRATOR, Level.GROUP, null));
    }

    private static Membership store(Role role, Store store) {
        return new Membership(role, Level.STORE, store.id());
    }

    private void user(String username, String displayName, Membership membership) {
        users.create(system, new UserAccount(0, username, displayName, null, Locale.SIMPLIFIED_CHINESE, true,
                List.of(membership), null, 0), PASSWORD.toCharArray());
    }

    /** @return per model: {modelId, trimId standard, trimId premium} */
    private List<long[]> loadCatalog(long brandId, String[][] rows) {
        List<long[]> result = new ArrayList<>();
        LocalDate from = LocalDate.of(2025, 1, 1);
        for (String[] r : rows) {
            CatalogModel model = catalog.saveModel(system, CatalogModel.create(brandId, r[0], r[1], r[2],
                    BodyType.valueOf(r[3]), EnergyType.valueOf(r[4])));
            Trim standard = catalog.saveTrim(system, Trim.create(model.id(), r[0] + "-STD", "标准版 Standard",
                    new BigDecimal(r[5]).setScale(2), from, null));
            Trim premium = catalog.saveTrim(system, Trim.create(model.id(), r[0] + "-PRM", "豪华版 Premium",
                    new BigDecimal(r[6]).setScale(2), from, null));
            result.add(new long[] {model.id(), standard.id(), premium.id(), r[4].equals("BEV") ? 1 : 0});
        }
        return result;
    }

    private int loadCustomers(DemoIdentities ids, Store store, String region, String platePrefix, String wmi,
                              List<long[]> models, long brandId) {
        String[] colours = {"珍珠白", "星空灰", "曜石黑", "极光蓝", "熔岩红"};
        String city = store.city();
        int loaded = 0;
        for (int i = 0; i < CUSTOMERS_PER_STORE; i++) {
            String mobile = ids.mobile();
            boolean company = i % 20 == 19;
            CustomerDraft draft = company
                    ? CustomerDraft.company(city + ids.personName().substring(0, 1) + "氏贸易有限公司", ids.personName(), mobile)
                    : CustomerDraft.person(ids.personName(), mobile).withIdNumber(ids.chance(70) ? ids.idCard(region) : null);
            draft = draft.withStoreId(store.id())
                    .withAddress(new Address(city.equals("杭州") ? "浙江省" : "上海市", city, null, null))
                    .withConsent(ids.chance(80) ? Consent.given(ConsentChannel.PHONE, Instant.parse("2026-01-15T02:00:00Z")) : Consent.NONE)
                    .withSource(CustomerSource.values()[ids.nextInt(6)])
                    .withTags(ids.chance(30) ? Set.of("老客户") : ids.chance(20) ? Set.of("VIP") : Set.of());
            Customer customer;
            try {
                customer = customers.create(system, draft, true);
            } catch (RuntimeException e) {
                LOG.debug("Demo customer skipped: {}", e.getMessage());
                continue;
            }
            long[] model = models.get(ids.nextInt(models.size()));
            char year = "NPRS".charAt(ids.nextInt(4));
            int modelYear = 2022 + "NPRS".indexOf(year);
            VehicleDraft vehicle = VehicleDraft.of(ids.vin(wmi, year))
                    .withStoreId(store.id())
                    .withPlate(ids.plate(platePrefix, model[3] == 1))
                    .withCatalog(brandId, model[0], ids.chance(50) ? model[1] : model[2])
                    .withColour(colours[ids.nextInt(colours.length)])
                    .withModelYear(modelYear)
                    .withFirstRegistration(LocalDate.of(modelYear, 1 + ids.nextInt(12), 1 + ids.nextInt(28)))
                    .withOwnerId(customer.id());
            try {
                Vehicle v = vehicles.create(system, vehicle);
                LocalDate registered = v.firstRegistration();
                vehicles.recordOdometer(system, v.id(), OdometerDraft.of(registered, 12 + ids.nextInt(30), OdometerSource.DELIVERY));
                LocalDate lastVisit = registered.plusMonths(6 + ids.nextInt(12));
                if (lastVisit.isBefore(LocalDate.of(2026, 11, 1))) {
                    vehicles.recordOdometer(system, v.id(), OdometerDraft.of(lastVisit,
                            5_000 + ids.nextInt(20_000), OdometerSource.SERVICE_VISIT));
                }
            } catch (RuntimeException e) {
                LOG.debug("Demo vehicle skipped: {}", e.getMessage());
            }
            loaded++;
        }
        return loaded;
    }
}
