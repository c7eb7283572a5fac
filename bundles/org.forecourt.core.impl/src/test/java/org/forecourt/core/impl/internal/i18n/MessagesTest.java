package org.forecourt.core.impl.internal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.forecourt.core.api.ConflictException;
import org.forecourt.core.api.FieldError;
import org.forecourt.core.api.Role;
import org.forecourt.core.api.i18n.MessageBundle;
import org.forecourt.core.api.validation.ChineseMobile;
import org.forecourt.core.impl.internal.osgi.CoreMessageBundleComponent;
import org.forecourt.core.impl.internal.osgi.ValidationMessageBundleComponent;
import org.forecourt.core.impl.internal.perm.CorePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Resolution across contributed bundles, languages and fallbacks, arguments, missing keys, removal. */
class MessagesTest {

    private final MessagesImpl messages = new MessagesImpl();
    private final MessageBundle core = new CoreMessageBundleComponent();
    private final MessageBundle validation = new ValidationMessageBundleComponent();
    private Locale jvmDefault;

    @BeforeEach
    void contribute() {
        jvmDefault = Locale.getDefault();
        messages.add(core);
        messages.add(validation);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(jvmDefault);
    }

    @Test
    void resolvesInChineseAndEnglish() {
        assertThat(messages.get(Locale.SIMPLIFIED_CHINESE, "role.SERVICE_ADVISOR")).isEqualTo("服务顾问");
        assertThat(messages.get(Locale.ENGLISH, "role.SERVICE_ADVISOR")).isEqualTo("Service advisor");
        assertThat(messages.get(Locale.forLanguageTag("zh"), "role.GROUP_ADMIN")).isEqualTo("集团管理员");
        assertThat(messages.get(Locale.forLanguageTag("zh-Hans-CN"), "role.GROUP_ADMIN")).isEqualTo("集团管理员");
        assertThat(messages.get(Locale.US, "role.GROUP_ADMIN")).isEqualTo("Group admin");
        assertThat(messages.get(null, "role.GROUP_ADMIN")).as("default language").isEqualTo("集团管理员");
        assertThat(messages.get(Locale.FRENCH, "role.GROUP_ADMIN")).isEqualTo("集团管理员");
    }

    @Test
    void formatsArgumentsInTheLocale() {
        assertThat(messages.get(Locale.SIMPLIFIED_CHINESE, "core.password.tooShort", 8))
                .isEqualTo("密码至少需要 8 个字符。");
        assertThat(messages.get(Locale.ENGLISH, "core.signin.lockHint", 5, 15))
                .isEqualTo("After 5 failed attempts in a row an account is locked for 15 minutes.");
        assertThat(messages.describe(Locale.ENGLISH, new ConflictException("user", 7L))).isEqualTo(
                "Someone else saved this user in the meantime; reload to see their changes. Nothing was overwritten.");
        assertThat(messages.describe(Locale.SIMPLIFIED_CHINESE, new ConflictException("user", 7L)))
                .startsWith("在您编辑期间，其他人已保存了这条记录");
        assertThat(messages.get(Locale.ENGLISH, "error.validation", 1)).isEqualTo("Please correct the highlighted field.");
        assertThat(messages.get(Locale.ENGLISH, "error.validation", 3)).isEqualTo("Please correct the 3 highlighted fields.");
        assertThat(messages.get(Locale.ENGLISH, "core.user.membership.unknownTarget", "STORE", 12345L))
                .endsWith("(id 12345).");
    }

    @Test
    void resolvesTheValidatorsTextsFromTheApiBundle() {
        assertThat(messages.describe(Locale.ENGLISH, FieldError.of("mobile", ChineseMobile.LENGTH)))
                .isEqualTo("A mobile number has 11 digits; please re-check it.");
        assertThat(messages.has(Locale.SIMPLIFIED_CHINESE, ChineseMobile.PREFIX)).isTrue();
        assertThat(messages.get(Locale.SIMPLIFIED_CHINESE, ChineseMobile.PREFIX)).isNotEqualTo(
                messages.get(Locale.ENGLISH, ChineseMobile.PREFIX)).doesNotStartWith("!");
    }

    @Test
    void aMissingKeyIsVisible() {
        assertThat(messages.get(Locale.ENGLISH, "no.such.key")).isEqualTo("!no.such.key!");
        assertThat(messages.get(Locale.SIMPLIFIED_CHINESE, "no.such.key", 1, 2)).isEqualTo("!no.such.key!");
        assertThat(messages.has(Locale.ENGLISH, "no.such.key")).isFalse();
        assertThat(messages.get(Locale.ENGLISH, null)).isEqualTo("!null!");
    }

    @Test
    void chineseFallsBackToEnglishNeverToTheJvmDefault() {
        Locale.setDefault(Locale.GERMANY);
        MessageBundle test = MessageBundle.of("i18n.fallback", MessagesTest.class);
        messages.add(test);
        // only in the root (English) file
        assertThat(messages.get(Locale.SIMPLIFIED_CHINESE, "fallback.onlyEnglish")).isEqualTo("Only in English");
        // the root file says Hello, the German file Hallo: English speakers get Hello, not the JVM's German
        assertThat(messages.get(Locale.ENGLISH, "fallback.greeting")).isEqualTo("Hello");
        assertThat(messages.get(Locale.SIMPLIFIED_CHINESE, "fallback.greeting")).isEqualTo("你好");
        assertThat(messages.get(Locale.GERMANY, "fallback.greeting")).as("German is not offered").isEqualTo("你好");
    }

    @Test
    void aRemovedBundlesKeysDisappear() {
        MessageBundle test = MessageBundle.of("i18n.fallback", MessagesTest.class);
        messages.add(test);
        assertThat(messages.has(Locale.ENGLISH, "fallback.greeting")).isTrue();
        messages.remove(test);
        assertThat(messages.has(Locale.ENGLISH, "fallback.greeting")).isFalse();
        assertThat(messages.get(Locale.ENGLISH, "fallback.greeting")).isEqualTo("!fallback.greeting!");
        assertThat(messages.get(Locale.ENGLISH, "role.TECHNICIAN")).isEqualTo("Technician");

        messages.remove(core);
        assertThat(messages.get(Locale.ENGLISH, "role.TECHNICIAN")).isEqualTo("!role.TECHNICIAN!");
    }

    @Test
    void aBundleWithoutFilesIsHarmless() {
        messages.add(MessageBundle.of("i18n.nothing", MessagesTest.class));
        assertThat(messages.get(Locale.ENGLISH, "role.TECHNICIAN")).isEqualTo("Technician");
    }

    @Test
    void everyCoreKeyHasAChineseTextAndEveryTextIsAValidPattern() throws IOException {
        Properties en = load("i18n/core.properties");
        Properties zh = load("i18n/core_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (Properties p : new Properties[] {en, zh}) {
            for (String key : p.stringPropertyNames()) {
                new MessageFormat(p.getProperty(key)); // throws on a broken pattern
                assertThat(p.getProperty(key)).as(key).doesNotContain("'").isNotBlank();
            }
        }
        for (Role role : Role.values()) {
            assertThat(en).containsKey(role.labelKey());
        }
        CorePermissions.ALL.forEach(p -> assertThat(en).containsKey(p.labelKey()));
        assertThat(en).containsKeys("error.permission.missing", "error.store.outOfScope", "error.notFound",
                "error.conflict", "error.validation");
    }

    @Test
    void everyMessageKeyTheCoreRaisesHasAText() throws IOException {
        Properties en = load("i18n/core.properties");
        Pattern literal = Pattern.compile("\"((?:core|error)\\.[a-zA-Z]+\\.[a-zA-Z.]+)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    // permission names are labelled as permission.<name>
                    if (!en.containsKey(key) && !en.containsKey("permission." + key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
