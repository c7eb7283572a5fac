package org.forecourt.forms.engine.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.forecourt.forms.api.engine.DefinitionException;
import org.forecourt.forms.api.engine.DefinitionProblem;
import org.forecourt.forms.api.engine.FormEngine;
import org.forecourt.forms.api.model.Extension;
import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.RatingScale;
import org.forecourt.forms.api.model.ReferenceKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.forecourt.forms.engine.internal.Fixtures.ENGINE;

class DefinitionJsonTest {

    private static List<DefinitionProblem> problems(String json) {
        try {
            ENGINE.parse(json);
        } catch (DefinitionException e) {
            return e.problems();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void readsTheModelWithJsonNamesAndBothLanguages() {
        FormDefinition d = Fixtures.walkaround();
        assertThat(d.getKey()).isEqualTo("test.walkaround");
        assertThat(d.getTitle().get("zh-CN")).isEqualTo("接车环检");
        assertThat(d.getItems()).extracting(i -> i.getType()).contains(FieldType.INSTRUCTION, FieldType.REFERENCE,
                FieldType.SECTION, FieldType.GROUP, FieldType.COMPUTED, FieldType.RATING, FieldType.SIGNATURE);
        assertThat(d.getItems().get(1).getRef()).isEqualTo(ReferenceKind.VEHICLE);
        assertThat(d.getItems().get(6).getScale()).isEqualTo(RatingScale.STARS_5);
        assertThat(d.getScoring().pass()).isEqualTo("!anyUrgent('safety') && percent >= 60");
        assertThat(d.getItems().get(2).getItems().get(0).getMax()).isEqualByComparingTo("2000000");
    }

    @Test
    void roundTripsThroughJson() {
        FormDefinition d = Fixtures.walkaround();
        d.setExtension(new Extension("group.walkaround", 2, Extension.Mode.EXTEND)).setRemoved(List.of("x"));
        String json = ENGINE.toJson(d);
        FormDefinition again = ENGINE.parseDraft(json);
        assertThat(ENGINE.toJson(again)).isEqualTo(json);
        assertThat(again.getExtension()).isEqualTo(new Extension("group.walkaround", 2, Extension.Mode.EXTEND));
        assertThat(ENGINE.diff(d, again)).isEmpty();
        assertThat(json).contains("\"extends\"").contains("\"type\" : \"yes-no\"")
                .contains("\"mode\" : \"extend\"").doesNotContain("null").doesNotContain("false")
                .doesNotContain("\"tags\" : [ ]");
    }

    @Test
    void syntaxErrorsTellLineAndColumn() {
        List<DefinitionProblem> p = problems("{\n  \"key\": \"x\",\n  \"title\": {\"en\": \"a\" \"zh-CN\": \"b\"}\n}");
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.messageKey()).isEqualTo("forms.def.json.syntax");
            assertThat(x.line()).isEqualTo(3);
            assertThat(x.column()).isGreaterThan(20);
        });
    }

    @Test
    void schemaProblemsNameTheItemAndProperty() {
        String json = """
                {"key": "t", "title": {"zh-CN": "测", "en": "T"}, "items": [
                  {"key": "a", "type": "text", "label": {"zh-CN": "甲", "en": "A"}, "colour": "red"},
                  {"key": "s", "type": "section", "label": {"zh-CN": "节", "en": "S"}, "items": [
                    {"key": "c", "type": "choice", "label": {"zh-CN": "丙", "en": "C"}},
                    {"key": "d", "type": "wheel", "label": {"zh-CN": "丁", "en": "D"}}
                  ]}
                ]}""";
        List<DefinitionProblem> p = problems(json);
        assertThat(p).anySatisfy(x -> {
            assertThat(x.path()).isEqualTo("a");
            assertThat(x.property()).isEqualTo("colour");
            assertThat(x.messageKey()).isEqualTo("forms.def.schema.unknownProperty");
        });
        assertThat(p).anySatisfy(x -> {
            assertThat(x.path()).isEqualTo("s.c");
            assertThat(x.property()).isEqualTo("options");
            assertThat(x.messageKey()).isEqualTo("forms.def.schema.required");
        });
        assertThat(p).anySatisfy(x -> {
            assertThat(x.path()).isEqualTo("s.d");
            assertThat(x.property()).isEqualTo("type");
            assertThat(x.messageKey()).isEqualTo("forms.def.schema.notAllowed");
        });
    }

    @Test
    void tenThousandFieldsAreRefusedClearly() {
        StringBuilder sb = new StringBuilder("{\"key\":\"big\",\"title\":{\"en\":\"B\",\"zh-CN\":\"大\"},\"items\":[");
        for (int i = 0; i < 10_000; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"key\":\"f").append(i)
                    .append("\",\"type\":\"text\",\"label\":{\"en\":\"x\",\"zh-CN\":\"x\"}}");
        }
        sb.append("]}");
        assertThat(problems(sb.toString())).singleElement().satisfies(x -> {
            assertThat(x.messageKey()).isEqualTo("forms.def.tooManyItems");
            assertThat(x.args()).containsExactly(10_000, FormEngine.MAX_ITEMS);
        });
    }

    @Test
    void tenThousandDeepNestingIsRefusedWithoutStackOverflow() {
        StringBuilder sb = new StringBuilder("{\"key\":\"deep\",\"title\":{\"en\":\"D\"},\"items\":");
        int depth = 10_000;
        for (int i = 0; i < depth; i++) {
            sb.append("[{\"key\":\"s").append(i).append("\",\"type\":\"section\",\"label\":{\"en\":\"s\"},\"items\":");
        }
        sb.append("[]");
        for (int i = 0; i < depth; i++) {
            sb.append("}]");
        }
        sb.append("}");
        assertThat(problems(sb.toString())).singleElement()
                .satisfies(x -> assertThat(x.messageKey()).isEqualTo("forms.def.tooDeep"));
        // plain arrays nested 10,000 deep as well
        assertThat(problems("{\"key\":\"x\",\"purposes\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}"))
                .singleElement().satisfies(x -> assertThat(x.messageKey()).isEqualTo("forms.def.tooDeep"));
    }

    @Test
    void sevenLevelsOfSectionsAreTooDeep() {
        StringBuilder sb = new StringBuilder("{\"key\":\"deep\",\"title\":{\"en\":\"D\",\"zh-CN\":\"深\"},\"items\":");
        int depth = FormEngine.MAX_DEPTH + 1;
        for (int i = 0; i < depth; i++) {
            sb.append("[{\"key\":\"s").append(i)
                    .append("\",\"type\":\"section\",\"label\":{\"en\":\"s\",\"zh-CN\":\"节\"},\"items\":");
        }
        sb.append("[{\"key\":\"leaf\",\"type\":\"text\",\"label\":{\"en\":\"l\",\"zh-CN\":\"叶\"}}]");
        sb.append("}]".repeat(depth)).append("}");
        assertThat(problems(sb.toString())).singleElement()
                .satisfies(x -> assertThat(x.messageKey()).isEqualTo("forms.def.tooDeep"));
    }

    @Test
    void oversizedDocumentsAreRefusedBeforeReading() {
        String huge = "{\"key\":\"x\",\"title\":{\"en\":\"" + "a".repeat(FormEngine.MAX_DEFINITION_CHARS) + "\"}}";
        assertThat(problems(huge)).singleElement()
                .satisfies(x -> assertThat(x.messageKey()).isEqualTo("forms.def.tooLarge"));
    }

    @Test
    void htmlInLabelsIsKeptAsPlainTextData() {
        String json = """
                {"key": "t", "title": {"zh-CN": "<b>标题</b>", "en": "<script>alert(1)</script>"}, "items": [
                  {"key": "a", "type": "text", "label": {"zh-CN": "<img src=x onerror=alert(1)>", "en": "A & B"}}]}""";
        FormDefinition d = ENGINE.parse(json);
        assertThat(d.getTitle().get("en")).isEqualTo("<script>alert(1)</script>");
        assertThat(d.getItems().get(0).getLabel().get("zh-CN")).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(ENGINE.parse(ENGINE.toJson(d)).getTitle().get("en")).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void theSchemaComesFromTheBundleAndMatchesTheDocsCopy() throws IOException {
        String schema = ENGINE.schema();
        assertThat(schema).contains("\"$id\": \"" + FormDefinition.SCHEMA_ID + "\"");
        Path docs = Path.of("../../docs/form-definition.schema.json");
        assertThat(docs).exists();
        assertThat(Files.readString(docs, StandardCharsets.UTF_8))
                .as("docs/form-definition.schema.json must be a copy of the bundle's schema").isEqualTo(schema);
    }

    @Test
    void emptyAndNonObjectDocumentsAreRefused() {
        assertThat(problems("")).extracting(DefinitionProblem::messageKey).containsExactly("forms.def.json.empty");
        assertThat(problems("[1]")).extracting(DefinitionProblem::messageKey)
                .containsExactly("forms.def.json.notObject");
        assertThatThrownBy(() -> ENGINE.parseDraft("{\"key\": 1}")).isInstanceOf(DefinitionException.class);
    }
}
