/**
 * The form definition model: {@link org.forecourt.forms.api.model.FormDefinition} with its
 * {@link org.forecourt.forms.api.model.FormItem}s, in the shape of the published JSON Schema
 * ({@code form-definition.schema.json}). Read and write JSON with {@code FormEngine}.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.forecourt.forms.api.model;
