package org.forecourt.persistence.internal;

import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.eclipse.persistence.logging.jul.JavaLog;

/**
 * EclipseLink's JUL log, except that the exceptions EclipseLink logs as warnings before throwing them (optimistic
 * lock failures, constraint violations, refusals of ours) are logged at FINE: every one of them reaches the caller,
 * who decides whether it is an error, and a conflict is no reason for a stack trace in the log.
 */
final class QuietJavaLog extends JavaLog {

    @Override
    public void log(SessionLogEntry entry) {
        if (entry.hasException() && entry.getLevel() == SessionLog.WARNING) {
            entry.setLevel(SessionLog.FINE);
        }
        super.log(entry);
    }
}
