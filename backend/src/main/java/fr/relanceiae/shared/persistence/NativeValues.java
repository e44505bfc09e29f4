package fr.relanceiae.shared.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native query rows, whichever Java type the driver and Hibernate give them. */
public final class NativeValues {

    private NativeValues() {
    }

    /** A {@code timestamptz} column, or null. */
    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
