package org.forecourt.ui.shell.internal.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.ConflictException;
import org.forecourt.core.api.ForecourtException;
import org.forecourt.core.api.NotFoundException;
import org.forecourt.core.api.NotPermittedException;
import org.forecourt.core.api.ValidationException;
import org.forecourt.core.api.health.HealthCheck;
import org.forecourt.ui.api.http.ApiEndpoint;
import org.forecourt.ui.shell.internal.ShellContext;

/**
 * {@code /api/*}: {@code /api/health} for anyone (no secrets in it); every other path is authenticated — HTTP Basic
 * with a user's credentials or an {@code X-Api-Key} header — checked against the endpoint's permission and handed
 * to the {@link ApiEndpoint} registered for it. Refusals are JSON with a message in the caller's language.
 */
public class ApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);

    private final transient ShellContext shell;
    private final transient BundleContext bundleContext;
    private final transient ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ApiServlet(ShellContext shell, BundleContext bundleContext) {
        this.shell = shell;
        this.bundleContext = bundleContext;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/").replaceFirst("^/+", "");
        if (path.equals("health")) {
            health(response);
            return;
        }
        Locale locale = locale(request);
        Optional<ApiEndpoint> endpoint = shell.registry().endpointFor(path);
        Optional<Actor> actor = authenticate(request);
        if (actor.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Forecourt\", charset=\"UTF-8\"");
            error(response, HttpServletResponse.SC_UNAUTHORIZED, shell.messages().get(locale, "api.unauthorized"));
            return;
        }
        if (endpoint.isEmpty()) {
            error(response, HttpServletResponse.SC_NOT_FOUND, shell.messages().get(locale, "api.noEndpoint", path));
            return;
        }
        ApiEndpoint target = endpoint.get();
        Actor caller = actor.get().withLocale(locale);
        try {
            if (target.permission() != null) {
                caller.require(target.permission());
            }
            target.handle(caller, request, response);
        } catch (ForecourtException e) {
            int status = e instanceof NotPermittedException ? 403
                    : e instanceof NotFoundException ? 404
                    : e instanceof ConflictException ? 409
                    : e instanceof ValidationException ? 422 : 400;
            error(response, status, shell.messages().describe(locale, e));
        } catch (RuntimeException e) {
            LOG.error("API endpoint /api/{} failed", path, e);
            error(response, 500, shell.messages().get(locale, "api.internalError"));
        }
    }

    private Optional<Actor> authenticate(HttpServletRequest request) {
        String key = request.getHeader("X-Api-Key");
        if (key != null && !key.isBlank()) {
            return shell.authentication().authenticateApiKey(key.trim());
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    return shell.authentication().authenticate(decoded.substring(0, colon),
                            decoded.substring(colon + 1).toCharArray());
                }
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Locale locale(HttpServletRequest request) {
        Locale l = request.getLocale();
        return l != null && "en".equals(l.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    private void health(HttpServletResponse response) throws IOException {
        Map<String, Object> report = new LinkedHashMap<>();
        boolean up = true;
        Map<String, Object> checks = new TreeMap<>();
        for (HealthCheck check : shell.registry().healthChecks()) {
            HealthCheck.Result result;
            try {
                result = check.check();
            } catch (RuntimeException e) {
                result = HealthCheck.Result.down(Map.of("error", String.valueOf(e.getMessage())));
            }
            up &= result.up();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("status", result.up() ? "UP" : "DOWN");
            entry.putAll(new TreeMap<>(result.details()));
            checks.put(check.name(), entry);
        }
        Map<String, String> modules = new TreeMap<>();
        for (Bundle b : bundleContext.getBundles()) {
            if (b.getSymbolicName() != null && b.getSymbolicName().startsWith("org.forecourt.")) {
                modules.put(b.getSymbolicName(), state(b.getState()));
                if (b.getState() != Bundle.ACTIVE && b.getHeaders().get("Fragment-Host") == null) {
                    up = false;
                }
            }
        }
        report.put("status", up ? "UP" : "DOWN");
        report.putAll(checks);
        report.put("modules", modules);
        response.setStatus(up ? 200 : 503);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        json.writeValue(response.getOutputStream(), report);
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.INSTALLED -> "INSTALLED";
            default -> "UNKNOWN";
        };
    }

    private void error(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        json.writeValue(response.getOutputStream(), Map.of("status", status, "message", message));
    }
}
