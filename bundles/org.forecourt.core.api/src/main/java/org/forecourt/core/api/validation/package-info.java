/**
 * Validators for the Chinese identifiers staff type every day: mobile numbers
 * ({@link org.forecourt.core.api.validation.ChineseMobile}), resident identity cards
 * ({@link org.forecourt.core.api.validation.ChineseIdCard}), unified social credit codes
 * ({@link org.forecourt.core.api.validation.SocialCreditCode}), vehicle identification numbers
 * ({@link org.forecourt.core.api.validation.Vin}) and licence plates
 * ({@link org.forecourt.core.api.validation.LicencePlate}).
 *
 * <p>Every validator is a final class of static methods with the same shape:
 * <ul>
 * <li>{@code Optional<String> problem(String raw)} returns empty when the value is valid, otherwise a
 * message key of the form {@code validation.<kind>.<problem>} (messages live in
 * {@code i18n/validation.properties} and {@code i18n/validation_zh_CN.properties}). Null or blank
 * input (or input of separators only, such as a {@code "-"} placeholder) gives
 * {@code validation.<kind>.empty}; deciding whether a field is required is the caller's
 * job.</li>
 * <li>{@code String normalize(String raw)} returns the canonical form, or throws
 * {@link java.lang.IllegalArgumentException} whose message is the same key {@code problem} reports
 * (never the value itself, so personal data does not end up in logs).</li>
 * </ul>
 * Validation always runs on the normalized form: surrounding and inner spaces, dashes, full-width
 * characters typed with a Chinese IME and lower-case letters are tolerated.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.forecourt.core.api.validation;
