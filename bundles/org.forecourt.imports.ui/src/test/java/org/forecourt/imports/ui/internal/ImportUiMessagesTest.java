package org.forecourt.imports.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
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

import org.junit.jupiter.api.Test;

/** The screen's texts: the same keys in English and Chinese, valid patterns, and every key the view uses. */
class ImportUiMessagesTest {

    private static Properties load(String name) throws IOException {
        try (InputStream in = ImportUiMessages.class.getClassLoader().getResourceAsStream("i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes())).toString();
            Properties p = new Properties();
            p.load(new StringReader(text));
            return p;
        }
    }

    @Test
    void sameKeysInBothLanguagesWithTheSameArguments() throws IOException {
        Properties en = load("importsui.properties");
        Properties zh = load("importsui_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(key).startsWith("importui.");
            assertThat(en.getProperty(key)).as(key).doesNotMatch(".*\\p{IsHan}.*");
            if (en.getProperty(key).replaceAll("\\{[^}]*}", "").matches("(?s).*\\p{L}.*")) { // not just placeholders
                assertThat(zh.getProperty(key)).as(key).matches("(?s).*\\p{IsHan}.*");
            }
            int args = new MessageFormat(en.getProperty(key), Locale.ENGLISH).getFormatsByArgumentIndex().length;
            assertThat(new MessageFormat(zh.getProperty(key), Locale.SIMPLIFIED_CHINESE).getFormatsByArgumentIndex())
                    .as(key).hasSize(args);
        }
        assertThat(new MessageFormat(en.getProperty("importui.result.repeat.nothingNew"), Locale.ENGLISH)
                .format(new Object[] {12})).isEqualTo(
                "This file was imported before (import #12): nothing new was created, no record was duplicated.");
    }

    @Test
    void everyKeyTheViewUsesExists() throws IOException {
        Properties en = load("importsui.properties");
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(importui\\.[A-Za-z.]+)\"");
        try (var files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(20);
        assertThat(en.stringPropertyNames()).containsAll(used);
    }
}
