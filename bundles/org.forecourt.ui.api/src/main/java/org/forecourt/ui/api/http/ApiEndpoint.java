package org.forecourt.ui.api.http;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.forecourt.core.api.Actor;

/**
 * Whiteboard service: an HTTP endpoint at {@code /api/<path>} (and below it). The shell has already authenticated
 * the caller — HTTP Basic with a user's credentials, or an {@code X-Api-Key} header — and checked
 * {@link #permission()}; unauthenticated calls get 401 and never reach the endpoint.
 */
public interface ApiEndpoint {

    /** Path below {@code /api/}, without leading slash, e.g. {@code leads/adf}. */
    String path();

    /** Permission the caller needs, or {@code null} for any authenticated caller. */
    String permission();

    void handle(Actor actor, HttpServletRequest request, HttpServletResponse response) throws IOException;
}
