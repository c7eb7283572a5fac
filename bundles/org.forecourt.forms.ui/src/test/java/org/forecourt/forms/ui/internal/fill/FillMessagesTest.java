package org.forecourt.forms.ui.internal.fill;

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

import org.forecourt.forms.api.SubmissionStatus;
import org.forecourt.forms.api.model.Grade;

/** The renderer's and fill screens' texts: same keys in both languages, Chinese in Chinese, every used key exists. */
class FillMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"(forms\\.(fill|pdf|submission|submissions)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
    private static final String[] MINE = {"src/main/java/org/forecourt/forms/ui/internal/render",
        "src/main/java/org/forecourt/forms/ui/internal/fill", "src/main/java/org/forecourt/forms/ui/internal/pdf",
        "src/main/java/org/forecourt/forms/ui/internal/osgi"};

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = FillMessagesTest.class.getResourceAsStream(resource);
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndValidPatterns() throws IOException {
        Properties en = load("/i18n/forms-fill.properties");
        Properties zh = load("/i18n/forms-fill_zh_CN.properties");
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        for (Properties p : new Properties[] {en, zh}) {
            for (String k : p.stringPropertyNames()) {
                assertThat(k).startsWith("forms.");
                assertThat(new MessageFormat(p.getProperty(k), Locale.ROOT).format(new Object[] {1, 2, "x"}))
                        .isNotBlank();
            }
        }
        Set<String> notChinese = new TreeSet<>();
        zh.stringPropertyNames().forEach(k -> {
            if (zh.getProperty(k).codePoints().noneMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN) && !k.startsWith("forms.fill.grade.OK")) {
                notChinese.add(k);
            }
        });
        assertThat(notChinese).isEmpty();
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Properties en = load("/i18n/forms-fill.properties");
        Set<String> used = new TreeSet<>();
        for (String dir : MINE) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String name = f.getFileName().toString();
                    if (f.toString().contains("/osgi/") && !name.matches("(Fill|Render|Pdf).*")) {
                        continue;
                    }
                    Matcher m = KEY.matcher(Files.readString(f));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        for (Grade g : Grade.values()) {
            used.add("forms.fill.grade." + g.name());
        }
        for (SubmissionStatus s : SubmissionStatus.values()) {
            used.add("forms.submission.status." + s.name());
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(used).allMatch(en::containsKey, "defined in forms-fill.properties");
    }
}
