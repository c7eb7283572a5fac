package org.forecourt.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.NotFoundException;
import org.forecourt.core.api.Role;
import org.forecourt.core.api.Scope;
import org.forecourt.core.api.org.Brand;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.core.api.org.Store;
import org.forecourt.masterdata.api.customer.Customer;
import org.forecourt.masterdata.api.customer.CustomerDraft;
import org.forecourt.masterdata.api.customer.CustomerQuery;
import org.forecourt.masterdata.api.customer.CustomerService;

/**
 * The distribution on PostgreSQL, switched by the one data-source configuration file an operator edits: migrations
 * run there, the platform is healthy, store scoping holds, and a module installs. Runs when FORECOURT_TEST_PG_URL is
 * set (./forecourt test starts a throwaway PostgreSQL when it is installed).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PostgresIT {

    @Inject
    private BundleContext context;

    @Inject
    private FeaturesService features;

    @Configuration
    public Option[] config() {
        String url = System.getenv("FORECOURT_TEST_PG_URL");
        return url == null ? ForecourtExam.options() : ForecourtExam.options(ForecourtExam.postgres(url).toArray(new Option[0]));
    }

    @Before
    public void onlyWithPostgres() {
        assumeTrue("FORECOURT_TEST_PG_URL is not set: PostgreSQL run skipped", System.getenv("FORECOURT_TEST_PG_URL") != null);
    }

    @Test
    public void thePlatformRunsOnPostgresWithScopingIntact() throws Exception {
        ForecourtExam.await("a healthy platform on PostgreSQL", Duration.ofMinutes(2), () -> {
            String body = ForecourtExam.get("/api/health").body();
            return body.contains("\"postgresql\"") && body.contains("\"status\" : \"UP\"");
        });
        Actor system = Actor.system("itest");
        OrganisationService org = Services.await(context, OrganisationService.class);
        CustomerService customers = Services.await(context, CustomerService.class);
        String suffix = Long.toString(System.nanoTime() % 100000);
        Brand brand = org.saveBrand(system, new Brand(0, "PG" + suffix, "PG brand " + suffix, true, 0));
        Store a = org.saveStore(system, new Store(0, brand.id(), "PGA" + suffix, "Store A", "上海", "Asia/Shanghai", true, 0));
        Store b = org.saveStore(system, new Store(0, brand.id(), "PGB" + suffix, "Store B", "上海", "Asia/Shanghai", true, 0));
        Customer inB = customers.create(system, CustomerDraft.person("王小明", "139" + String.format("%08d", System.nanoTime() % 100_000_000))
                .withStoreId(b.id()));

        Actor consultantA = new Actor(9999, "pg.sales", "PG sales", Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai"),
                Set.of(Role.SALES_CONSULTANT), Set.of("masterdata.customer.view"), Scope.store(a.id()), a.id());
        assertThrows(NotFoundException.class, () -> customers.get(consultantA, inB.id()));
        assertEquals(0, customers.count(consultantA, CustomerQuery.text("王小明")));
        assertEquals(inB.id(), customers.get(system, inB.id()).id());

        features.installFeature("forecourt-masterdata", EnumSet.noneOf(FeaturesService.Option.class));
        ForecourtExam.await("healthy with a module", Duration.ofMinutes(1),
                () -> ForecourtExam.get("/api/health").body().contains("org.forecourt.masterdata.ui"));
        assertTrue(ForecourtExam.get("/api/health").statusCode() == 200);
    }
}
