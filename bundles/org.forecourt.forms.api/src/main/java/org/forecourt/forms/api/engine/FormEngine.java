package org.forecourt.forms.api.engine;

import java.util.List;
import java.util.Map;

import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.LocalText;

/**
 * The forms engine: reads and checks definitions, evaluates answers (visibility, required, read-only, computed
 * values, validation, scores, pass rule). Stateless and thread-safe; expressions run on the server in a sandbox that
 * sees only the answers, the context and the engine's functions.
 *
 * <h2>Answers</h2>
 * Answers are a map from item key to a plain value: text-like items (text, text area, VIN, plate, mobile, ID card)
 * {@code String}; number and money {@code BigDecimal}; date {@code "2026-11-22"}, time {@code "14:30"}, date-time
 * {@code "2026-11-22T14:30"} as strings; choice the option value; multi-choice a {@code List<String>}; yes/no
 * {@code Boolean}; rating a {@code BigDecimal}; inspection a map {@code {grade: "OK"|"ATTENTION"|"URGENT", note:
 * String, photos: [attachment id…]}}; photo a {@code List<String>} of attachment ids; signature the attachment id;
 * reference a map {@code {id, label}} (filled from the context when submitted); group a {@code List<Map>} of rows.
 * Items inside sections are answered at top level by their key (sections do not nest answers); items inside a group
 * are answered inside its rows. Paths are {@code key}, {@code group[2].key}.
 */
public interface FormEngine {

    /** Largest definition document accepted, in characters. */
    int MAX_DEFINITION_CHARS = 1_000_000;
    /** Most items in one definition (all levels). */
    int MAX_ITEMS = 2_000;
    /** Deepest nesting of sections and groups. */
    int MAX_DEPTH = 6;
    /** Longest expression, in characters. */
    int MAX_EXPRESSION_CHARS = 1_000;

    /**
     * Reads a definition document: JSON syntax, the JSON Schema, then {@link #check}.
     *
     * @throws DefinitionException with every problem found (line/column for syntax errors)
     */
    FormDefinition parse(String json);

    /** Reads a document without the semantic checks (for drafts that are still being built); schema errors throw. */
    FormDefinition parseDraft(String json);

    /** The definition as a JSON document (stable property order, pretty printed). */
    String toJson(FormDefinition definition);

    /**
     * Every problem of a definition: keys (format, duplicates), types and their properties, options, limits,
     * expressions (syntax with position, unknown fields, cycles among computed values), the pass rule. Empty = the
     * definition can be published.
     */
    List<DefinitionProblem> check(FormDefinition definition);

    /**
     * Checks one expression as the designer's properties panel does while the author types: syntax (with position)
     * and names, as if it were the property {@code property} of the item at {@code itemPath}.
     */
    List<DefinitionProblem> checkExpression(FormDefinition definition, String itemPath, String property,
                                            String expression);

    /**
     * The definition a child form stands for: for {@code extend} the parent's items with the child's sections
     * added, replacing or removing unlocked sections; problems when the child touches a locked section.
     *
     * @throws DefinitionException when the child changes or removes a locked section of the parent
     */
    FormDefinition resolve(FormDefinition parent, FormDefinition child);

    /**
     * Evaluates answers.
     *
     * @param complete true to validate for submission (required answers, group row counts); false for a draft
     *                 (only the shape and values of what is answered are checked)
     */
    Evaluation evaluate(FormDefinition definition, Map<String, Object> answers, FormContext context,
                        boolean complete);

    /** Answers read from JSON into the value types listed above; unknown keys are kept (evaluate refuses them). */
    Map<String, Object> answersFromJson(String json);

    String answersToJson(Map<String, Object> answers);

    /** The differences from {@code before} to {@code after}, item by item, in the order of {@code after}. */
    List<ItemChange> diff(FormDefinition before, FormDefinition after);

    /** An instruction's text in the context's language with its placeholders filled. */
    String fillPlaceholders(LocalText text, FormContext context, Map<String, Object> answers);

    /** The published JSON Schema of definition documents. */
    String schema();
}
