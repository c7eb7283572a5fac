package org.forecourt.itests;

import static org.junit.Assert.assertEquals;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.KarafDistributionOption;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import org.forecourt.core.api.Actor;
import org.forecourt.integration.api.ConnectorRoutes;
import org.forecourt.integration.api.DeadLetterQuery;
import org.forecourt.integration.api.DeadLetterStatus;
import org.forecourt.integration.api.DeadLetterSummary;
import org.forecourt.integration.api.IntegrationService;

/**
 * The dead-letter path in the real distribution, and data surviving a module's removal: a malformed message lands in
 * the dead-letter store with its reason while the route keeps working, and can be discarded with a note.
 * (Reinstalling the module is {@link ModuleReinstallIT}: this probe is wired to the module's API.)
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ModuleDataIT {

    private static final Actor SYSTEM = Actor.system("itest");

    @Inject
    private BundleContext context;

    @Inject
    private FeaturesService features;

    @Configuration
    public Option[] config() {
        // installed before the test probe, so the probe can see the module's API; the test then removes and reinstalls it
        return ForecourtExam.options(KarafDistributionOption.features(
                maven("org.forecourt", "forecourt-features").type("xml").classifier("features")
                        .version(System.getProperty("forecourt.version")), "forecourt-integration"));
    }

    @Test
    public void aMalformedMessageIsDeadLetteredAndCanBeDiscarded() throws Exception {
        IntegrationService integration = Services.await(context, IntegrationService.class);
        ServiceRegistration<ConnectorRoutes> connector =
                context.registerService(ConnectorRoutes.class, new DeadLetterTestConnector(), null);
        ForecourtExam.await("the test route", Duration.ofMinutes(1),
                () -> integration.routes(SYSTEM).stream().anyMatch(r -> r.routeId().equals("itest.feed.in")));

        CamelContext camel = Services.await(context, CamelContext.class);
        try (ProducerTemplate producer = camel.createProducerTemplate()) {
            producer.sendBody("direct:itest.feed.in", "good lead 1");
            producer.sendBody("direct:itest.feed.in", "bad lead 2");
            producer.sendBody("direct:itest.feed.in", "good lead 3");
        }
        DeadLetterQuery ours = DeadLetterQuery.all().withConnector("itest");
        ForecourtExam.await("a dead letter", Duration.ofSeconds(30), () -> integration.count(SYSTEM, ours) == 1);
        DeadLetterSummary letter = integration.find(SYSTEM, ours).get(0);
        assertEquals(DeadLetterStatus.NEW, letter.status());
        assertTrue(letter.errorMessage(), letter.errorMessage().contains("malformed lead: bad lead 2"));
        connector.unregister();

        // an integrator discards it with a note; it stays on record
        integration.discard(SYSTEM, letter.id(), "test feed, not a real lead");
        assertEquals(DeadLetterStatus.DISCARDED, integration.get(SYSTEM, letter.id()).status());
    }
}
