package org.forecourt.integration.internal.db;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.forecourt.persistence.NotAudited;

/** A route's persisted counters and pause state (written every few seconds: not audited). */
@NotAudited
@Entity(name = "IntRouteState")
@Table(name = "fc_int_route")
public class RouteStateEntity {

    @Id
    @Column(name = "route_id", nullable = false, length = 200)
    public String routeId;

    @Column(name = "connector_id", nullable = false, length = 64)
    public String connectorId;

    @Column(name = "instance_id", nullable = false, length = 64)
    public String instanceId;

    @Column(name = "received", nullable = false)
    public long received;

    @Column(name = "processed", nullable = false)
    public long processed;

    @Column(name = "failed", nullable = false)
    public long failed;

    @Column(name = "last_run_at")
    public Instant lastRunAt;

    @Column(name = "last_error", length = 4000)
    public String lastError;

    @Column(name = "last_error_at")
    public Instant lastErrorAt;

    @Column(name = "paused", nullable = false)
    public boolean paused;

    @Column(name = "paused_by", length = 100)
    public String pausedBy;

    @Column(name = "paused_at")
    public Instant pausedAt;
}
