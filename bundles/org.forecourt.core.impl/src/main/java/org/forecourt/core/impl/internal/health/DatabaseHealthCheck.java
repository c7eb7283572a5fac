package org.forecourt.core.impl.internal.health;

import java.util.LinkedHashMap;
import java.util.Map;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.health.HealthCheck;
import org.forecourt.persistence.Jpa;

/** {@code database}: the kind of database and the latency of a trivial query; down with the error if it fails. */
public class DatabaseHealthCheck implements HealthCheck {

    private static final Actor SYSTEM = Actor.system("health");
    static final int TIMEOUT_MS = 2000;

    private final Jpa jpa;
    private final String kind;

    public DatabaseHealthCheck(Jpa jpa, String kind) {
        this.jpa = jpa;
        this.kind = kind;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public Result check() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", kind);
        String sql = "derby".equals(kind) ? "VALUES 1" : "SELECT 1";
        long start = System.nanoTime();
        try {
            jpa.read(SYSTEM, em -> em.createNativeQuery(sql)
                    .setHint("jakarta.persistence.query.timeout", TIMEOUT_MS).getSingleResult());
            details.put("latencyMs", (System.nanoTime() - start) / 1_000_000.0);
            return Result.up(details);
        } catch (RuntimeException e) {
            details.put("latencyMs", (System.nanoTime() - start) / 1_000_000.0);
            details.put("error", message(e));
            return Result.down(details);
        }
    }

    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return root.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
