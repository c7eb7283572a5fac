package org.forecourt.imports.internal.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

class SheetMessagesTest {

    private static Properties load(String name) throws IOException {
        try (InputStream in = SheetMessages.class.getClassLoader().getResourceAsStream("i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            byte[] bytes = in.readAllBytes();
            // strictly UTF-8
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            Properties p = new Properties();
            p.load(new java.io.StringReader(text));
            return p;
        }
    }

    @Test
    void everyKeyInEnglishAndChineseAndNothingElse() throws IOException {
        Properties en = load("imports.properties");
        Properties zh = load("imports_zh_CN.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(SheetMessages.KEYS);
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(SheetMessages.KEYS);
        for (String key : SheetMessages.KEYS) {
            assertThat(zh.getProperty(key)).as(key).isNotEqualTo(en.getProperty(key)).matches(".*\\p{IsHan}.*");
            assertThat(en.getProperty(key)).as(key).doesNotMatch(".*\\p{IsHan}.*");
        }
    }

    @Test
    void formatsWithArgumentsInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            ResourceBundle bundle = SheetMessages.bundle(locale);
            for (String key : SheetMessages.KEYS) {
                java.text.Format[] formats = new java.text.MessageFormat(bundle.getString(key), locale)
                        .getFormatsByArgumentIndex();
                Object[] args = new Object[formats.length];
                for (int i = 0; i < formats.length; i++) {
                    args[i] = formats[i] instanceof java.text.NumberFormat ? (Object) 12345 : "C";
                }
                String text = SheetMessages.format(locale, key, args);
                assertThat(text).as(key).isNotBlank().doesNotContain("{").doesNotContain("}");
                // both languages take the same arguments
                assertThat(new java.text.MessageFormat(SheetMessages.bundle(Locale.ENGLISH).getString(key))
                        .getFormatsByArgumentIndex()).as(key).hasSameSizeAs(formats);
            }
        }
        assertThat(SheetMessages.format(Locale.SIMPLIFIED_CHINESE, SheetMessages.CELL_TOO_LONG, 12345, "C", 32767))
                .isEqualTo("第 12345 行 C 列：单元格内容超过 32767 个字符。");
        assertThat(SheetMessages.format(Locale.ENGLISH, new SheetException(SheetMessages.TOO_MANY_ROWS, 1_000_000)))
                .isEqualTo("The sheet has more than 1000000 rows. Split it into several files.");
        assertThat(SheetMessages.format(Locale.ENGLISH, SheetMessages.SHEET_NOT_FOUND, "It's"))
                .isEqualTo("The workbook has no sheet named \"It's\".");
        assertThat(SheetMessages.format(Locale.ENGLISH, "import.sheet.noSuchKey")).isEqualTo("import.sheet.noSuchKey");
    }

    @Test
    void chineseForChineseLocalesEnglishOtherwise() {
        String zh = "文件中没有数据。";
        assertThat(SheetMessages.format(Locale.SIMPLIFIED_CHINESE, SheetMessages.EMPTY)).isEqualTo(zh);
        assertThat(SheetMessages.format(Locale.forLanguageTag("zh-Hans-CN"), SheetMessages.EMPTY)).isEqualTo(zh);
        assertThat(SheetMessages.format(Locale.GERMANY, SheetMessages.EMPTY)).isEqualTo("The file contains no data.");
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE); // the JVM default plays no part
            assertThat(SheetMessages.format(Locale.ENGLISH, SheetMessages.EMPTY)).isEqualTo("The file contains no data.");
        } finally {
            Locale.setDefault(before);
        }
        assertThat(SheetMessages.bundle(Locale.ENGLISH)).isInstanceOf(ResourceBundle.class);
    }
}
