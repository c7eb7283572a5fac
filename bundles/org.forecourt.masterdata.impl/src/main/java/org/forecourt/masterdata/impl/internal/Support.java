package org.forecourt.masterdata.impl.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.FieldError;
import org.forecourt.core.api.ValidationException;
import org.forecourt.masterdata.api.MasterdataEvents;

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

    /** Now, to the millisecond (what every database keeps). */
    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Today in the actor's zone. */
    static LocalDate today(Clock clock, Actor actor) {
        ZoneId zone = actor.zone() == null ? ZoneId.of("Asia/Shanghai") : actor.zone();
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /**
     * The store a new record goes to: the draft's, else the actor's home store.
     *
     * @throws ValidationException (with the draft's other errors, if any) when there is none
     * @throws org.forecourt.core.api.NotPermittedException when it is outside the actor's scope
     */
    static long targetStore(Actor actor, Long draftStoreId, Runnable validateRest) {
        Long storeId = draftStoreId != null ? draftStoreId : actor.homeStoreId();
        if (storeId == null) {
            List<FieldError> errors = new ArrayList<>();
            errors.add(FieldError.of("storeId", Keys.REQUIRED));
            try {
                validateRest.run();
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
            throw new ValidationException(errors);
        }
        actor.scope().requireStore(storeId);
        return storeId;
    }

    /** Whether a failure was caused by a unique constraint (SQLState 23505 on Derby and PostgreSQL). */
    static boolean isUniqueViolation(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
            if (c instanceof SQLException sql && sql.getNextException() != null
                    && "23505".equals(sql.getNextException().getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static Map<String, Object> event(Actor actor, long id, Long storeId) {
        Map<String, Object> props = new HashMap<>();
        props.put(MasterdataEvents.ID, id);
        if (storeId != null) {
            props.put(MasterdataEvents.STORE_ID, storeId);
        }
        props.put(MasterdataEvents.USER_ID, actor.userId());
        return props;
    }
}
