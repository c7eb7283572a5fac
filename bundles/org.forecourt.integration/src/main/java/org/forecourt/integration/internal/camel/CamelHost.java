package org.forecourt.integration.internal.camel;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.DeadLetterChannelBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.Model;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.support.ExchangeHelper;
import org.apache.camel.util.URISupport;
import org.forecourt.core.api.Actor;
import org.forecourt.core.api.ForecourtException;
import org.forecourt.core.api.NotFoundException;
import org.forecourt.core.api.ValidationException;
import org.forecourt.core.api.health.HealthCheck;
import org.forecourt.integration.api.ConnectorInfo;
import org.forecourt.integration.api.ConnectorRoutes;
import org.forecourt.integration.api.ConnectorSupport;
import org.forecourt.integration.api.DeadLetter;
import org.forecourt.integration.api.DeadLetterQuery;
import org.forecourt.integration.api.DeadLetterStatus;
import org.forecourt.integration.api.DeadLetterSummary;
import org.forecourt.integration.api.IntegrationService;
import org.forecourt.integration.api.RouteCounters;
import org.forecourt.integration.api.RouteInfo;
import org.forecourt.integration.api.RouteState;
import org.forecourt.integration.internal.store.IntegrationStore;
import org.forecourt.integration.internal.store.IntegrationStore.ErrorInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The integration host, without OSGi: runs connectors' routes in one Camel context with the dead-letter channel as
 * every route's default error handler, counts what each route does (a route policy) and keeps the counters and the
 * pause state in the database. The OSGi component creates the context (OSGi-aware) and feeds connectors in; tests
 * use a plain context.
 *
 * <p>Counters: each message entering a route counts as received; when it leaves the route it counts as processed,
 * or as failed when it failed or was dead-lettered (in the route or in a route it called). They live in memory and
 * are written to {@code fc_int_route} by {@link #flush()} (every few seconds, on pause/resume, when a connector goes
 * and when the host stops); a crash loses at most the increments since the last flush.
 */
public final class CamelHost implements IntegrationService, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CamelHost.class);

    /** Route properties the host sets on every connector route. */
    static final String PROP_CONNECTOR = "forecourt.connector";
    static final String PROP_INSTANCE = "forecourt.instance";
    /** Exchange property: the message as it entered each route, by route id. */
    static final String ENTRIES = "forecourt.entries";
    /** Exchange property: the dead letter the exchange was stored as (or whose replay failed). */
    static final String DEAD_LETTER_ID = "forecourt.deadLetterId";
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    static final int MAX_NOTE = 1000;

    /**
     * @param stopTimeoutSeconds how long stopping a route waits for in-flight messages
     * @param retrySeconds       how long after a failed start the host tries a connector's routes again
     */
    public record Settings(int stopTimeoutSeconds, int retrySeconds) {
        public static final Settings DEFAULT = new Settings(20, 60);
    }

    private final CamelContext context;
    private final IntegrationStore store;
    private final Clock clock;
    private final Settings settings;
    private final Object lock = new Object();
    private final Map<String, Registration> registrations = new ConcurrentHashMap<>();
    private final Map<String, Registration> byRoute = new ConcurrentHashMap<>();
    private final Map<String, RouteStats> stats = new ConcurrentHashMap<>();
    /** Routes whose last start (resume) failed, with why. */
    private final Map<String, String> startFailures = new ConcurrentHashMap<>();
    private final Set<Long> replaying = ConcurrentHashMap.newKeySet();
    private final RoutePolicy policy = new CountingPolicy();
    private volatile ProducerTemplate template;
    private volatile boolean started;

    /** A registered connector instance. */
    final class Registration {
        final ConnectorRoutes connector;
        final String connectorId;
        final String instanceId;
        final String nameKey;
        final ConnectorSupportImpl support;
        volatile List<String> routeIds = List.of();
        volatile List<RouteDefinition> definitions = List.of();
        volatile String error;
        volatile Instant nextRetry;

        Registration(ConnectorRoutes connector) {
            this.connector = connector;
            this.connectorId = connector.connectorId();
            this.instanceId = connector.instanceId();
            this.nameKey = connector.nameKey();
            this.support = new ConnectorSupportImpl(CamelHost.this, store, connectorId, instanceId);
        }

        String key() {
            return connectorId + "/" + instanceId;
        }

        String prefix() {
            return connectorId + "." + instanceId + ".";
        }
    }

    /**
     * Configures the context (not started yet): JMX off (camel-management is not available), stream caching on (so a
     * failed message's body can still be read), the dead-letter store as the default error handler.
     */
    public CamelHost(CamelContext context, IntegrationStore store, Clock clock, Settings settings) {
        this.context = context;
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        context.disableJMX();
        context.setStreamCaching(true);
        context.addComponent(DeadLetterComponent.SCHEME, new DeadLetterComponent(this::deadLetter));
        DeadLetterChannelBuilder dlc = new DeadLetterChannelBuilder(DeadLetterComponent.URI);
        // if storing the dead letter fails, keep the exception: the consumer then does not lose the message
        dlc.deadLetterHandleNewException(false);
        // bodies hold customer data: keep them out of the log
        dlc.logExhaustedMessageBody(false);
        dlc.logExhaustedMessageHistory(false);
        dlc.logStackTrace(false);
        context.getCamelContextExtension().setErrorHandlerFactory(dlc);
        context.getShutdownStrategy().setTimeout(settings.stopTimeoutSeconds());
        context.getShutdownStrategy().setTimeUnit(TimeUnit.SECONDS);
    }

    /** Starts the context and the routes of every connector registered so far. */
    public void start() {
        synchronized (lock) {
            context.start();
            template = context.createProducerTemplate();
            started = true;
            for (Registration r : sorted()) {
                addRoutes(r);
            }
        }
    }

    public CamelContext context() {
        return context;
    }

    /** Stops every route and the context; writes the counters. */
    @Override
    public void close() {
        synchronized (lock) {
            started = false;
            try {
                if (template != null) {
                    template.stop();
                }
                context.stop();
            } catch (RuntimeException e) {
                LOG.warn("Stopping the Camel context failed", e);
            }
            flush();
        }
    }

    // ------------------------------------------------------------------ connectors come and go

    /** A connector instance appeared: its routes are added (and started, unless paused). */
    public void addConnector(ConnectorRoutes connector) {
        synchronized (lock) {
            String connectorId = connector.connectorId();
            String instanceId = connector.instanceId();
            if (connectorId == null || !ID.matcher(connectorId).matches() || instanceId == null
                    || !ID.matcher(instanceId).matches()) {
                LOG.error("Connector {} ignored: connector and instance ids must be lower-case letters, digits and -"
                        + " (got {} / {})", connector.getClass().getName(), connectorId, instanceId);
                return;
            }
            Registration r = new Registration(connector);
            Registration existing = registrations.putIfAbsent(r.key(), r);
            if (existing != null) {
                LOG.error("Connector instance {} is registered twice ({} and {}); keeping the first", r.key(),
                        existing.connector.getClass().getName(), connector.getClass().getName());
                return;
            }
            LOG.info("Connector instance added: {}", r.key());
            if (started) {
                addRoutes(r);
            }
        }
    }

    /** A connector instance went away: its routes are stopped and removed; counters are written. */
    public void removeConnector(ConnectorRoutes connector) {
        synchronized (lock) {
            String key = connector.connectorId() + "/" + connector.instanceId();
            Registration r = registrations.get(key);
            if (r == null || r.connector != connector) {
                return;
            }
            registrations.remove(key);
            removeRoutes(r);
            for (String id : r.routeIds) {
                byRoute.remove(id, r);
                startFailures.remove(id);
                RouteStats s = stats.remove(id);
                if (s != null) {
                    save(s);
                }
            }
            LOG.info("Connector instance removed: {}", r.key());
        }
    }

    private void addRoutes(Registration r) {
        List<RouteDefinition> definitions = List.of();
        List<String> ids = new ArrayList<>();
        try {
            RouteBuilder builder = r.connector.routes(r.support);
            definitions = List.copyOf(builder.configureRoutes(context).getRoutes());
            int unnamed = 0;
            for (RouteDefinition d : definitions) {
                String id = d.getRouteId();
                String full = id == null || id.isBlank() ? r.prefix() + "route" + (++unnamed)
                        : id.startsWith(r.prefix()) ? id : r.prefix() + id;
                Registration owner = byRoute.get(full);
                if (ids.contains(full) || owner != null && owner != r) {
                    throw new IllegalStateException("Route id " + full + " is used twice");
                }
                d.setId(full); // routeId(..) refuses a second id
                d.routeProperty(PROP_CONNECTOR, r.connectorId);
                d.routeProperty(PROP_INSTANCE, r.instanceId);
                d.routePolicy(policy);
                RouteStats s = stats.computeIfAbsent(full,
                        k -> RouteStats.of(store.loadRoute(k), k, r.connectorId, r.instanceId));
                if (s.paused) {
                    d.autoStartup(false);
                }
                ids.add(full);
            }
            r.routeIds = List.copyOf(ids);
            r.definitions = definitions;
            ids.forEach(id -> byRoute.put(id, r));
            builder.addRoutesToCamelContext(context);
            r.error = null;
            r.nextRetry = null;
            ids.forEach(startFailures::remove);
            LOG.info("Routes of {} added: {}", r.key(), ids);
        } catch (Exception | LinkageError e) {
            String error = ErrorInfo.of(e).message();
            r.error = error;
            if (!ids.isEmpty()) {
                // the routes known so far are listed as failed
                r.routeIds = List.copyOf(ids);
                ids.forEach(id -> byRoute.putIfAbsent(id, r));
            }
            r.nextRetry = clock.instant().plusSeconds(settings.retrySeconds());
            Instant now = clock.instant();
            for (String id : ids) {
                RouteStats s = stats.get(id);
                if (s != null) {
                    s.error(error, now);
                }
            }
            LOG.error("Routes of connector instance {} could not be added (retry in {} s): {}", r.key(),
                    settings.retrySeconds(), error, e);
            removeDefinitions(definitions);
        }
    }

    private void removeRoutes(Registration r) {
        for (RouteDefinition d : r.definitions) {
            try {
                context.getRouteController().stopRoute(d.getRouteId(), settings.stopTimeoutSeconds(),
                        TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.warn("Stopping route {} failed", d.getRouteId(), e);
            }
        }
        removeDefinitions(r.definitions);
        r.definitions = List.of();
    }

    private void removeDefinitions(List<RouteDefinition> definitions) {
        Model model = context.getCamelContextExtension().getContextPlugin(Model.class);
        for (RouteDefinition d : definitions) {
            try {
                if (d.getRouteId() != null && context.getRoute(d.getRouteId()) != null) {
                    context.getRouteController().stopRoute(d.getRouteId(), settings.stopTimeoutSeconds(),
                            TimeUnit.SECONDS);
                }
                model.removeRouteDefinition(d);
            } catch (Exception e) {
                LOG.warn("Removing route {} failed", d.getRouteId(), e);
            }
        }
    }

    /** Writes changed counters; retries connectors whose routes could not be added. Called every few seconds. */
    public void maintain() {
        flush();
        Instant now = clock.instant();
        synchronized (lock) {
            if (!started) {
                return;
            }
            for (Registration r : sorted()) {
                if (r.error != null && r.nextRetry != null && !now.isBefore(r.nextRetry)) {
                    LOG.info("Trying the routes of {} again", r.key());
                    removeDefinitions(r.definitions);
                    addRoutes(r);
                }
            }
        }
    }

    /** Writes every route's counters that changed since the last flush. */
    public void flush() {
        for (RouteStats s : stats.values()) {
            if (s.takeDirty()) {
                save(s);
            }
        }
    }

    private void save(RouteStats s) {
        try {
            store.saveRoute(s.toEntity());
        } catch (RuntimeException e) {
            s.markDirty();
            LOG.warn("Cannot write the counters of route {}: {}", s.routeId, e.getMessage());
        }
    }

    private List<Registration> sorted() {
        List<Registration> list = new ArrayList<>(registrations.values());
        list.sort(Comparator.comparing(Registration::key));
        return list;
    }

    // ------------------------------------------------------------------ what routes do

    /** The messages as one exchange entered each route, by route id. */
    record Entries(String exchangeId, Map<String, Bodies.Snapshot> byRoute) {
    }

    /** Counts messages per route and remembers each message as it entered each route (for dead letters). */
    private final class CountingPolicy implements RoutePolicy {

        @Override
        public void onExchangeBegin(Route route, Exchange exchange) {
            RouteStats s = stats.get(route.getRouteId());
            if (s != null) {
                s.received(clock.instant());
            }
            // copies of an exchange (split, multicast, ...) share its properties: each gets its own entries
            Entries entries = exchange.getProperty(ENTRIES, Entries.class);
            if (entries == null || !entries.exchangeId().equals(exchange.getExchangeId())) {
                entries = new Entries(exchange.getExchangeId(),
                        new ConcurrentHashMap<>(entries == null ? Map.of() : entries.byRoute()));
                exchange.setProperty(ENTRIES, entries);
            }
            entries.byRoute().put(route.getRouteId(), Bodies.snapshot(exchange));
        }

        @Override
        public void onExchangeDone(Route route, Exchange exchange) {
            RouteStats s = stats.get(route.getRouteId());
            if (s == null) {
                return;
            }
            if (exchange.isFailed() || ExchangeHelper.isFailureHandled(exchange)) {
                s.failed();
                if (exchange.getException() != null && !ExchangeHelper.isFailureHandled(exchange)) {
                    s.error(ErrorInfo.of(exchange.getException()).message(), clock.instant());
                }
            } else {
                s.processed();
            }
        }

        @Override
        public void onInit(Route route) {
        }

        @Override
        public void onRemove(Route route) {
        }

        @Override
        public void onStart(Route route) {
        }

        @Override
        public void onStop(Route route) {
        }

        @Override
        public void onSuspend(Route route) {
        }

        @Override
        public void onResume(Route route) {
        }
    }

    /** The dead-letter channel's target: stores the message as it entered the route it failed in. */
    void deadLetter(Exchange exchange) {
        Throwable error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (error == null) {
            error = exchange.getException();
        }
        String routeId = exchange.getProperty(Exchange.FAILURE_ROUTE_ID, String.class);
        if (routeId == null) {
            routeId = exchange.getFromRouteId();
        }
        Entries entries = exchange.getProperty(ENTRIES, Entries.class);
        Bodies.Snapshot entry = entries == null || routeId == null ? null : entries.byRoute().get(routeId);
        if (entry == null) {
            entry = Bodies.snapshot(exchange);
        }
        ErrorInfo info = ErrorInfo.of(error);
        RouteStats s = routeId == null ? null : stats.get(routeId);
        if (s != null) {
            s.error(info.message(), clock.instant());
        }
        Long replayOf = exchange.getProperty(ConnectorSupport.REPLAY_OF, Long.class);
        if (replayOf != null) {
            store.recordFailedReplay(replayOf, info);
            exchange.setProperty(DEAD_LETTER_ID, replayOf);
            LOG.warn("Replay of dead letter {} failed again in route {}: {}", replayOf, routeId, info.message());
            return;
        }
        long id = store(routeId, entry.body(), entry.headers(), info, exchange);
        exchange.setProperty(DEAD_LETTER_ID, id);
        LOG.warn("Message dead-lettered as #{} from route {}: {}", id, routeId, info.message());
    }

    /** Stores a dead letter (from the channel or by hand). */
    long store(String routeId, Object body, Map<String, ?> headers, ErrorInfo error, Exchange exchange) {
        Registration r = routeId == null ? null : byRoute.get(routeId);
        String connectorId = r != null ? r.connectorId : routeProperty(routeId, PROP_CONNECTOR);
        String instanceId = r != null ? r.instanceId : routeProperty(routeId, PROP_INSTANCE);
        Bodies.Stored stored = Bodies.store(context, exchange, body);
        return store.insertDeadLetter(new IntegrationStore.NewDeadLetter(connectorId, instanceId,
                routeId == null ? "?" : routeId, stored.text(), stored.bytes(), Bodies.headers(headers), error));
    }

    /** A dead letter stored by a connector's own code: also counts as a failure of the route. */
    long deadLetterByHand(String routeId, Object body, Map<String, ?> headers, Throwable error) {
        ErrorInfo info = ErrorInfo.of(error);
        long id = store(routeId, body, headers, info, null);
        RouteStats s = stats.get(routeId);
        if (s != null) {
            s.failed();
            s.error(info.message(), clock.instant());
        }
        return id;
    }

    RouteCounters counters(String routeId) {
        RouteStats s = stats.get(routeId);
        return s == null ? RouteCounters.NONE : s.counters();
    }

    private String routeProperty(String routeId, String key) {
        Route route = routeId == null ? null : context.getRoute(routeId);
        Object v = route == null ? null : route.getProperties().get(key);
        return v == null ? "unknown" : v.toString();
    }

    // ------------------------------------------------------------------ IntegrationService

    @Override
    public List<ConnectorInfo> connectors(Actor actor) {
        actor.require(PERMISSION_VIEW);
        List<ConnectorInfo> result = new ArrayList<>();
        for (Registration r : sorted()) {
            List<RouteInfo> routes = new ArrayList<>();
            for (String id : r.routeIds) {
                routes.add(info(r, id));
            }
            result.add(new ConnectorInfo(r.connectorId, r.instanceId, r.nameKey, routes, r.error));
        }
        return result;
    }

    @Override
    public List<RouteInfo> routes(Actor actor) {
        actor.require(PERMISSION_VIEW);
        List<RouteInfo> result = new ArrayList<>();
        for (Registration r : sorted()) {
            for (String id : r.routeIds) {
                result.add(info(r, id));
            }
        }
        result.sort(Comparator.comparing(RouteInfo::routeId));
        return result;
    }

    @Override
    public RouteInfo route(Actor actor, String routeId) {
        actor.require(PERMISSION_VIEW);
        return info(registration(routeId), routeId);
    }

    private Registration registration(String routeId) {
        Registration r = routeId == null ? null : byRoute.get(routeId);
        if (r == null || !r.routeIds.contains(routeId)) {
            throw new NotFoundException("route", routeId);
        }
        return r;
    }

    private RouteInfo info(Registration r, String routeId) {
        RouteStats s = stats.get(routeId);
        Route route = context.getRoute(routeId);
        String endpoint = route == null ? null : URISupport.sanitizeUri(route.getEndpoint().getEndpointUri());
        ServiceStatus status = route == null ? null : context.getRouteController().getRouteStatus(routeId);
        boolean paused = s != null && s.paused;
        RouteState state;
        if (status == ServiceStatus.Started || status == ServiceStatus.Starting) {
            state = RouteState.STARTED;
        } else if (r.error != null || route == null || startFailures.containsKey(routeId)) {
            state = RouteState.FAILED;
        } else {
            state = RouteState.STOPPED;
        }
        return new RouteInfo(routeId, r.connectorId, r.instanceId, r.nameKey, endpoint, state, paused,
                s == null ? RouteCounters.NONE : s.counters());
    }

    @Override
    public RouteInfo pause(Actor actor, String routeId) {
        actor.require(PERMISSION_MANAGE);
        synchronized (lock) {
            Registration r = registration(routeId);
            RouteStats s = stats.get(routeId);
            if (context.getRoute(routeId) != null) {
                try {
                    context.getRouteController().stopRoute(routeId, settings.stopTimeoutSeconds(), TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new ForecourtException(e, "integration.error.pauseFailed", routeId,
                            ErrorInfo.of(e).message());
                }
            }
            startFailures.remove(routeId);
            if (s != null) {
                s.paused = true;
                s.pausedBy = actor.username();
                s.pausedAt = clock.instant();
                s.markDirty();
                save(s);
            }
            LOG.info("Route {} paused by {}", routeId, actor.username());
            return info(r, routeId);
        }
    }

    @Override
    public RouteInfo resume(Actor actor, String routeId) {
        actor.require(PERMISSION_MANAGE);
        synchronized (lock) {
            Registration r = registration(routeId);
            RouteStats s = stats.get(routeId);
            if (s != null) {
                s.paused = false;
                s.pausedBy = null;
                s.pausedAt = null;
                s.markDirty();
            }
            if (r.error != null) {
                // the connector's routes could not be added: try now
                removeDefinitions(r.definitions);
                addRoutes(r);
            } else if (context.getRoute(routeId) != null) {
                try {
                    context.getRouteController().startRoute(routeId);
                    startFailures.remove(routeId);
                } catch (Exception e) {
                    String message = ErrorInfo.of(e).message();
                    startFailures.put(routeId, message);
                    if (s != null) {
                        s.error(message, clock.instant());
                    }
                    LOG.error("Route {} could not be started", routeId, e);
                }
            }
            if (s != null) {
                save(s);
            }
            LOG.info("Route {} resumed by {}", routeId, actor.username());
            return info(r, routeId);
        }
    }

    @Override
    public List<DeadLetterSummary> find(Actor actor, DeadLetterQuery query) {
        actor.require(PERMISSION_VIEW);
        return store.find(query == null ? DeadLetterQuery.all() : query);
    }

    @Override
    public long count(Actor actor, DeadLetterQuery query) {
        actor.require(PERMISSION_VIEW);
        return store.count(query == null ? DeadLetterQuery.all() : query);
    }

    @Override
    public DeadLetter get(Actor actor, long id) {
        actor.require(PERMISSION_VIEW);
        actor.require(PERMISSION_READ_MESSAGES);
        return store.get(id);
    }

    @Override
    public DeadLetter replay(Actor actor, long id) {
        actor.require(PERMISSION_MANAGE);
        if (!replaying.add(id)) {
            throw new ForecourtException("integration.error.replayRunning", id);
        }
        try {
            DeadLetter letter = store.get(id);
            if (letter.status() != DeadLetterStatus.NEW) {
                throw new ForecourtException("integration.error.notNew", id, letter.status().name());
            }
            String routeId = letter.summary().routeId();
            Route route = context.getRoute(routeId);
            ServiceStatus status = route == null ? null : context.getRouteController().getRouteStatus(routeId);
            if (!started || route == null || status != ServiceStatus.Started) {
                throw new ForecourtException("integration.error.routeNotRunning", routeId);
            }
            Exchange exchange = route.getEndpoint().createExchange();
            exchange.getExchangeExtension().setFromRouteId(routeId);
            exchange.getMessage().setBody(letter.bodyText() != null ? letter.bodyText() : letter.bodyBytes());
            exchange.getMessage().setHeaders(new LinkedHashMap<>(letter.headers()));
            exchange.setProperty(ConnectorSupport.REPLAY_OF, id);
            Object replayUri = route.getProperties().get(ConnectorSupport.REPLAY_URI);
            try {
                if (replayUri != null) {
                    template.send(replayUri.toString(), exchange);
                } else {
                    route.getProcessor().process(exchange);
                }
            } catch (Exception e) {
                exchange.setException(e);
            }
            boolean failed = exchange.isFailed() || ExchangeHelper.isFailureHandled(exchange)
                    || exchange.isRollbackOnly();
            if (failed) {
                if (exchange.getProperty(DEAD_LETTER_ID) == null) {
                    // not stored by the dead-letter channel (e.g. the route has its own error handling)
                    Throwable t = exchange.getException() != null ? exchange.getException()
                            : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
                    store.recordFailedReplay(id, ErrorInfo.of(t));
                }
                LOG.info("Replay of dead letter {} by {} failed again", id, actor.username());
                return store.get(id);
            }
            LOG.info("Dead letter {} replayed by {}", id, actor.username());
            return store.markReplayed(actor, id);
        } finally {
            replaying.remove(id);
        }
    }

    @Override
    public DeadLetter discard(Actor actor, long id, String note) {
        actor.require(PERMISSION_MANAGE);
        String trimmed = note == null ? "" : note.strip();
        if (trimmed.isEmpty()) {
            throw ValidationException.of("note", "integration.validation.noteRequired");
        }
        if (trimmed.length() > MAX_NOTE) {
            throw ValidationException.of("note", "integration.validation.noteTooLong", MAX_NOTE);
        }
        if (replaying.contains(id)) {
            throw new ForecourtException("integration.error.replayRunning", id);
        }
        DeadLetter d = store.discard(actor, id, trimmed);
        LOG.info("Dead letter {} discarded by {}", id, actor.username());
        return d;
    }

    // ------------------------------------------------------------------ health

    /** {@code routes}: each route's state; down when a route or a connector failed. */
    public HealthCheck.Result health() {
        Map<String, Object> details = new LinkedHashMap<>();
        Map<String, String> states = new TreeMap<>();
        Map<String, String> errors = new TreeMap<>();
        int started = 0;
        int stopped = 0;
        int failed = 0;
        for (Registration r : sorted()) {
            if (r.error != null) {
                errors.put(r.key(), r.error);
            }
            for (String id : r.routeIds) {
                RouteInfo info = info(r, id);
                states.put(id, info.state().name() + (info.paused() ? " (paused)" : ""));
                switch (info.state()) {
                    case STARTED -> started++;
                    case STOPPED -> stopped++;
                    case FAILED -> failed++;
                }
            }
        }
        details.put("context", context.getStatus().name());
        details.put("started", started);
        details.put("stopped", stopped);
        details.put("failed", failed);
        details.put("routes", states);
        if (!errors.isEmpty()) {
            details.put("errors", errors);
        }
        boolean up = this.started && failed == 0 && errors.isEmpty();
        return up ? HealthCheck.Result.up(details) : HealthCheck.Result.down(details);
    }
}
