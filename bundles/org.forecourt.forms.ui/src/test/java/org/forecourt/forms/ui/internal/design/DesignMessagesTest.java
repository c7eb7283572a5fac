package org.forecourt.forms.ui.internal.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.forecourt.forms.api.VersionStatus;
import org.forecourt.forms.api.engine.ItemChange;
import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.RatingScale;
import org.forecourt.forms.api.model.ReferenceKind;

/**
 * The designer's texts: both languages have the same keys, the Chinese is Chinese, every text is a valid
 * MessageFormat pattern, and every key the designer and admin screens use exists.
 */
class DesignMessagesTest {

    private static final List<Path> SOURCES = List.of(
            Path.of("src/main/java/org/forecourt/forms/ui/internal/design"),
            Path.of("src/main/java/org/forecourt/forms/ui/internal/admin"));
    private static final Pattern KEY_LITERAL = Pattern.compile("\"(forms\\.(design|admin)\\.[A-Za-z0-9_.-]*)\"");

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = DesignMessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndTheChineseIsChinese() throws IOException {
        Properties en = load("/i18n/forms-design.properties");
        Properties zh = load("/i18n/forms-design_zh_CN.properties");
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        assertThat(en.stringPropertyNames()).allMatch(k -> k.startsWith("forms.design.") || k.startsWith("forms.admin."));
        Set<String> notChinese = new TreeSet<>();
        for (String key : zh.stringPropertyNames()) {
            boolean han = zh.getProperty(key).codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            if (!han && !Set.of("forms.design.type.vin", "forms.design.new.vin", "forms.admin.import",
                    "forms.admin.export", "forms.admin.export.download", "forms.design.flag.weight")
                    .contains(key)) {
                notChinese.add(key);
            }
        }
        assertThat(notChinese).isEmpty();
    }

    @Test
    void everyTextIsAValidPatternWithoutStrayApostrophes() throws IOException {
        for (String file : new String[] {"/i18n/forms-design.properties", "/i18n/forms-design_zh_CN.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                String formatted = new MessageFormat(value, Locale.ROOT).format(new Object[] {1, "x", "y"});
                assertThat(value.replace("''", "").replaceAll("'\\{[^']*'", ""))
                        .as(file + " " + key + ": write an apostrophe as ''").doesNotContain("'");
                assertThat(formatted.replaceAll("\\{[a-z]+[.:][a-z]+}", "")).as(file + " " + key)
                        .doesNotContain("{");
            }
        }
    }

    @Test
    void theDefaultLabelsOfNewItemsExistInBothLanguages() {
        for (FieldType t : FieldType.values()) {
            assertThat(Texts.defaultLabel(t).get("zh-CN")).as(t.name()).doesNotStartWith("forms.");
            assertThat(Texts.defaultLabel(t).get("en")).as(t.name()).doesNotStartWith("forms.");
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Properties en = load("/i18n/forms-design.properties");
        Set<String> missing = new TreeSet<>();
        for (Path dir : SOURCES) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = KEY_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (m.find()) {
                        for (String key : expand(m.group(1))) {
                            if (!en.containsKey(key)) {
                                missing.add(file.getFileName() + ": " + key);
                            }
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** A key ending in {@code .} is completed in the code with the values listed here. */
    private static Set<String> expand(String key) {
        if (!key.endsWith(".")) {
            return Set.of(key);
        }
        List<String> suffixes = switch (key) {
            case "forms.admin.derive.mode.", "forms.design.mode." -> List.of("copy", "extend");
            case "forms.design.change." -> names(ItemChange.Kind.values());
            case "forms.design.display." -> List.of("radio", "list");
            case "forms.design.kind." -> PropertiesPanel.KINDS;
            case "forms.design.new.", "forms.design.type." ->
                    Arrays.stream(FieldType.values()).map(FieldType::jsonName).toList();
            case "forms.design.owner." -> List.of("group", "brand", "store");
            case "forms.design.palette." -> List.copyOf(Palette.GROUPS.keySet());
            case "forms.design.ref." -> names(ReferenceKind.values());
            case "forms.design.scale." -> names(RatingScale.values());
            case "forms.design.status." -> names(VersionStatus.values());
            default -> throw new AssertionError("Unknown key prefix " + key);
        };
        Set<String> out = new TreeSet<>();
        suffixes.forEach(s -> out.add(key + s));
        return out;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
