package org.forecourt.forms.api;

/**
 * Starts a submission: either for a purpose (the version bound for the store is used) or for a given version.
 *
 * @param purpose       the purpose, or null when {@code formVersionId} is given
 * @param formVersionId the version to fill, or null to resolve it from the purpose
 * @param storeId       the store
 * @param subject       what it is filled for (required for gating purposes)
 * @param customerId    the customer, or null
 * @param vehicleId     the vehicle, or null
 */
public record SubmissionRequest(String purpose, Long formVersionId, long storeId, SubjectRef subject, Long customerId,
                                Long vehicleId) {
}
