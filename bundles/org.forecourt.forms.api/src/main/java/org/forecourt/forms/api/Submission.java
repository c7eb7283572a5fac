package org.forecourt.forms.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A filled (or being filled) form.
 *
 * @param id            the submission
 * @param formVersionId the exact version it was filled with
 * @param formKey       the form's key
 * @param versionNumber the version's number
 * @param purpose       the purpose it was filled for, or null (filled directly)
 * @param storeId       the store it belongs to
 * @param subject       what it was filled for, or null
 * @param customerId    the customer, or null
 * @param vehicleId     the vehicle, or null
 * @param status        draft or submitted
 * @param answers       the answers (see {@link org.forecourt.forms.api.engine.FormEngine}); computed and reference
 *                      values as they were when submitted
 * @param points        score points (submitted and scored forms), or null
 * @param maxPoints     points possible, or null
 * @param percent       percent, or null
 * @param passed        the pass verdict (submitted forms), or null for drafts
 * @param filledBy      who filled it
 * @param startedAt     when it was started
 * @param submittedAt   when it was submitted, or null
 * @param revision      optimistic-lock revision
 */
public record Submission(long id, long formVersionId, String formKey, int versionNumber, String purpose, long storeId,
                         SubjectRef subject, Long customerId, Long vehicleId, SubmissionStatus status,
                         Map<String, Object> answers, BigDecimal points, BigDecimal maxPoints, BigDecimal percent,
                         Boolean passed, String filledBy, Instant startedAt, Instant submittedAt, long revision) {
}
