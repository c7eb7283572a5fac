package org.forecourt.ui.shell.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.vaadin.flow.component.Component;

import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.forecourt.core.api.health.HealthCheck;
import org.forecourt.ui.api.MenuContribution;
import org.forecourt.ui.api.ViewContribution;
import org.forecourt.ui.api.http.ApiEndpoint;

/**
 * Tracks what modules contribute to the shell (views, menu entries, API endpoints, health checks) and tells
 * listeners — the running Vaadin application and every open main layout — when that changes.
 */
@org.osgi.service.component.annotations.Component(service = ShellRegistry.class, immediate = true)
public class ShellRegistry {

    /** Something changed: views added/removed (by view class), or menu entries. */
    public interface Listener {
        void viewsChanged(Set<Class<? extends Component>> added, Set<Class<? extends Component>> removed);

        void menuChanged();
    }

    private static final Logger LOG = LoggerFactory.getLogger(ShellRegistry.class);

    private final Map<String, ViewContribution> viewsByRoute = new ConcurrentHashMap<>();
    private final Map<Class<?>, ViewContribution> viewsByClass = new ConcurrentHashMap<>();
    private final List<MenuContribution> menu = new CopyOnWriteArrayList<>();
    private final List<ApiEndpoint> endpoints = new CopyOnWriteArrayList<>();
    private final List<HealthCheck> healthChecks = new CopyOnWriteArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addView(ViewContribution view) {
        ViewContribution existing = viewsByRoute.putIfAbsent(view.route(), view);
        if (existing != null) {
            LOG.error("Route '{}' is contributed twice ({} and {}); keeping the first", view.route(),
                    existing.viewClass().getName(), view.viewClass().getName());
            return;
        }
        viewsByClass.put(view.viewClass(), view);
        LOG.info("Screen added: /{} ({})", view.route(), view.viewClass().getName());
        listeners.forEach(l -> l.viewsChanged(Set.of(view.viewClass()), Set.of()));
    }

    void removeView(ViewContribution view) {
        if (viewsByRoute.remove(view.route(), view)) {
            viewsByClass.remove(view.viewClass());
            LOG.info("Screen removed: /{}", view.route());
            listeners.forEach(l -> l.viewsChanged(Set.of(), Set.of(view.viewClass())));
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addMenu(MenuContribution entry) {
        menu.add(entry);
        listeners.forEach(Listener::menuChanged);
    }

    void removeMenu(MenuContribution entry) {
        menu.remove(entry);
        listeners.forEach(Listener::menuChanged);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addEndpoint(ApiEndpoint endpoint) {
        endpoints.add(endpoint);
        LOG.info("API endpoint added: /api/{}", endpoint.path());
    }

    void removeEndpoint(ApiEndpoint endpoint) {
        endpoints.remove(endpoint);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addHealthCheck(HealthCheck check) {
        healthChecks.add(check);
    }

    void removeHealthCheck(HealthCheck check) {
        healthChecks.remove(check);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    public List<ViewContribution> views() {
        return List.copyOf(viewsByRoute.values());
    }

    public Optional<ViewContribution> viewFor(Class<?> viewClass) {
        return Optional.ofNullable(viewsByClass.get(viewClass));
    }

    public List<MenuContribution> menu() {
        List<MenuContribution> sorted = new ArrayList<>(menu);
        sorted.sort(Comparator.comparing(MenuContribution::section).thenComparingInt(MenuContribution::order));
        return sorted;
    }

    /** The endpoint whose path is the longest prefix of {@code path} (path without leading slash). */
    public Optional<ApiEndpoint> endpointFor(String path) {
        ApiEndpoint best = null;
        for (ApiEndpoint e : endpoints) {
            String p = e.path();
            boolean matches = path.equals(p) || path.startsWith(p + "/");
            if (matches && (best == null || p.length() > best.path().length())) {
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }

    public List<HealthCheck> healthChecks() {
        return List.copyOf(healthChecks);
    }
}
