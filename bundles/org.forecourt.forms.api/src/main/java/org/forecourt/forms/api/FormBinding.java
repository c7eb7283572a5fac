package org.forecourt.forms.api;

import java.time.Instant;

import org.forecourt.forms.api.model.LocalText;

/**
 * A form bound to a purpose for the group, a brand or a store. The most specific binding applies: store, then brand,
 * then group.
 *
 * @param id        the binding
 * @param purpose   the purpose id
 * @param owner     where it applies
 * @param formId    the form (its current published version is used)
 * @param formKey   its key
 * @param formTitle its title
 * @param boundAt   when
 * @param boundBy   who
 */
public record FormBinding(long id, String purpose, FormOwner owner, long formId, String formKey, LocalText formTitle,
                          Instant boundAt, String boundBy) {
}
