package org.forecourt.forms.engine.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.forecourt.core.api.ValidationException;
import org.forecourt.forms.api.engine.DefinitionException;
import org.forecourt.forms.api.engine.DefinitionProblem;
import org.forecourt.forms.api.engine.Evaluation;
import org.forecourt.forms.api.engine.FormContext;
import org.forecourt.forms.api.engine.FormEngine;
import org.forecourt.forms.api.engine.ItemChange;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.LocalText;
import org.osgi.service.component.annotations.Component;

/**
 * The forms engine. Stateless and thread-safe; the JSON reader, the schema and the compiled expressions are shared by
 * every instance, so tests of other modules can simply {@code new FormEngineImpl()}.
 */
@Component(service = FormEngine.class)
public class FormEngineImpl implements FormEngine {

    /** Built once per class loader: the schema and the expression engine are costly to set up. */
    private static final class Shared {
        static final DefinitionJson JSON = new DefinitionJson();
        static final Expressions EXPRESSIONS = new Expressions();
        static final DefinitionChecker CHECKER = new DefinitionChecker(EXPRESSIONS);
    }

    public FormEngineImpl() {
        // everything lives in Shared
    }

    @Override
    public FormDefinition parse(String json) {
        FormDefinition d = Shared.JSON.read(json);
        List<DefinitionProblem> problems = check(d);
        if (!problems.isEmpty()) {
            throw new DefinitionException(problems);
        }
        return d;
    }

    @Override
    public FormDefinition parseDraft(String json) {
        return Shared.JSON.read(json);
    }

    @Override
    public String toJson(FormDefinition definition) {
        return Shared.JSON.write(definition);
    }

    @Override
    public List<DefinitionProblem> check(FormDefinition definition) {
        return Shared.CHECKER.check(definition);
    }

    @Override
    public List<DefinitionProblem> checkExpression(FormDefinition definition, String itemPath, String property,
                                                   String expression) {
        return Shared.CHECKER.checkExpression(definition, itemPath, property, expression);
    }

    @Override
    public FormDefinition resolve(FormDefinition parent, FormDefinition child) {
        return Inheritance.resolve(parent, child);
    }

    @Override
    public Evaluation evaluate(FormDefinition definition, Map<String, Object> answers, FormContext context,
                               boolean complete) {
        return new Evaluator(Shared.EXPRESSIONS, definition, answers, context, complete).run();
    }

    @Override
    public Map<String, Object> answersFromJson(String json) {
        if (json == null || json.isBlank()) {
            return new LinkedHashMap<>();
        }
        if (json.length() > MAX_DEFINITION_CHARS) {
            throw ValidationException.of("", "forms.answer.json.tooLarge", MAX_DEFINITION_CHARS);
        }
        JsonNode root;
        try {
            root = Shared.JSON.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw ValidationException.of("", "forms.answer.json.invalid", loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr());
        }
        if (root == null || !root.isObject()) {
            throw ValidationException.of("", "forms.answer.json.invalid", 1, 1);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) plain(root);
        return m;
    }

    /** JSON to plain values: objects as ordered maps, arrays as lists, numbers as BigDecimal. */
    private static Object plain(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                m.put(e.getKey(), plain(e.getValue()));
            }
            return m;
        }
        if (n.isArray()) {
            List<Object> l = new ArrayList<>();
            n.forEach(x -> l.add(plain(x)));
            return l;
        }
        if (n.isNumber()) {
            BigDecimal d = n.decimalValue();
            return d;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        return n.asText();
    }

    @Override
    public String answersToJson(Map<String, Object> answers) {
        try {
            return Shared.JSON.mapper().writeValueAsString(answers == null ? Map.of() : answers);
        } catch (IOException e) {
            throw new IllegalArgumentException("answers cannot be written as JSON", e);
        }
    }

    @Override
    public List<ItemChange> diff(FormDefinition before, FormDefinition after) {
        return Differ.diff(before, after);
    }

    @Override
    public String fillPlaceholders(LocalText text, FormContext context, Map<String, Object> answers) {
        return Placeholders.fill(text, context, answers);
    }

    @Override
    public String schema() {
        return Shared.JSON.schemaText();
    }
}
