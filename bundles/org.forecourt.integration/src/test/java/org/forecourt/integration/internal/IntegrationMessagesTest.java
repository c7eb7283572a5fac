package org.forecourt.integration.internal;

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

import org.forecourt.integration.api.DeadLetterStatus;
import org.forecourt.integration.api.RouteState;
import org.forecourt.integration.internal.osgi.IntegrationMessagesComponent;
import org.forecourt.integration.internal.osgi.IntegrationPermissionsComponent;
import org.junit.jupiter.api.Test;

/** The host's texts: both languages alike, every key it raises or declares present, patterns valid. */
class IntegrationMessagesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = IntegrationMessagesTest.class.getResourceAsStream("/i18n/" + name);
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndValidPatterns() throws IOException {
        assertThat(new IntegrationMessagesComponent().baseName()).isEqualTo("i18n.integration");
        Properties en = load("integration.properties");
        Properties zh = load("integration_zh_CN.properties");
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        for (String k : en.stringPropertyNames()) {
            assertThat(new MessageFormat(zh.getProperty(k), Locale.SIMPLIFIED_CHINESE).getFormatsByArgumentIndex())
                    .as(k).hasSameSizeAs(new MessageFormat(en.getProperty(k), Locale.ENGLISH)
                            .getFormatsByArgumentIndex());
        }
    }

    @Test
    void everyKeyTheHostUsesExists() throws IOException {
        Properties en = load("integration.properties");
        Set<String> used = new TreeSet<>();
        for (RouteState s : RouteState.values()) {
            used.add(s.labelKey());
        }
        for (DeadLetterStatus s : DeadLetterStatus.values()) {
            used.add(s.labelKey());
        }
        IntegrationPermissionsComponent.ALL.forEach(p -> used.add(p.labelKey()));
        Pattern literal = Pattern.compile("\"(integration\\.(error|validation)\\.[A-Za-z0-9.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(10);
        assertThat(en.stringPropertyNames()).containsAll(used);
    }
}
