package org.forecourt.core.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.forecourt.core.api.i18n.Messages;
import org.forecourt.persistence.AuditAction;

/** The texts: both languages complete and alike, every key the screens use present, every pattern valid. */
class CoreUiMessagesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CoreUiMessagesTest.class.getResourceAsStream("/i18n/" + name);
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    static Set<String> keys(Properties p) {
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void registeredUnderTheFilesBaseName() {
        CoreUiMessages bundle = new CoreUiMessages();
        assertThat(bundle.baseName()).isEqualTo("i18n.coreui");
        assertThat(bundle.classLoader().getResource("i18n/coreui.properties")).isNotNull();
        assertThat(bundle.classLoader().getResource("i18n/coreui_zh_CN.properties")).isNotNull();
    }

    @Test
    void bothLanguagesHaveTheSameKeysAllPrefixed() throws IOException {
        Properties en = load("coreui.properties");
        Properties zh = load("coreui_zh_CN.properties");
        assertThat(keys(zh)).isEqualTo(keys(en));
        assertThat(keys(en)).allMatch(k -> k.startsWith("coreui."));
    }

    @Test
    void patternsAreValidAndUseTheSameArguments() throws IOException {
        Properties en = load("coreui.properties");
        Properties zh = load("coreui_zh_CN.properties");
        for (String key : keys(en)) {
            MessageFormat f = new MessageFormat(en.getProperty(key), Locale.ENGLISH);
            MessageFormat g = new MessageFormat(zh.getProperty(key), Locale.SIMPLIFIED_CHINESE);
            assertThat(g.getFormatsByArgumentIndex().length).as(key)
                    .isEqualTo(f.getFormatsByArgumentIndex().length);
            assertThat(en.getProperty(key)).as(key).doesNotContain("'");
            assertThat(zh.getProperty(key)).as(key).doesNotContain("'").isNotBlank();
        }
    }

    @Test
    void chineseTextIsChinese() throws IOException {
        Properties zh = load("coreui_zh_CN.properties");
        assertThat(zh.getProperty("coreui.menu.users")).isEqualTo("用户管理");
        long chinese = keys(zh).stream().filter(k -> zh.getProperty(k).codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).count();
        // everything but the language names and code-like texts
        assertThat(chinese).isGreaterThan(keys(zh).size() - 5);
    }

    @Test
    void pluralsRender() throws IOException {
        Properties en = load("coreui.properties");
        assertThat(MessageFormat.format(en.getProperty("coreui.roles.changes"), 1)).isEqualTo("1 unsaved change");
        assertThat(MessageFormat.format(en.getProperty("coreui.roles.changes"), 3)).isEqualTo("3 unsaved changes");
    }

    @Test
    void everyKeyTheScreensUseExists() throws IOException {
        Set<String> keys = keys(load("coreui.properties"));
        Pattern literal = Pattern.compile("\"(coreui\\.[A-Za-z0-9_.-]*[A-Za-z0-9_-])\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (AuditAction a : AuditAction.values()) {
            used.add("coreui.audit.action." + a.name());
        }
        for (Locale l : Messages.SUPPORTED) {
            used.add("coreui.language." + l.toLanguageTag());
        }
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(keys).containsAll(used);
    }
}
