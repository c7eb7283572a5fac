package org.forecourt.persistence.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;

import org.eclipse.persistence.platform.database.DerbyPlatform;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;

/**
 * {@link Instant}s in TIMESTAMP columns as UTC wall clock, whatever the JVM's zone. EclipseLink 5 maps Instant
 * natively but binds it as {@code setTimestamp(Timestamp.from(instant))} without a calendar, so drivers write the
 * JVM zone's wall clock, and read it back the same way: moving the server to another zone, or a JVM zone with
 * daylight saving, shifts every stored time. These platforms bind Instant parameters and read TIMESTAMP columns
 * that EclipseLink does not read itself (Instant attributes: EclipseLink's optimised reads cover Timestamp,
 * Date, Calendar and the java.time local/offset types, never Instant) with a UTC calendar. Other temporal types
 * keep EclipseLink's behaviour; entities use Instant for points in time.
 */
final class UtcTimestamps {

    private UtcTimestamps() {
    }

    static boolean bind(Object parameter, PreparedStatement statement, int index) throws SQLException {
        if (parameter instanceof Instant instant) {
            statement.setTimestamp(index, Timestamp.from(instant), AuditStore.utc());
            return true;
        }
        return false;
    }

    static boolean isTimestamp(int type) {
        return type == Types.TIMESTAMP;
    }

    static Object read(ResultSet resultSet, int column) throws SQLException {
        return resultSet.getTimestamp(column, AuditStore.utc());
    }

    /** Derby with UTC instants (class name given to EclipseLink as target database). */
    public static final class Derby extends DerbyPlatform {
        private static final long serialVersionUID = 1L;

        @Override
        public void setParameterValueInDatabaseCall(Object parameter, PreparedStatement statement, int index,
                org.eclipse.persistence.internal.sessions.AbstractSession session) throws SQLException {
            if (!bind(parameter, statement, index)) {
                super.setParameterValueInDatabaseCall(parameter, statement, index, session);
            }
        }

        @Override
        public Object getObjectFromResultSet(ResultSet resultSet, int columnNumber, int type,
                org.eclipse.persistence.internal.sessions.AbstractSession session) throws SQLException {
            return isTimestamp(type) ? read(resultSet, columnNumber)
                    : super.getObjectFromResultSet(resultSet, columnNumber, type, session);
        }
    }

    /** PostgreSQL with UTC instants (class name given to EclipseLink as target database). */
    public static final class Postgres extends PostgreSQLPlatform {
        private static final long serialVersionUID = 1L;

        @Override
        public void setParameterValueInDatabaseCall(Object parameter, PreparedStatement statement, int index,
                org.eclipse.persistence.internal.sessions.AbstractSession session) throws SQLException {
            if (!bind(parameter, statement, index)) {
                super.setParameterValueInDatabaseCall(parameter, statement, index, session);
            }
        }

        @Override
        public Object getObjectFromResultSet(ResultSet resultSet, int columnNumber, int type,
                org.eclipse.persistence.internal.sessions.AbstractSession session) throws SQLException {
            return isTimestamp(type) ? read(resultSet, columnNumber)
                    : super.getObjectFromResultSet(resultSet, columnNumber, type, session);
        }
    }
}
