package org.forecourt.integration.internal.osgi;

import java.time.Clock;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.karaf.core.OsgiDefaultCamelContext;
import org.forecourt.core.api.Actor;
import org.forecourt.core.api.health.HealthCheck;
import org.forecourt.integration.api.ConnectorInfo;
import org.forecourt.integration.api.ConnectorRoutes;
import org.forecourt.integration.api.DeadLetter;
import org.forecourt.integration.api.DeadLetterQuery;
import org.forecourt.integration.api.DeadLetterSummary;
import org.forecourt.integration.api.IntegrationService;
import org.forecourt.integration.api.RouteInfo;
import org.forecourt.integration.internal.camel.CamelHost;
import org.forecourt.integration.internal.db.IntegrationUnit;
import org.forecourt.integration.internal.store.IntegrationStore;
import org.forecourt.persistence.BundleMigrations;
import org.forecourt.persistence.Jpa;
import org.forecourt.persistence.JpaUnits;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the integration Camel context: opens the {@code integration} unit, creates the context (OSGi-aware:
 * components, languages and type converters of the wrapped Camel bundles are found through camel-core-osgi), runs
 * every {@link ConnectorRoutes} service's routes while it is registered, publishes the context as a
 * {@link CamelContext} service ({@code camel.context.name=forecourt-integration}), the {@link IntegrationService}
 * and the {@code routes} {@link HealthCheck}. Counters are flushed and failed connectors retried on a timer.
 */
@Component(service = {IntegrationService.class, HealthCheck.class}, property = "name=routes", immediate = true,
        configurationPid = "org.forecourt.integration", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = HostConfig.class)
public class CamelHostComponent implements IntegrationService, HealthCheck {

    private static final Logger LOG = LoggerFactory.getLogger(CamelHostComponent.class);
    public static final String CONTEXT_NAME = "forecourt-integration";

    private final Jpa jpa;
    private final CamelHost host;
    private final BundleContext bundleContext;
    private final int flushSeconds;
    private ScheduledExecutorService timer;
    private ServiceRegistration<CamelContext> registration;

    @Activate
    public CamelHostComponent(@Reference JpaUnits units, BundleContext bundleContext, HostConfig config) {
        this.bundleContext = bundleContext;
        this.flushSeconds = Math.max(1, config.flushSeconds());
        this.jpa = units.open(IntegrationUnit.definition(
                BundleMigrations.of(bundleContext.getBundle(), IntegrationUnit.MIGRATIONS)));
        try {
            IntegrationStore store = new IntegrationStore(jpa, Clock.systemUTC());
            this.host = new CamelHost(createContext(bundleContext), store, Clock.systemUTC(),
                    new CamelHost.Settings(Math.max(1, config.stopTimeoutSeconds()),
                            Math.max(5, config.retrySeconds())));
        } catch (RuntimeException | LinkageError e) {
            jpa.close();
            throw e;
        }
    }

    /** The OSGi-aware context of camel-core-osgi; a plain one with this bundle's class loader if that fails. */
    static CamelContext createContext(BundleContext bundleContext) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(CamelHostComponent.class.getClassLoader());
        try {
            CamelContext context;
            try {
                context = new OsgiDefaultCamelContext(bundleContext);
                LOG.info("Integration host uses OsgiDefaultCamelContext");
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("OsgiDefaultCamelContext cannot be created ({}); using DefaultCamelContext", e.toString());
                DefaultCamelContext plain = new DefaultCamelContext(false);
                plain.setApplicationContextClassLoader(CamelHostComponent.class.getClassLoader());
                plain.build();
                context = plain;
            }
            context.getCamelContextExtension().setName(CONTEXT_NAME);
            bindCoreLanguages(context);
            return context;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * The languages every route uses, bound in the context's registry (which resolvers consult first). In OSGi they
     * are otherwise found through camel-core-osgi's extender, which may not have processed camel-core-languages yet
     * when the module is installed again at runtime ("No language could be found for: simple").
     */
    static void bindCoreLanguages(CamelContext context) {
        context.getRegistry().bind("simple", new org.apache.camel.language.simple.SimpleLanguage());
        context.getRegistry().bind("constant", new org.apache.camel.language.constant.ConstantLanguage());
        context.getRegistry().bind("header", new org.apache.camel.language.header.HeaderLanguage());
        context.getRegistry().bind("exchangeProperty", new org.apache.camel.language.property.ExchangePropertyLanguage());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addConnector(ConnectorRoutes connector) {
        host.addConnector(connector);
    }

    void removeConnector(ConnectorRoutes connector) {
        host.removeConnector(connector);
    }

    @Activate
    void activate() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(CamelHostComponent.class.getClassLoader());
        try {
            host.start();
        } finally {
            thread.setContextClassLoader(previous);
        }
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("camel.context.name", CONTEXT_NAME);
        registration = bundleContext.registerService(CamelContext.class, host.context(), props);
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "forecourt-integration-maintenance");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::maintain, flushSeconds, flushSeconds, TimeUnit.SECONDS);
    }

    private void maintain() {
        try {
            host.maintain();
        } catch (RuntimeException e) {
            LOG.warn("Integration maintenance failed", e);
        }
    }

    @Deactivate
    void deactivate() {
        if (timer != null) {
            timer.shutdownNow();
        }
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle is stopping
            }
        }
        try {
            host.close();
        } finally {
            jpa.close();
        }
    }

    // ------------------------------------------------------------------ HealthCheck

    @Override
    public String name() {
        return "routes";
    }

    @Override
    public Result check() {
        try {
            return host.health();
        } catch (RuntimeException e) {
            return Result.down(java.util.Map.of("error", String.valueOf(e.getMessage())));
        }
    }

    // ------------------------------------------------------------------ IntegrationService

    @Override
    public List<ConnectorInfo> connectors(Actor actor) {
        return host.connectors(actor);
    }

    @Override
    public List<RouteInfo> routes(Actor actor) {
        return host.routes(actor);
    }

    @Override
    public RouteInfo route(Actor actor, String routeId) {
        return host.route(actor, routeId);
    }

    @Override
    public RouteInfo pause(Actor actor, String routeId) {
        return host.pause(actor, routeId);
    }

    @Override
    public RouteInfo resume(Actor actor, String routeId) {
        return host.resume(actor, routeId);
    }

    @Override
    public List<DeadLetterSummary> find(Actor actor, DeadLetterQuery query) {
        return host.find(actor, query);
    }

    @Override
    public long count(Actor actor, DeadLetterQuery query) {
        return host.count(actor, query);
    }

    @Override
    public DeadLetter get(Actor actor, long id) {
        return host.get(actor, id);
    }

    @Override
    public DeadLetter replay(Actor actor, long id) {
        return host.replay(actor, id);
    }

    @Override
    public DeadLetter discard(Actor actor, long id, String note) {
        return host.discard(actor, id, note);
    }
}
