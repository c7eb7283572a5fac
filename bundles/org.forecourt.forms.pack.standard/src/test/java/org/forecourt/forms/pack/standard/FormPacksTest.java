package org.forecourt.forms.pack.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.forecourt.forms.engine.internal.FormEngineImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Checks every form of every pack in the repository's {@code forms/} folder (one sub-folder per pack) the way the
 * build must: the JSON Schema, both languages on every text, keys, purposes and instruction placeholders.
 */
class FormPacksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Properties of a form or an item that hold a {@code LocalText}. */
    private static final Set<String> TEXT_PROPERTIES = Set.of("title", "description", "label", "help", "placeholder",
            "text", "unit");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Set<String> CONTEXT_PLACEHOLDERS = Set.of("customer.name", "vehicle.model", "user.name",
            "store.name");

    static Path formsDir() {
        return Path.of(System.getProperty("forecourt.forms.dir", "../../forms")).toAbsolutePath().normalize();
    }

    /** Every {@code forms/<pack>/*.json}. */
    static List<Path> formFiles() {
        try (Stream<Path> packs = Files.list(formsDir())) {
            List<Path> files = new ArrayList<>();
            for (Path pack : packs.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> s = Files.list(pack)) {
                    s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    static String fileKey(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".json".length());
    }

    /** The schema as the engine ships it (its bundle's {@code schema/form-definition.schema.json}). */
    private static JsonSchema schema() throws IOException {
        try (InputStream in = FormEngineImpl.class.getResourceAsStream("/schema/form-definition.schema.json")) {
            assertThat(in).as("the engine's schema resource").isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void theStandardPackHoldsTheDefaultForms() {
        Set<String> keys = formFiles().stream().filter(f -> f.getParent().getFileName().toString().equals("standard"))
                .map(FormPacksTest::fileKey).collect(Collectors.toCollection(TreeSet::new));
        assertThat(keys).containsExactlyInAnyOrder("showroom-daily-prep", "needs-analysis", "test-drive-agreement",
                "pdi-checklist", "delivery-checklist", "reception-walkaround", "technician-self-check",
                "team-leader-check", "final-qc", "after-delivery-24h-manager-call",
                "after-delivery-7d-consultant-call", "first-service-invitation", "lost-customer-winback",
                "complaint-intake");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formFiles")
    void isValidAgainstTheSchema(Path file) throws IOException {
        Set<ValidationMessage> errors = schema().validate(read(file));
        assertThat(errors).as(file + " against form-definition.schema.json").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formFiles")
    void keyIsTheFileNameAndKindAndPurposesAreSet(Path file) {
        JsonNode form = read(file);
        assertThat(form.path("key").asText()).as("key of " + file).isEqualTo(fileKey(file));
        assertThat(form.path("kind").asText()).as("kind of " + file).isNotEmpty();
        assertThat(form.path("purposes")).as("purposes of " + file).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formFiles")
    void everyTextIsInChineseAndEnglish(Path file) {
        List<String> missing = new ArrayList<>();
        checkTexts(read(file), "", missing);
        assertThat(missing).as("texts without zh-CN or en in " + file).isEmpty();
    }

    private static void checkTexts(JsonNode node, String path, List<String> missing) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode child = node.get(i);
                checkTexts(child, path + "/" + child.path("key").asText(child.path("value").asText(String.valueOf(i))),
                        missing);
            }
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (TEXT_PROPERTIES.contains(e.getKey()) && e.getValue().isObject()) {
                for (String lang : List.of("zh-CN", "en")) {
                    if (e.getValue().path(lang).asText("").isBlank()) {
                        missing.add(path + "." + e.getKey() + " [" + lang + "]");
                    }
                }
            } else if (e.getValue().isContainerNode()) {
                checkTexts(e.getValue(), path, missing);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formFiles")
    void instructionPlaceholdersAreKnownAndTheSameInBothLanguages(Path file) {
        JsonNode form = read(file);
        Set<String> keys = new HashSet<>();
        List<JsonNode> instructions = new ArrayList<>();
        collect(form.path("items"), keys, instructions);
        List<String> problems = new ArrayList<>();
        for (JsonNode instruction : instructions) {
            String key = instruction.path("key").asText();
            Set<String> zh = placeholders(instruction.path("text").path("zh-CN").asText());
            Set<String> en = placeholders(instruction.path("text").path("en").asText());
            if (!zh.equals(en)) {
                problems.add(key + ": zh-CN has " + zh + ", en has " + en);
            }
            for (String p : zh) {
                boolean known = CONTEXT_PLACEHOLDERS.contains(p)
                        || p.startsWith("field:") && keys.contains(p.substring("field:".length()));
                if (!known) {
                    problems.add(key + ": unknown placeholder {" + p + "}");
                }
            }
        }
        assertThat(problems).as("placeholders in " + file).isEmpty();
    }

    private static void collect(JsonNode items, Set<String> keys, List<JsonNode> instructions) {
        for (JsonNode item : items) {
            keys.add(item.path("key").asText());
            if ("instruction".equals(item.path("type").asText())) {
                instructions.add(item);
            }
            collect(item.path("items"), keys, instructions);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void theChecksCatchABrokenForm() throws IOException {
        ObjectNode form = (ObjectNode) read(formsDir().resolve("standard/pdi-checklist.json"));
        ((ObjectNode) form.path("items").get(0)).put("type", "checkbox");
        ((ObjectNode) form.path("title")).remove("en");
        assertThat(schema().validate(form)).extracting(ValidationMessage::getInstanceLocation)
                .map(Object::toString).contains("$.items[0].type");
        List<String> missing = new ArrayList<>();
        checkTexts(form, "", missing);
        assertThat(missing).containsExactly(".title [en]");
    }

    @Test
    void formKeysAndPurposesAreUniqueWithinEachPack() {
        Map<Path, List<Path>> byPack = formFiles().stream().collect(Collectors.groupingBy(Path::getParent));
        List<String> problems = new ArrayList<>();
        byPack.forEach((pack, files) -> {
            Map<String, Path> keys = new HashMap<>();
            Map<String, Path> purposes = new HashMap<>();
            for (Path file : files) {
                JsonNode form = read(file);
                Path other = keys.put(form.path("key").asText(), file);
                if (other != null) {
                    problems.add("key " + form.path("key").asText() + " in " + other + " and " + file);
                }
                for (JsonNode purpose : form.path("purposes")) {
                    Path before = purposes.put(purpose.asText(), file);
                    if (before != null) {
                        problems.add("purpose " + purpose.asText() + " in " + before + " and " + file);
                    }
                }
            }
        });
        assertThat(problems).isEmpty();
    }
}
