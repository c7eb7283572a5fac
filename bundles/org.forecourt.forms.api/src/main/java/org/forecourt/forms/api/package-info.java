/**
 * Low-code forms: forms and versions ({@link org.forecourt.forms.api.FormService}), purposes and bindings
 * ({@link org.forecourt.forms.api.BindingService}, {@link org.forecourt.forms.api.PurposeContribution}),
 * submissions ({@link org.forecourt.forms.api.SubmissionService}) and gates
 * ({@link org.forecourt.forms.api.FormGate}). The definition model is in {@code model}, the engine in
 * {@code engine}.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.forecourt.forms.api;
