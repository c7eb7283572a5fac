package org.forecourt.imports.internal.job;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.Scope;
import org.forecourt.core.api.i18n.MessageBundle;
import org.forecourt.core.api.org.Brand;
import org.forecourt.core.api.org.Store;
import org.forecourt.core.api.validation.ChineseMobile;
import org.forecourt.core.impl.internal.db.CoreUnit;
import org.forecourt.core.impl.internal.i18n.MessagesImpl;
import org.forecourt.core.impl.internal.org.OrganisationServiceImpl;
import org.forecourt.imports.api.ImportService;
import org.forecourt.masterdata.api.MasterdataPermissions;
import org.forecourt.masterdata.api.customer.CustomerQuery;
import org.forecourt.masterdata.api.vehicle.VehicleQuery;
import org.forecourt.masterdata.impl.internal.CustomerServiceImpl;
import org.forecourt.masterdata.impl.internal.MasterdataUnit;
import org.forecourt.masterdata.impl.internal.VehicleServiceImpl;
import org.forecourt.persistence.ClasspathMigrations;
import org.forecourt.persistence.Jpa;
import org.forecourt.persistence.internal.PersistenceEngine;

/**
 * The real pieces an import runs with, wired as the OSGi components wire them, over one database schema: the
 * persistence engine (migrations, scoping, audit), the core's organisation service with a small dealer group, the
 * master data services, the platform's message resolver with every bundle's texts, and the import engine.
 * {@link #restart()} builds all of it anew over the same schema and import directory, as a new JVM would.
 */
public final class ImportWorld implements AutoCloseable {

    public static final String CODE_A = "AUR-SH-PD";
    public static final String CODE_B = "AUR-SH-MH";
    public static final String CODE_C = "BYD-SZ-NS";
    public static final Actor SYSTEM = Actor.system("test");

    public final DataSource dataSource;
    public final Path importDirectory;
    public final int batchSize;
    public final Clock clock = Clock.systemUTC();
    public final PersistenceEngine persistence;
    private final Jpa coreJpa;
    private final Jpa masterdataJpa;
    private final Jpa importsJpa;
    public final OrganisationServiceImpl organisation;
    public final CustomerServiceImpl customers;
    public final VehicleServiceImpl vehicles;
    public final MessagesImpl messages = new MessagesImpl();
    public final ImportEngine engine;
    public final long storeA;
    public final long storeB;
    public final long storeC;

    public ImportWorld(DataSource dataSource, Path importDirectory, int batchSize) {
        this.dataSource = dataSource;
        this.importDirectory = importDirectory;
        this.batchSize = batchSize;
        this.persistence = new PersistenceEngine(dataSource);
        this.coreJpa = persistence.open(CoreUnit.definition(ClasspathMigrations.of(CoreUnit.class.getClassLoader(),
                CoreUnit.MIGRATIONS, "V1__organisation_users_permissions.sql")));
        this.masterdataJpa = persistence.open(MasterdataUnit.definition(MasterdataUnit.class.getClassLoader(),
                persistence.databaseKind()));
        this.importsJpa = persistence.open(ImportsUnit.definition(ImportEngine.class.getClassLoader()));
        this.organisation = new OrganisationServiceImpl(coreJpa, "测试集团", ZoneId.of("Asia/Shanghai"));
        this.customers = new CustomerServiceImpl(masterdataJpa, clock, (topic, props) -> { });
        this.vehicles = new VehicleServiceImpl(masterdataJpa, clock, (topic, props) -> { });
        messages.add(MessageBundle.of("i18n.core", CoreUnit.class));
        messages.add(MessageBundle.of("i18n.validation", ChineseMobile.class));
        messages.add(MessageBundle.of("i18n.masterdata", MasterdataUnit.class));
        messages.add(MessageBundle.of("i18n.imports", ImportEngine.class));
        messages.add(MessageBundle.of("i18n.importjobs", ImportEngine.class));
        if (organisation.stores(SYSTEM).isEmpty()) {
            Brand aurora = organisation.saveBrand(SYSTEM, new Brand(0, "AUR", "极光汽车", true, 0));
            Brand byd = organisation.saveBrand(SYSTEM, new Brand(0, "BYD", "比亚迪", true, 0));
            organisation.saveStore(SYSTEM, new Store(0, aurora.id(), CODE_A, "极光浦东店", "上海", "Asia/Shanghai", true, 0));
            organisation.saveStore(SYSTEM, new Store(0, aurora.id(), CODE_B, "极光闵行店", "上海", "Asia/Shanghai", true, 0));
            organisation.saveStore(SYSTEM, new Store(0, byd.id(), CODE_C, "比亚迪南山店", "深圳", "Asia/Shanghai", true, 0));
        }
        this.storeA = storeId(CODE_A);
        this.storeB = storeId(CODE_B);
        this.storeC = storeId(CODE_C);
        this.engine = new ImportEngine(importsJpa, customers, vehicles, organisation, messages::get,
                new ImportSettings(importDirectory, batchSize, 1, 50 * ImportSettings.MIB), clock);
    }

    private long storeId(String code) {
        return organisation.stores(SYSTEM).stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow().id();
    }

    /** A store manager of {@code storeId}: imports, master data, nothing else; scope that store. */
    public static Actor manager(long userId, long storeId, Locale locale) {
        return user(userId, Scope.store(storeId), storeId, locale, ImportService.PERMISSION,
                MasterdataPermissions.CUSTOMER_VIEW, MasterdataPermissions.CUSTOMER_EDIT,
                MasterdataPermissions.VEHICLE_VIEW, MasterdataPermissions.VEHICLE_EDIT);
    }

    public static Actor user(long userId, Scope scope, Long home, Locale locale, String... permissions) {
        return new Actor(userId, "user" + userId, "用户" + userId, locale, ZoneId.of("Asia/Shanghai"), Set.of(),
                new HashSet<>(List.of(permissions)), scope, home);
    }

    public long customerCount(long storeId) {
        return customers.count(SYSTEM, CustomerQuery.all().withStoreId(storeId));
    }

    public long vehicleCount(long storeId) {
        return vehicles.count(SYSTEM, VehicleQuery.all().withStoreId(storeId));
    }

    /** The same schema and import directory, everything else new: what a restarted JVM builds. */
    public ImportWorld restart(DataSource sameSchema) {
        return new ImportWorld(sameSchema, importDirectory, batchSize);
    }

    /** Releases the database without letting the engine finish anything (after a simulated crash). */
    public void abandon() {
        importsJpa.close();
        masterdataJpa.close();
        coreJpa.close();
        persistence.close();
        if (dataSource instanceof AutoCloseable pool) {
            try {
                pool.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() {
        engine.close();
        abandon();
    }
}
