package org.forecourt.forms.engine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.forecourt.forms.api.engine.DefinitionException;
import org.forecourt.forms.api.engine.DefinitionProblem;
import org.forecourt.forms.api.engine.FormEngine;
import org.forecourt.forms.api.model.Extension;
import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.FormItem;
import org.forecourt.forms.api.model.ItemOption;
import org.forecourt.forms.api.model.LocalText;
import org.forecourt.forms.api.model.RatingScale;
import org.forecourt.forms.api.model.ReferenceKind;
import org.forecourt.forms.api.model.Scoring;

/**
 * Definition documents: hardened reading (size, nesting, item count), the JSON Schema (loaded from this bundle, never
 * from the network), the mapping to and from the model, and pretty, stable writing.
 */
final class DefinitionJson {

    static final String SCHEMA_RESOURCE = "schema/form-definition.schema.json";
    /** JSON nesting accepted by the reader: far above what {@link FormEngine#MAX_DEPTH} needs, far below a stack overflow. */
    static final int MAX_JSON_NESTING = 64;
    static final int MAX_STRING_CHARS = 100_000;

    private final ObjectMapper mapper;
    private final String schemaText;
    private final JsonSchema schema;

    DefinitionJson() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_JSON_NESTING)
                        .maxDocumentLength(FormEngine.MAX_DEFINITION_CHARS * 4L)
                        .maxStringLength(MAX_STRING_CHARS)
                        .maxNumberLength(100)
                        .maxNameLength(1000)
                        .build())
                .build();
        mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .build();
        schemaText = readSchema();
        try {
            JsonNode schemaNode = mapper.readTree(schemaText);
            JsonSchemaFactory schemaFactory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                    b -> b.jsonMapper(mapper)
                            // no loaders at all: nothing is ever fetched (the schema has no external references)
                            .schemaLoaders(loaders -> loaders.values(List::clear)));
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .locale(Locale.ENGLISH)
                    .build();
            schema = schemaFactory.getSchema(schemaNode, config);
            schema.initializeValidators();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ObjectMapper mapper() {
        return mapper;
    }

    String schemaText() {
        return schemaText;
    }

    private static String readSchema() {
        try (InputStream in = DefinitionJson.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------- reading

    /** Reads, limits and schema-checks a document, then maps it. */
    FormDefinition read(String json) {
        JsonNode root = readTree(json);
        List<DefinitionProblem> problems = new ArrayList<>();
        for (ValidationMessage m : sorted(schema.validate(root))) {
            problems.add(schemaProblem(root, m));
        }
        if (!problems.isEmpty()) {
            throw new DefinitionException(problems);
        }
        return toModel(root);
    }

    private JsonNode readTree(String json) {
        if (json == null || json.isBlank()) {
            throw fail(DefinitionProblem.of("", null, "forms.def.json.empty"));
        }
        if (json.length() > FormEngine.MAX_DEFINITION_CHARS) {
            throw fail(DefinitionProblem.of("", null, "forms.def.tooLarge", json.length(),
                    FormEngine.MAX_DEFINITION_CHARS));
        }
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (StreamConstraintsException e) {
            String msg = String.valueOf(e.getOriginalMessage());
            if (msg.contains("depth")) {
                throw fail(DefinitionProblem.of("", null, "forms.def.tooDeep", FormEngine.MAX_DEPTH));
            }
            throw fail(DefinitionProblem.of("", null, "forms.def.tooLarge", json.length(),
                    FormEngine.MAX_DEFINITION_CHARS));
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
            int col = loc == null ? 0 : Math.max(0, loc.getColumnNr());
            throw fail(new DefinitionProblem("", null, "forms.def.json.syntax",
                    List.of(line, col, String.valueOf(e.getOriginalMessage())), line, col));
        }
        if (root == null || !root.isObject()) {
            throw fail(DefinitionProblem.of("", null, "forms.def.json.notObject"));
        }
        int[] counts = new int[2];
        measure(root.get("items"), 1, counts);
        if (counts[0] > FormEngine.MAX_ITEMS) {
            throw fail(DefinitionProblem.of("", "items", "forms.def.tooManyItems", counts[0], FormEngine.MAX_ITEMS));
        }
        if (counts[1] > FormEngine.MAX_DEPTH) {
            throw fail(DefinitionProblem.of("", "items", "forms.def.tooDeep", FormEngine.MAX_DEPTH));
        }
        return root;
    }

    /**
     * Counts items (counts[0]) and the deepest level (counts[1]); the recursion is bounded by the reader's nesting
     * limit and the count by the document size.
     */
    private static void measure(JsonNode items, int level, int[] counts) {
        if (items == null || !items.isArray()) {
            return;
        }
        for (JsonNode item : items) {
            counts[0]++;
            counts[1] = Math.max(counts[1], level);
            measure(item.get("items"), level + 1, counts);
        }
    }

    private static DefinitionException fail(DefinitionProblem p) {
        return new DefinitionException(List.of(p));
    }

    private static List<ValidationMessage> sorted(Set<ValidationMessage> messages) {
        List<ValidationMessage> list = new ArrayList<>(messages);
        list.sort(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                .thenComparing(ValidationMessage::getMessage));
        return list;
    }

    /** Maps a schema violation to the item path and property it concerns. */
    private static DefinitionProblem schemaProblem(JsonNode root, ValidationMessage m) {
        JsonNodePath loc = m.getInstanceLocation();
        List<String> keys = new ArrayList<>();
        String property = null;
        JsonNode node = root;
        String topProperty = null;
        int n = loc.getNameCount();
        for (int i = 0; i < n; i++) {
            Object seg = loc.getElement(i);
            String s = String.valueOf(seg);
            if ("items".equals(s) && i + 1 < n && loc.getElement(i + 1) instanceof Integer idx) {
                JsonNode items = node == null ? null : node.get("items");
                node = items == null ? null : items.get(idx);
                JsonNode key = node == null ? null : node.get("key");
                keys.add(key != null && key.isTextual() ? key.asText() : "[" + idx + "]");
                property = null;
                i++;
            } else {
                if (keys.isEmpty() && topProperty == null) {
                    topProperty = s;
                } else if (property == null) {
                    property = s;
                }
                node = node == null ? null : seg instanceof Integer idx ? node.get(idx) : node.get(s);
            }
        }
        String path = String.join(".", keys);
        if (keys.isEmpty() && topProperty != null && !"items".equals(topProperty)) {
            path = topProperty.equals("scoring") || topProperty.equals("extends") ? topProperty : "";
            property = path.isEmpty() ? topProperty : property;
        }
        if (property == null && m.getProperty() != null) {
            property = m.getProperty();
        }
        String type = m.getType() == null ? "" : m.getType();
        String key = switch (type) {
            case "required" -> "forms.def.schema.required";
            case "additionalProperties", "unevaluatedProperties" -> "forms.def.schema.unknownProperty";
            case "enum", "const" -> "forms.def.schema.notAllowed";
            case "type" -> "forms.def.schema.type";
            case "pattern", "propertyNames" -> "forms.def.schema.pattern";
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" -> "forms.def.schema.range";
            case "minLength", "maxLength", "minItems", "maxItems", "maxProperties", "minProperties" ->
                    "forms.def.schema.size";
            case "uniqueItems" -> "forms.def.schema.unique";
            case "not" -> "forms.def.schema.notApplicable";
            default -> "forms.def.schema.invalid";
        };
        return DefinitionProblem.of(path, property, key, property == null ? "" : property, m.getMessage());
    }

    private FormDefinition toModel(JsonNode root) {
        FormDefinition d = new FormDefinition();
        d.setKey(text(root, "key"));
        d.setTitle(localText(root.get("title")));
        d.setDescription(localText(root.get("description")));
        d.setKind(text(root, "kind"));
        d.setPurposes(strings(root.get("purposes")));
        JsonNode ext = root.get("extends");
        if (ext != null && ext.isObject()) {
            JsonNode v = ext.get("version");
            d.setExtension(new Extension(text(ext, "form"), v == null || !v.isNumber() ? null : v.intValue(),
                    enumValue(Extension.Mode.class, text(ext, "mode"))));
        }
        d.setAllowStoreAdditions(bool(root, "allowStoreAdditions"));
        JsonNode scoring = root.get("scoring");
        if (scoring != null && scoring.isObject()) {
            d.setScoring(new Scoring(text(scoring, "pass"), decimal(scoring, "attentionFactor")));
        }
        d.setRemoved(strings(root.get("removed")));
        d.setItems(items(root.get("items")));
        return d;
    }

    private List<FormItem> items(JsonNode array) {
        List<FormItem> list = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (JsonNode n : array) {
                list.add(item(n));
            }
        }
        return list;
    }

    private FormItem item(JsonNode n) {
        FormItem i = new FormItem();
        i.setKey(text(n, "key"));
        String type = text(n, "type");
        i.setType(type == null ? null : FieldType.fromJson(type));
        i.setLabel(localText(n.get("label")));
        i.setHelp(localText(n.get("help")));
        i.setPlaceholder(localText(n.get("placeholder")));
        i.setText(localText(n.get("text")));
        i.setRequired(bool(n, "required"));
        i.setRequiredIf(text(n, "requiredIf"));
        i.setVisibleIf(text(n, "visibleIf"));
        i.setReadOnlyIf(text(n, "readOnlyIf"));
        i.setWeight(decimal(n, "weight"));
        i.setCritical(bool(n, "critical"));
        i.setTags(strings(n.get("tags")));
        i.setMaxLength(integer(n, "maxLength"));
        i.setMin(decimal(n, "min"));
        i.setMax(decimal(n, "max"));
        i.setDecimals(integer(n, "decimals"));
        i.setUnit(localText(n.get("unit")));
        List<ItemOption> options = new ArrayList<>();
        JsonNode opts = n.get("options");
        if (opts != null && opts.isArray()) {
            for (JsonNode o : opts) {
                options.add(new ItemOption(text(o, "value"), localText(o.get("label")), decimal(o, "score")));
            }
        }
        i.setOptions(options);
        i.setDisplay(text(n, "display"));
        i.setMinSelected(integer(n, "minSelected"));
        i.setMaxSelected(integer(n, "maxSelected"));
        i.setScale(enumValue(RatingScale.class, text(n, "scale")));
        i.setMaxPhotos(integer(n, "maxPhotos"));
        i.setNoteRequired(bool(n, "noteRequired"));
        i.setRef(enumValue(ReferenceKind.class, text(n, "ref")));
        i.setExpression(text(n, "expression"));
        i.setLocked(bool(n, "locked"));
        i.setMinRows(integer(n, "minRows"));
        i.setMaxRows(integer(n, "maxRows"));
        i.setItems(items(n.get("items")));
        return i;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isTextual() ? null : v.asText();
    }

    private static boolean bool(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isBoolean() && v.booleanValue();
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.canConvertToInt() ? null : v.intValue();
    }

    private static BigDecimal decimal(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isNumber() ? null : v.decimalValue();
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (JsonNode s : array) {
                if (s.isTextual()) {
                    list.add(s.asText());
                }
            }
        }
        return list;
    }

    static LocalText localText(JsonNode n) {
        if (n == null || !n.isObject()) {
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isTextual()) {
                texts.put(e.getKey(), e.getValue().asText());
            }
        }
        return LocalText.of(texts);
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String json) {
        return json == null ? null : Enum.valueOf(type, json.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    static String enumJson(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    // ---------------------------------------------------------------------------------------------------- writing

    String write(FormDefinition d) {
        ObjectNode root = mapper.createObjectNode();
        put(root, "format", FormDefinition.FORMAT);
        put(root, "key", d.getKey());
        put(root, "title", d.getTitle());
        put(root, "description", d.getDescription());
        put(root, "kind", d.getKind());
        putStrings(root, "purposes", d.getPurposes());
        Extension ext = d.getExtension();
        if (ext != null) {
            ObjectNode e = root.putObject("extends");
            put(e, "form", ext.form());
            put(e, "version", ext.version());
            put(e, "mode", enumJson(ext.mode()));
        }
        put(root, "allowStoreAdditions", d.isAllowStoreAdditions());
        Scoring s = d.getScoring();
        if (s != null) {
            ObjectNode sc = root.putObject("scoring");
            put(sc, "pass", s.pass());
            put(sc, "attentionFactor", s.attentionFactor());
        }
        putStrings(root, "removed", d.getRemoved());
        ArrayNode items = root.putArray("items");
        for (FormItem i : d.getItems()) {
            items.add(itemNode(i));
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return mapper.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode itemNode(FormItem i) {
        ObjectNode n = mapper.createObjectNode();
        put(n, "key", i.getKey());
        put(n, "type", i.getType() == null ? null : i.getType().jsonName());
        put(n, "label", i.getLabel());
        put(n, "help", i.getHelp());
        put(n, "placeholder", i.getPlaceholder());
        put(n, "text", i.getText());
        put(n, "required", i.isRequired());
        put(n, "requiredIf", i.getRequiredIf());
        put(n, "visibleIf", i.getVisibleIf());
        put(n, "readOnlyIf", i.getReadOnlyIf());
        put(n, "weight", i.getWeight());
        put(n, "critical", i.isCritical());
        putStrings(n, "tags", i.getTags());
        put(n, "maxLength", i.getMaxLength());
        put(n, "min", i.getMin());
        put(n, "max", i.getMax());
        put(n, "decimals", i.getDecimals());
        put(n, "unit", i.getUnit());
        if (!i.getOptions().isEmpty()) {
            ArrayNode opts = n.putArray("options");
            for (ItemOption o : i.getOptions()) {
                ObjectNode on = opts.addObject();
                put(on, "value", o.value());
                put(on, "label", o.label());
                put(on, "score", o.score());
            }
        }
        put(n, "display", i.getDisplay());
        put(n, "minSelected", i.getMinSelected());
        put(n, "maxSelected", i.getMaxSelected());
        put(n, "scale", enumJson(i.getScale()));
        put(n, "maxPhotos", i.getMaxPhotos());
        put(n, "noteRequired", i.isNoteRequired());
        put(n, "ref", enumJson(i.getRef()));
        put(n, "expression", i.getExpression());
        put(n, "locked", i.isLocked());
        put(n, "minRows", i.getMinRows());
        put(n, "maxRows", i.getMaxRows());
        if (i.getType() != null && i.getType().isContainer() || !i.getItems().isEmpty()) {
            ArrayNode items = n.putArray("items");
            for (FormItem c : i.getItems()) {
                items.add(itemNode(c));
            }
        }
        return n;
    }

    private static void put(ObjectNode n, String field, Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return;
        }
        if (value instanceof String s) {
            n.put(field, s);
        } else if (value instanceof Boolean b) {
            n.put(field, b);
        } else if (value instanceof Integer v) {
            n.put(field, v);
        } else if (value instanceof BigDecimal v) {
            n.put(field, v);
        } else if (value instanceof LocalText t) {
            if (!t.isEmpty()) {
                ObjectNode o = n.putObject(field);
                texts(t).forEach(o::put);
            }
        } else {
            throw new IllegalArgumentException(field);
        }
    }

    /** zh-CN first, then en, then any other language in order. */
    private static Map<String, String> texts(LocalText t) {
        Map<String, String> ordered = new LinkedHashMap<>();
        Function<String, String> get = t::get;
        if (get.apply(LocalText.ZH) != null) {
            ordered.put(LocalText.ZH, get.apply(LocalText.ZH));
        }
        if (get.apply(LocalText.EN) != null) {
            ordered.put(LocalText.EN, get.apply(LocalText.EN));
        }
        t.texts().forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static void putStrings(ObjectNode n, String field, List<String> values) {
        if (values != null && !values.isEmpty()) {
            ArrayNode a = n.putArray(field);
            values.forEach(a::add);
        }
    }
}
