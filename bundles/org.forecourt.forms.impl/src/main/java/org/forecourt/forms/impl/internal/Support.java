package org.forecourt.forms.impl.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.NotPermittedException;
import org.forecourt.forms.api.model.LocalText;

/** Small helpers shared by the services. */
final class Support {

    static final int MAX_LIMIT = 500;

    private Support() {
    }

    static void checkPage(int offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset < 0: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
    }

    /** @throws NotPermittedException unless the actor holds one of the permissions */
    static void requireAny(Actor actor, String... permissions) {
        for (String p : permissions) {
            if (actor.has(p)) {
                return;
            }
        }
        throw new NotPermittedException("error.permission.missing", permissions[0]);
    }

    /** Who, for the "by" columns. */
    static String who(Actor actor) {
        String name = actor.displayName() == null || actor.displayName().isBlank() ? actor.username()
                : actor.displayName();
        return truncate(name == null ? "?" : name, 200);
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    static String zh(LocalText t) {
        return t == null ? null : truncate(t.get(LocalText.ZH), 400);
    }

    static String en(LocalText t) {
        return t == null ? null : truncate(t.get(LocalText.EN), 400);
    }

    static String joinPurposes(List<String> purposes) {
        return purposes == null || purposes.isEmpty() ? null : truncate(String.join(",", purposes), 2000);
    }

    static List<String> splitPurposes(String purposes) {
        return purposes == null || purposes.isBlank() ? List.of()
                : new ArrayList<>(Arrays.asList(purposes.split(",")));
    }

    /** Whether a failure was caused by a unique constraint (SQLState 23505 on Derby and PostgreSQL). */
    static boolean isUniqueViolation(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if ("23505".equals(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
