package org.forecourt.integration.internal.store;

import java.util.IdentityHashMap;
import java.util.Map;

/** A short stack trace: each exception of the cause chain with its first frames. */
final class StackSummary {

    static final int FRAMES = 8;
    static final int MAX = 8000;

    private StackSummary() {
    }

    static String of(Throwable error) {
        StringBuilder sb = new StringBuilder();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = error; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t != error) {
                sb.append("Caused by: ");
            }
            sb.append(t.getClass().getName());
            if (t.getMessage() != null) {
                sb.append(": ").append(t.getMessage());
            }
            sb.append('\n');
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                sb.append("\tat ").append(frames[i]).append('\n');
            }
            if (frames.length > FRAMES) {
                sb.append("\t... ").append(frames.length - FRAMES).append(" more\n");
            }
            if (sb.length() > MAX) {
                break;
            }
        }
        return IntegrationStore.truncate(sb.toString(), MAX);
    }
}
