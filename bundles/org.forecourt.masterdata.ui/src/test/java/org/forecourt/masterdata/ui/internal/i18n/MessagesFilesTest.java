package org.forecourt.masterdata.ui.internal.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

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

import org.forecourt.masterdata.api.customer.CustomerMatch;
import org.forecourt.masterdata.api.customer.CustomerType;

/**
 * The screens' texts: both languages have the same keys, the Chinese is Chinese, every text is a valid MessageFormat
 * pattern, and every key the code uses exists (its own, and the masterdata module's it reuses).
 */
class MessagesFilesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path MASTERDATA_EN = Path.of("../org.forecourt.masterdata.impl/src/main/resources/i18n/"
            + "masterdata.properties");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"((masterdataui|masterdata)\\.[A-Za-z0-9_.]+)\"");

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesFilesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties en = load("/i18n/masterdataui.properties");
        Properties zh = load("/i18n/masterdataui_zh_CN.properties");
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        assertThat(en.stringPropertyNames()).allMatch(k -> k.startsWith("masterdataui."));
    }

    @Test
    void theChineseTextsAreChinese() throws IOException {
        Properties zh = load("/i18n/masterdataui_zh_CN.properties");
        Set<String> notChinese = new TreeSet<>();
        for (String key : zh.stringPropertyNames()) {
            String value = zh.getProperty(key);
            boolean latinOnly = value.codePoints().noneMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN);
            if (latinOnly && !key.startsWith("masterdataui.shortcut.altN")) {
                notChinese.add(key);
            }
        }
        assertThat(notChinese).isEmpty();
    }

    @Test
    void everyTextIsAValidPatternWithoutStrayApostrophes() throws IOException {
        for (String file : new String[] {"/i18n/masterdataui.properties", "/i18n/masterdataui_zh_CN.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                assertThat(value).as(file + " " + key).isNotBlank();
                String formatted = new MessageFormat(value, Locale.ROOT).format(new Object[] {1, "x", "y"});
                assertThat(value.replace("''", "")).as(file + " " + key + ": write an apostrophe as ''")
                        .doesNotContain("'");
                assertThat(formatted).as(file + " " + key).doesNotContain("{");
            }
        }
    }

    @Test
    void countsReadWell() throws IOException {
        Properties en = load("/i18n/masterdataui.properties");
        MessageFormat f = new MessageFormat(en.getProperty("masterdataui.customers.count"), Locale.ENGLISH);
        assertThat(f.format(new Object[] {0})).isEqualTo("No customers");
        assertThat(f.format(new Object[] {1})).isEqualTo("1 customer");
        assertThat(f.format(new Object[] {12345})).isEqualTo("12,345 customers");
        Properties zh = load("/i18n/masterdataui_zh_CN.properties");
        assertThat(new MessageFormat(zh.getProperty("masterdataui.vehicles.count"), Locale.SIMPLIFIED_CHINESE)
                .format(new Object[] {1234})).isEqualTo("共 1,234 辆车");
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Properties en = load("/i18n/masterdataui.properties");
        Properties masterdata = new Properties();
        boolean haveMasterdata = Files.exists(MASTERDATA_EN);
        if (haveMasterdata) {
            try (Reader r = Files.newBufferedReader(MASTERDATA_EN, StandardCharsets.UTF_8)) {
                masterdata.load(r);
            }
        }
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    for (String key : expand(m.group(1))) {
                        boolean own = key.startsWith("masterdataui.");
                        if (own && !en.containsKey(key) || !own && haveMasterdata && !masterdata.containsKey(key)) {
                            missing.add(file.getFileName() + ": " + key);
                        }
                    }
                }
            }
        }
        if (!missing.isEmpty()) {
            fail("Keys used in the code but missing from the messages: " + missing);
        }
    }

    /** A key built by appending an enum constant's name ({@code "prefix." + x.name()}) stands for all constants. */
    private static Set<String> expand(String key) {
        if (!key.endsWith(".")) {
            return Set.of(key);
        }
        Set<String> out = new TreeSet<>();
        Enum<?>[] constants = switch (key) {
            case "masterdataui.duplicate.matchedOn." -> CustomerMatch.MatchedOn.values();
            case "masterdata.customer.name." -> CustomerType.values();
            default -> throw new AssertionError("Unknown key prefix " + key);
        };
        for (Enum<?> c : constants) {
            out.add(key + c.name());
        }
        return out;
    }
}
