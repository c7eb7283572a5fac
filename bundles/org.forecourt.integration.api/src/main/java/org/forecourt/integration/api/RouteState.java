package org.forecourt.integration.api;

/** The state of a connector route, as the Integrations screen and the {@code routes} health check show it. */
public enum RouteState {
    /** Running: consuming messages. */
    STARTED,
    /** Not consuming: paused by an operator, or being started/stopped. */
    STOPPED,
    /** Could not be added or started (see the route's last error); the host retries periodically. */
    FAILED;

    /** Message key of the state's label, e.g. {@code integration.state.STARTED}. */
    public String labelKey() {
        return "integration.state." + name();
    }
}
