package org.forecourt.forms.api;

import java.util.List;

import org.forecourt.forms.api.engine.DefinitionProblem;
import org.forecourt.forms.api.model.FormDefinition;

/**
 * A form with its working draft, as the designer edits it.
 *
 * @param summary    the form
 * @param definition the draft definition (the own items for an extending form; see {@link #resolved})
 * @param resolved   the draft as it would be published (parent items included)
 * @param problems   what stops publication, empty when it can be published
 * @param versions   the published and retired versions, newest first
 */
public record FormDraft(FormSummary summary, FormDefinition definition, FormDefinition resolved,
                        List<DefinitionProblem> problems, List<FormVersion> versions) {
    public FormDraft {
        problems = List.copyOf(problems);
        versions = List.copyOf(versions);
    }
}
