/**
 * Non-UI HTTP endpoints under {@code /api/}: connectors' inbound endpoints and the REST API register
 * {@link org.forecourt.ui.api.http.ApiEndpoint} services; the shell authenticates each request (user or API key)
 * before handing it over.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.forecourt.ui.api.http;
