package org.forecourt.forms.api.engine;

import java.util.List;

/**
 * Something wrong with a form definition, found by {@link FormEngine#check}.
 *
 * @param path       where: the item path ({@code brakes}, {@code parts.qty}, {@code scoring.pass}), or {@code ""} for
 *                   the document itself
 * @param property   the property at fault ({@code visibleIf}, {@code options}, {@code key} …), or null
 * @param messageKey a key of the engine's messages, e.g. {@code forms.def.expr.unknownField}
 * @param args       message arguments
 * @param line       for expressions and JSON syntax: the 1-based line of the error, or 0
 * @param column     for expressions and JSON syntax: the 1-based column of the error, or 0
 */
public record DefinitionProblem(String path, String property, String messageKey, List<Object> args, int line,
                                int column) {
    public DefinitionProblem {
        args = List.copyOf(args);
    }

    public static DefinitionProblem of(String path, String property, String messageKey, Object... args) {
        return new DefinitionProblem(path, property, messageKey, List.of(args), 0, 0);
    }
}
