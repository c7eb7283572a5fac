package org.forecourt.forms.api;

/**
 * Whether a step may complete.
 *
 * @param open         true when the step may complete
 * @param reason       message key: {@code forms.gate.open.passed}, {@code forms.gate.open.unbound},
 *                     {@code forms.gate.closed.missing}, {@code forms.gate.closed.draft},
 *                     {@code forms.gate.closed.failed}
 * @param purpose      the purpose
 * @param formKey      the form that must be filled, or null when none is bound
 * @param version      its version number, or null
 * @param submissionId the submission that opened (or failed) the gate, or null
 */
public record GateResult(boolean open, String reason, String purpose, String formKey, Integer version,
                         Long submissionId) {
}
