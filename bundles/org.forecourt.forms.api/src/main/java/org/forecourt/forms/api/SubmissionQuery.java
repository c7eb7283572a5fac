package org.forecourt.forms.api;

import java.time.Instant;

/** Filters of the submissions list; null = any. */
public record SubmissionQuery(String purpose, String formKey, Long storeId, SubjectRef subject, Long customerId,
                              Long vehicleId, SubmissionStatus status, Boolean passed, Instant from, Instant to) {
    public static SubmissionQuery all() {
        return new SubmissionQuery(null, null, null, null, null, null, null, null, null, null);
    }
}
