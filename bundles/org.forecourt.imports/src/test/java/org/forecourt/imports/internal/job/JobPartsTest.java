package org.forecourt.imports.internal.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.Permission;
import org.forecourt.core.api.Scope;
import org.forecourt.imports.api.ImportKind;
import org.forecourt.imports.api.ImportService;
import org.forecourt.imports.api.ImportSource;
import org.forecourt.imports.api.ImportState;
import org.forecourt.imports.internal.rows.RowKeys;
import org.junit.jupiter.api.Test;

/** The engine's small parts: stored actors, message arguments, messages, migrations, file names. */
class JobPartsTest {

    @Test
    void anActorSurvivesARestartWithWhatAnImportNeeds() {
        Actor user = new Actor(7, "li", "李经理", Locale.ENGLISH, ZoneId.of("Asia/Urumqi"), Set.of(),
                Set.of(ImportService.PERMISSION, "masterdata.customer.edit", "core.user.edit"),
                Scope.stores(Set.of(3L, 1L)), 1L);
        Actor back = JobActor.of(user).toActor();
        assertThat(back.userId()).isEqualTo(7);
        assertThat(back.displayName()).isEqualTo("李经理");
        assertThat(back.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(back.zone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
        assertThat(back.scope()).isEqualTo(Scope.stores(Set.of(1L, 3L)));
        assertThat(back.permissions()).containsExactlyInAnyOrder(ImportService.PERMISSION, "masterdata.customer.edit");
        assertThat(back.homeStoreId()).isEqualTo(1L);

        Actor system = JobActor.of(Actor.systemForStore("inbox", 5)).toActor();
        assertThat(system.isSystem()).isTrue();
        assertThat(system.permissions()).containsExactly(Permission.ALL);
        assertThat(system.scope()).isEqualTo(Scope.store(5));
        assertThat(JobActor.of(Actor.system("x")).toActor().scope().allStores()).isTrue();
    }

    @Test
    void argumentsKeepTheirTypes() {
        String encoded = Args.encode(List.of("沪A12345", 42, 3L, 2.5, "a\u001Fb"));
        assertThat(Args.decode(encoded)).containsExactly("沪A12345", 42L, 3L, 2.5, "a b");
        assertThat(Args.decode(Args.encode(List.of()))).isEmpty();
        assertThat(new MessageFormat("{0,number,#} rows", Locale.ENGLISH)
                .format(Args.decode(Args.encode(List.of(1234))).toArray())).isEqualTo("1234 rows");
        assertThat(Args.encode(List.of("x".repeat(5000)))).hasSizeLessThanOrEqualTo(2 + Args.MAX_TEXT);
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = ImportEngine.class.getClassLoader().getResourceAsStream("i18n/" + name)) {
            Properties p = new Properties();
            p.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            return p;
        }
    }

    @Test
    void jobMessagesInBothLanguages() throws Exception {
        Properties en = load("importjobs.properties");
        Properties zh = load("importjobs_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (Class<?> keys : List.of(JobKeys.class, RowKeys.class)) {
            for (var f : keys.getFields()) {
                assertThat(en.stringPropertyNames()).as(f.getName()).contains((String) f.get(null));
            }
        }
        Stream.of(ImportKind.values()).forEach(k -> assertThat(en).containsKey(k.labelKey()));
        Stream.of(ImportState.values()).forEach(k -> assertThat(en).containsKey(k.labelKey()));
        Stream.of(ImportSource.values()).forEach(k -> assertThat(en).containsKey(k.labelKey()));
        for (String key : en.stringPropertyNames()) {
            assertThat(zh.getProperty(key)).as(key).matches("(?s).*\\p{IsHan}.*");
            assertThat(new MessageFormat(zh.getProperty(key)).getFormatsByArgumentIndex()).as(key)
                    .hasSameSizeAs(new MessageFormat(en.getProperty(key)).getFormatsByArgumentIndex());
        }
    }

    @Test
    void migrationListMatchesTheFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources", ImportsUnit.LOCATION))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .isEqualTo(ImportsUnit.SCRIPTS);
        }
    }

    @Test
    void fileNames() {
        assertThat(ImportEngine.acceptedFileName("客户.xlsx")).isTrue();
        assertThat(ImportEngine.acceptedFileName("a.CSV")).isTrue();
        assertThat(ImportEngine.acceptedFileName("a.txt")).isTrue();
        assertThat(ImportEngine.acceptedFileName("a.xls")).isFalse();
        assertThat(ImportEngine.acceptedFileName(".csv")).isFalse();
        assertThat(ImportEngine.safeName("../客户 名单?.csv")).isEqualTo("_.._客户 名单_.csv");
        assertThat(ImportEngine.safeName(".hidden.csv")).isEqualTo("_.hidden.csv");
    }
}
