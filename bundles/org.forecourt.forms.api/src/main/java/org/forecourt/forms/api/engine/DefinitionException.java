package org.forecourt.forms.api.engine;

import java.util.List;

import org.forecourt.core.api.ForecourtException;

/** A form definition that cannot be used: the problems say where and why. */
public class DefinitionException extends ForecourtException {
    private static final long serialVersionUID = 1L;
    private final transient List<DefinitionProblem> problems;

    public DefinitionException(List<DefinitionProblem> problems) {
        super(problems.isEmpty() ? "forms.def.invalid" : problems.get(0).messageKey(),
                problems.isEmpty() ? new Object[0] : problems.get(0).args().toArray());
        this.problems = List.copyOf(problems);
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }
}
