package org.forecourt.core.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every key a validator can report has an English and a Simplified Chinese message, and no other.
 * The files are the resource bundle {@code i18n.validation}, read as UTF-8.
 */
class ValidationMessagesTest {

    private static final Class<?>[] VALIDATORS = {
        ChineseMobile.class, ChineseIdCard.class, SocialCreditCode.class, Vin.class, LicencePlate.class};

    private static Set<String> keysInCode() throws IllegalAccessException {
        Set<String> keys = new TreeSet<>();
        for (Class<?> validator : VALIDATORS) {
            for (Field field : validator.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    String value = (String) field.get(null);
                    if (value.startsWith("validation.")) {
                        keys.add(value);
                    }
                }
            }
        }
        return keys;
    }

    private static PropertyResourceBundle load(String name) throws IOException {
        try (InputStream in = ValidationMessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new PropertyResourceBundle(in);
        }
    }

    @Test
    void everyKeyHasAMessageInBothLanguages() throws Exception {
        Set<String> keys = keysInCode();
        assertThat(keys).hasSize(30).allMatch(k -> k.matches("validation\\.[a-z]+\\.[a-z0-9]+"));

        PropertyResourceBundle english = load("validation.properties");
        PropertyResourceBundle chinese = load("validation_zh_CN.properties");
        assertThat(new TreeSet<>(english.keySet())).isEqualTo(keys);
        assertThat(new TreeSet<>(chinese.keySet())).isEqualTo(keys);
        for (String key : keys) {
            // the texts go through java.text.MessageFormat: no apostrophes or braces
            assertThat(english.getString(key)).as(key).isNotBlank().doesNotContain("'", "{", "}");
            assertThat(chinese.getString(key)).as(key).isNotBlank().doesNotContain("'", "{", "}")
                    .matches(s -> s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                            == Character.UnicodeScript.HAN), "contains Chinese characters");
        }
    }

    @Test
    void chineseMessagesAreReadAsUtf8ThroughResourceBundle() {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.validation", Locale.SIMPLIFIED_CHINESE);
        assertThat(bundle.getString("validation.vin.checksum")).isEqualTo("VIN 第 9 位校验位不符，请核对车架号。");
        ResourceBundle root = ResourceBundle.getBundle("i18n.validation", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        assertThat(root.getString("validation.vin.checksum"))
                .isEqualTo("The check digit (position 9) does not match; please re-check the VIN.");
    }
}
