package org.forecourt.integration.internal.camel;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.forecourt.integration.api.RouteCounters;
import org.forecourt.integration.internal.db.RouteStateEntity;

/** A route's counters and pause state in memory; written to {@code fc_int_route} when dirty. */
final class RouteStats {

    final String routeId;
    final String connectorId;
    final String instanceId;
    final AtomicLong received = new AtomicLong();
    final AtomicLong processed = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    volatile Instant lastRunAt;
    volatile String lastError;
    volatile Instant lastErrorAt;
    volatile boolean paused;
    volatile String pausedBy;
    volatile Instant pausedAt;
    private final AtomicBoolean dirty = new AtomicBoolean();

    RouteStats(String routeId, String connectorId, String instanceId) {
        this.routeId = routeId;
        this.connectorId = connectorId;
        this.instanceId = instanceId;
    }

    static RouteStats of(RouteStateEntity e, String routeId, String connectorId, String instanceId) {
        RouteStats s = new RouteStats(routeId, connectorId, instanceId);
        if (e != null) {
            s.received.set(e.received);
            s.processed.set(e.processed);
            s.failed.set(e.failed);
            s.lastRunAt = e.lastRunAt;
            s.lastError = e.lastError;
            s.lastErrorAt = e.lastErrorAt;
            s.paused = e.paused;
            s.pausedBy = e.pausedBy;
            s.pausedAt = e.pausedAt;
        } else {
            s.dirty.set(true);
        }
        return s;
    }

    void received(Instant now) {
        received.incrementAndGet();
        lastRunAt = now;
        dirty.set(true);
    }

    void processed() {
        processed.incrementAndGet();
        dirty.set(true);
    }

    void failed() {
        failed.incrementAndGet();
        dirty.set(true);
    }

    void error(String message, Instant at) {
        lastError = message;
        lastErrorAt = at;
        dirty.set(true);
    }

    void markDirty() {
        dirty.set(true);
    }

    /** Clears the dirty flag; increments after this mark it again. */
    boolean takeDirty() {
        return dirty.getAndSet(false);
    }

    RouteCounters counters() {
        return new RouteCounters(received.get(), processed.get(), failed.get(), lastRunAt, lastError, lastErrorAt);
    }

    RouteStateEntity toEntity() {
        RouteStateEntity e = new RouteStateEntity();
        e.routeId = routeId;
        e.connectorId = connectorId;
        e.instanceId = instanceId;
        e.received = received.get();
        e.processed = processed.get();
        e.failed = failed.get();
        e.lastRunAt = lastRunAt;
        e.lastError = lastError;
        e.lastErrorAt = lastErrorAt;
        e.paused = paused;
        e.pausedBy = pausedBy;
        e.pausedAt = pausedAt;
        return e;
    }
}
