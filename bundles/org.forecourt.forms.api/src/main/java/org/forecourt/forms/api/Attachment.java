package org.forecourt.forms.api;

import java.time.Instant;

/**
 * A photo or signature of a submission (stored without location metadata).
 *
 * @param id           opaque id referenced from the answers
 * @param submissionId the submission
 * @param path         the answer path it belongs to ({@code damage}, {@code brakes})
 * @param contentType  {@code image/jpeg} or {@code image/png}
 * @param size         bytes
 * @param width        pixels
 * @param height       pixels
 * @param createdAt    when
 */
public record Attachment(String id, long submissionId, String path, String contentType, long size, int width,
                         int height, Instant createdAt) {
}
