package org.forecourt.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Boots the distribution users get and checks the platform is whole: every Forecourt bundle active, the health
 * report up with the database, and every module feature installing and uninstalling cleanly at runtime.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT {

    @Inject
    private BundleContext context;

    @Inject
    private FeaturesService features;

    @Configuration
    public Option[] config() {
        return ForecourtExam.options();
    }

    private JsonNode health() throws Exception {
        HttpResponse<String> r = ForecourtExam.get("/api/health");
        return new ObjectMapper().readTree(r.body());
    }

    private List<String> notActiveForecourtBundles() {
        return Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith("org.forecourt."))
                .filter(b -> b.getState() != Bundle.ACTIVE)
                .map(b -> b.getSymbolicName() + "=" + b.getState()).collect(Collectors.toList());
    }

    @Test
    public void bootsWithEveryForecourtBundleActiveAndTheDatabaseUp() throws Exception {
        ForecourtExam.await("a healthy platform", Duration.ofMinutes(2), () -> "UP".equals(health().path("status").asText()));
        JsonNode health = health();
        assertEquals("UP", health.path("database").path("status").asText());
        assertEquals("derby", health.path("database").path("kind").asText());
        assertTrue("core bundles present", health.path("modules").has("org.forecourt.core.impl"));
        assertTrue("not active: " + notActiveForecourtBundles(), notActiveForecourtBundles().isEmpty());
        // the sign-in page is served by Vaadin inside Karaf
        HttpResponse<String> page = ForecourtExam.get("/login");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("window.Vaadin"));
    }

    @Test
    public void everyModuleFeatureInstallsAndUninstallsCleanly() throws Exception {
        ForecourtExam.await("a healthy platform", Duration.ofMinutes(2), () -> "UP".equals(health().path("status").asText()));
        List<String> modules = new ArrayList<>();
        for (Feature f : features.listFeatures()) {
            // a module is a feature that brings Forecourt bundles of its own (not the third-party building blocks)
            boolean ownBundles = f.getBundles().stream().anyMatch(b -> b.getLocation().startsWith("mvn:org.forecourt/"));
            if (f.getName().startsWith("forecourt-") && ownBundles && !features.isInstalled(f)
                    && !f.getName().equals("forecourt-demo")) {
                modules.add(f.getName());
            }
        }
        assertFalse("module features found", modules.isEmpty());
        for (String module : modules) {
            Set<Long> before = forecourtBundleIds();
            features.installFeature(module, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
            ForecourtExam.await(module + " active", Duration.ofMinutes(1), () -> notActiveForecourtBundles().isEmpty());
            assertTrue(module + " added bundles", forecourtBundleIds().size() > before.size());
            ForecourtExam.await("healthy with " + module, Duration.ofMinutes(1),
                    () -> "UP".equals(health().path("status").asText()));

            features.uninstallFeature(module, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
            ForecourtExam.await(module + " removed", Duration.ofMinutes(1), () -> forecourtBundleIds().equals(before));
            ForecourtExam.await("healthy without " + module, Duration.ofMinutes(1),
                    () -> "UP".equals(health().path("status").asText()));
        }
    }

    private Set<Long> forecourtBundleIds() {
        return Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith("org.forecourt."))
                .map(Bundle::getBundleId).collect(Collectors.toSet());
    }
}
