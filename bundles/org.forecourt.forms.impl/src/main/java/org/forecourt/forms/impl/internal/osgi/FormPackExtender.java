package org.forecourt.forms.impl.internal.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.forecourt.core.api.health.HealthCheck;
import org.forecourt.forms.impl.internal.PackInstaller;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The form pack extender: installs the JSON files of every active bundle with a {@code Forecourt-FormPack: <folder>}
 * header (see {@link PackInstaller}) on a background thread, and reports as the health check {@code forms}: down
 * while a pack has files that could not be installed. A pack bundle going away removes nothing.
 */
@Component(service = HealthCheck.class, immediate = true, property = "forecourt.module=forms")
public class FormPackExtender implements HealthCheck {

    public static final String HEADER = "Forecourt-FormPack";

    private static final Logger LOG = LoggerFactory.getLogger(FormPackExtender.class);

    private final PackInstaller installer;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "forms-pack-installer");
        t.setDaemon(true);
        return t;
    });
    private final BundleTracker<String> tracker;

    @Activate
    public FormPackExtender(@Reference FormsCoreComponent core, BundleContext context) {
        this.installer = new PackInstaller(core.core());
        this.tracker = new BundleTracker<>(context, Bundle.ACTIVE, null) {
            @Override
            public String addingBundle(Bundle bundle, BundleEvent event) {
                String folder = bundle.getHeaders("").get(HEADER);
                if (folder == null || folder.isBlank()) {
                    return null;
                }
                executor.execute(() -> install(bundle, folder.trim()));
                return folder;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, String folder) {
                installer.forget(bundle.getSymbolicName());
            }
        };
        tracker.open();
    }

    private void install(Bundle bundle, String folder) {
        try {
            List<PackInstaller.PackFile> files = new ArrayList<>();
            Enumeration<URL> entries = bundle.findEntries(folder, "*.json", false);
            while (entries != null && entries.hasMoreElements()) {
                URL url = entries.nextElement();
                try (InputStream in = url.openStream()) {
                    String path = url.getPath();
                    files.add(new PackInstaller.PackFile(path.substring(path.lastIndexOf('/') + 1),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            installer.install(bundle.getSymbolicName(), bundle.getVersion().toString(), files);
        } catch (IOException | RuntimeException e) {
            LOG.error("Form pack {} could not be installed", bundle.getSymbolicName(), e);
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        tracker.close();
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Override
    public String name() {
        return "forms";
    }

    @Override
    public Result check() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean up = true;
        for (PackInstaller.Report r : installer.reports().values()) {
            Map<String, Object> pack = new LinkedHashMap<>();
            pack.put("version", r.version());
            pack.put("forms", r.forms().size());
            if (!r.ok()) {
                up = false;
                Map<String, Object> problems = new LinkedHashMap<>();
                r.problems().forEach((file, list) -> problems.put(file, list.stream()
                        .map(p -> (p.path().isEmpty() ? "" : p.path() + ": ") + p.messageKey() + " " + p.args())
                        .toList()));
                pack.put("problems", problems);
            }
            details.put(r.pack(), pack);
        }
        return new Result(up, details);
    }
}
