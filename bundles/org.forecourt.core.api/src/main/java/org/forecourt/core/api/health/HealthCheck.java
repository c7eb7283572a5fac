package org.forecourt.core.api.health;

import java.util.Map;

/**
 * Whiteboard service: something whose state belongs in {@code /api/health} (the database, the integration routes,
 * a module). Checks must be quick (well under a second) and must not throw.
 */
public interface HealthCheck {

    /** Section name in the report, e.g. {@code database}, {@code routes}. */
    String name();

    Result check();

    /**
     * @param up      whether it works
     * @param details what an operator needs to see (no secrets)
     */
    record Result(boolean up, Map<String, Object> details) {
        public Result {
            details = Map.copyOf(details);
        }

        public static Result up(Map<String, Object> details) {
            return new Result(true, details);
        }

        public static Result down(Map<String, Object> details) {
            return new Result(false, details);
        }
    }
}
