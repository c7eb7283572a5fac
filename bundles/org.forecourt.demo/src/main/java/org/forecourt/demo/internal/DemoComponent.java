package org.forecourt.demo.internal;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.forecourt.core.api.health.HealthCheck;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.core.api.user.UserService;
import org.forecourt.masterdata.api.catalog.CatalogService;
import org.forecourt.masterdata.api.customer.CustomerService;
import org.forecourt.masterdata.api.vehicle.VehicleService;

/**
 * Loads the demo data in the background once the platform's services are up, and reports its progress as the
 * {@code demo} section of {@code /api/health} (DOWN while loading, so scripts can wait for UP).
 */
@Component(service = HealthCheck.class, immediate = true)
public class DemoComponent implements HealthCheck {

    private static final Logger LOG = LoggerFactory.getLogger(DemoComponent.class);

    private final AtomicReference<String> state = new AtomicReference<>("loading");
    private final Thread loader;

    @Activate
    public DemoComponent(@Reference OrganisationService organisation, @Reference UserService users,
                         @Reference CatalogService catalog, @Reference CustomerService customers,
                         @Reference VehicleService vehicles) {
        DemoLoader demo = new DemoLoader(organisation, users, catalog, customers, vehicles);
        loader = new Thread(() -> {
            try {
                state.set(demo.load() ? "loaded" : "present");
            } catch (RuntimeException e) {
                LOG.error("Loading the demo data failed", e);
                state.set("failed: " + e.getMessage());
            }
        }, "forecourt-demo-loader");
        loader.setDaemon(true);
        loader.start();
    }

    @Deactivate
    void stop() throws InterruptedException {
        loader.join(60_000);
    }

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public Result check() {
        String s = state.get();
        Map<String, Object> details = Map.of("data", s);
        return s.equals("loaded") || s.equals("present") ? Result.up(details) : Result.down(details);
    }
}
