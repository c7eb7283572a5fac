package org.forecourt.integration.ui.internal;

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

/** The screen's texts: both languages complete and alike, every key the screen uses present, patterns valid. */
class IntegrationUiMessagesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = IntegrationUiMessagesTest.class.getResourceAsStream("/i18n/" + name);
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void registeredUnderTheFilesBaseName() {
        IntegrationUiMessages bundle = new IntegrationUiMessages();
        assertThat(bundle.classLoader().getResource(bundle.baseName().replace('.', '/') + ".properties"))
                .isNotNull();
        assertThat(bundle.classLoader().getResource(bundle.baseName().replace('.', '/') + "_zh_CN.properties"))
                .isNotNull();
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndValidPatterns() throws IOException {
        Properties en = load("integrationui.properties");
        Properties zh = load("integrationui_zh_CN.properties");
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        assertThat(en.stringPropertyNames()).allMatch(k -> k.startsWith("integration.ui."));
        for (String k : en.stringPropertyNames()) {
            MessageFormat a = new MessageFormat(en.getProperty(k), Locale.ENGLISH);
            MessageFormat b = new MessageFormat(zh.getProperty(k), Locale.SIMPLIFIED_CHINESE);
            assertThat(b.getFormatsByArgumentIndex().length).as(k).isEqualTo(a.getFormatsByArgumentIndex().length);
            assertThat(zh.getProperty(k)).as(k).isNotEqualTo(en.getProperty(k).isEmpty() ? "x" : "");
        }
        // the Chinese file is Chinese
        assertThat(zh.getProperty("integration.ui.title")).isEqualTo("系统对接");
    }

    @Test
    void everyKeyTheScreenUsesExists() throws IOException {
        Properties en = load("integrationui.properties");
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(integration\\.ui\\.[A-Za-z0-9.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(en.stringPropertyNames()).containsAll(used);
    }
}
