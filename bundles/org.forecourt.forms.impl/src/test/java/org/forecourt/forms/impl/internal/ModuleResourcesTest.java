package org.forecourt.forms.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.forecourt.core.api.Permission;
import org.forecourt.core.api.Role;
import org.forecourt.forms.api.FormsPermissions;
import org.forecourt.forms.impl.internal.osgi.FormsMessages;
import org.forecourt.forms.impl.internal.osgi.FormsPermissionContribution;
import org.junit.jupiter.api.Test;

/** Migrations listed completely, messages complete in both languages, permissions as documented. */
class ModuleResourcesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ModuleResourcesTest.class.getClassLoader().getResourceAsStream("i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyMigrationFileIsListed() throws IOException, URISyntaxException {
        Path folder = Path.of(FormsUnit.class.getClassLoader().getResource("db/forms").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted())
                    .containsExactlyElementsOf(FormsUnit.SCRIPTS);
        }
        assertThat(FormsUnit.migrations(getClass().getClassLoader(), "postgresql").scripts())
                .isEqualTo(FormsUnit.migrations(getClass().getClassLoader(), "derby").scripts());
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndRealChinese() throws IOException {
        Properties en = load("forms.properties");
        Properties zh = load("forms_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : zh.stringPropertyNames()) {
            new MessageFormat(zh.getProperty(key), Locale.SIMPLIFIED_CHINESE);
            new MessageFormat(en.getProperty(key), Locale.ENGLISH);
            assertThat(zh.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN)).as(key).isTrue();
        }
        FormsMessages bundle = new FormsMessages();
        assertThat(ResourceBundle.getBundle(bundle.baseName(), Locale.SIMPLIFIED_CHINESE, bundle.classLoader())
                .getString("forms.gate.closed.failed")).isEqualTo("表单“{1}”已提交但不合格");
        assertThat(ResourceBundle.getBundle(bundle.baseName(), Locale.ROOT, bundle.classLoader())
                .getString("forms.module")).isEqualTo("Forms");
    }

    @Test
    void everyKeyTheModuleUsesHasATranslation() throws Exception {
        Properties zh = load("forms_zh_CN.properties");
        List<String> keys = new ArrayList<>();
        for (Field f : Keys.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                String value = (String) f.get(null);
                keys.add(f.getName().startsWith("ENTITY_") ? "forms.entity." + value : value);
            }
        }
        FormsPermissionList.PERMISSIONS.forEach(p -> keys.add(p.labelKey()));
        keys.add("forms.pack.failed");
        assertThat(keys).allSatisfy(k -> assertThat(zh.getProperty(k)).as(k).isNotBlank());
    }

    @Test
    void permissionsAndTheirDefaultRoles() {
        FormsPermissionContribution contribution = new FormsPermissionContribution();
        assertThat(contribution.module()).isEqualTo("forms");
        assertThat(contribution.permissions()).extracting(Permission::name).containsExactly(
                FormsPermissions.DESIGN_VIEW, FormsPermissions.DESIGN_EDIT, FormsPermissions.BIND,
                FormsPermissions.FILL, FormsPermissions.SUBMISSION_VIEW);
        assertThat(roles(FormsPermissions.FILL)).isEqualTo(EnumSet.complementOf(EnumSet.of(Role.INTEGRATOR)));
        assertThat(roles(FormsPermissions.DESIGN_EDIT)).containsExactlyInAnyOrder(Role.GROUP_ADMIN,
                Role.BRAND_ADMIN);
        assertThat(roles(FormsPermissions.BIND)).contains(Role.STORE_MANAGER).doesNotContain(Role.SALES_CONSULTANT);
        assertThat(roles(FormsPermissions.SUBMISSION_VIEW)).contains(Role.STORE_MANAGER, Role.CRM_AGENT,
                Role.QC_INSPECTOR).doesNotContain(Role.SALES_CONSULTANT, Role.TECHNICIAN);
    }

    private static Set<Role> roles(String permission) {
        return FormsPermissionList.PERMISSIONS.stream().filter(p -> p.name().equals(permission)).findFirst()
                .orElseThrow().defaultRoles().stream().collect(Collectors.toSet());
    }
}
