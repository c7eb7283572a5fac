package org.forecourt.itests;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/** Waits for OSGi services inside the Pax Exam container. */
final class Services {

    private Services() {
    }

    static <T> T await(BundleContext context, Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(TimeUnit.MINUTES.toMillis(2));
        tracker.close();
        if (service == null) {
            throw new AssertionError("No " + type.getName() + " service within 2 minutes");
        }
        return service;
    }
}
