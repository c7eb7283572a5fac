/**
 * Integrations: connector bundles register {@link org.forecourt.integration.api.ConnectorRoutes} (Camel routes per
 * configured connector instance); the integration host runs them in its Camel context with a dead-letter store, a
 * database-backed idempotent repository and per-route counters ({@link org.forecourt.integration.api.ConnectorSupport});
 * {@link org.forecourt.integration.api.IntegrationService} shows and operates them.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.forecourt.integration.api;
