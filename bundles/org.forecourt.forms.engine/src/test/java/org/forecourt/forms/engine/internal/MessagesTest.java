package org.forecourt.forms.engine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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

import static org.assertj.core.api.Assertions.assertThat;

/** Every message key the engine emits is translated in both languages and is a valid MessageFormat pattern. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyEmittedKeyIsTranslated() throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern key = Pattern.compile("\"(forms\\.(?:def|answer)\\.[A-Za-z.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(40);
        Properties en = load("forms-engine.properties");
        Properties zh = load("forms-engine_zh_CN.properties");
        assertThat(en.stringPropertyNames()).containsAll(keys);
        assertThat(zh.stringPropertyNames()).containsAll(keys).isEqualTo(en.stringPropertyNames());
        for (String k : en.stringPropertyNames()) {
            assertThat(new MessageFormat(en.getProperty(k), Locale.ENGLISH).format(new Object[] {"a", 1, 2, 3}))
                    .isNotBlank();
            assertThat(new MessageFormat(zh.getProperty(k), Locale.SIMPLIFIED_CHINESE)
                    .format(new Object[] {"a", 1, 2, 3})).isNotBlank();
        }
    }
}
