package org.forecourt.masterdata.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
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
import org.forecourt.masterdata.api.MasterdataPermissions;
import org.forecourt.masterdata.api.catalog.BodyType;
import org.forecourt.masterdata.api.catalog.CatalogFields;
import org.forecourt.masterdata.api.catalog.EnergyType;
import org.forecourt.masterdata.api.customer.ConsentChannel;
import org.forecourt.masterdata.api.customer.ContactKind;
import org.forecourt.masterdata.api.customer.CustomerFields;
import org.forecourt.masterdata.api.customer.CustomerSource;
import org.forecourt.masterdata.api.customer.CustomerType;
import org.forecourt.masterdata.api.customer.DuplicateCustomerException;
import org.forecourt.masterdata.api.customer.Gender;
import org.forecourt.masterdata.api.vehicle.OdometerSource;
import org.forecourt.masterdata.api.vehicle.VehicleFields;
import org.forecourt.masterdata.impl.internal.osgi.MasterdataMessages;
import org.forecourt.masterdata.impl.internal.osgi.MasterdataPermissionContribution;
import org.junit.jupiter.api.Test;

/** Migrations listed completely, messages complete in both languages, permissions as documented. */
class ModuleResourcesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ModuleResourcesTest.class.getClassLoader().getResourceAsStream("i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyMigrationFileIsListed() throws IOException, URISyntaxException {
        Path folder = Path.of(MasterdataUnit.class.getClassLoader().getResource("db/masterdata").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted())
                    .containsExactlyElementsOf(MasterdataUnit.SCRIPTS);
        }
        try (Stream<Path> files = Files.list(folder.resolve("postgresql"))) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(MasterdataUnit.SCRIPTS::contains);
        }
        // database-specific variants are picked by kind
        var derby = MasterdataUnit.migrations(getClass().getClassLoader(), "derby").scripts();
        var pg = MasterdataUnit.migrations(getClass().getClassLoader(), "postgresql").scripts();
        assertThat(derby.get(1).sql()).doesNotContain("CREATE INDEX");
        assertThat(pg.get(1).sql()).contains("CREATE INDEX").contains("varchar_pattern_ops");
        assertThat(pg.get(0)).isEqualTo(derby.get(0));
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndRealChinese() throws IOException {
        Properties en = load("masterdata.properties");
        Properties zh = load("masterdata_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : zh.stringPropertyNames()) {
            String value = zh.getProperty(key);
            new MessageFormat(value, Locale.SIMPLIFIED_CHINESE); // parses
            new MessageFormat(en.getProperty(key), Locale.ENGLISH);
            if (!Set.of("masterdata.catalog.bodyType.SUV", "masterdata.catalog.bodyType.MPV").contains(key)) {
                assertThat(value.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN)).as(key + "=" + value).isTrue();
            }
        }
        // resolvable the way the UI resolves them: through the contributed bundle
        MasterdataMessages bundle = new MasterdataMessages();
        ResourceBundle rb = ResourceBundle.getBundle(bundle.baseName(), Locale.SIMPLIFIED_CHINESE,
                bundle.classLoader());
        assertThat(rb.getString("masterdata.customer.mobile")).isEqualTo("手机号码");
        assertThat(ResourceBundle.getBundle(bundle.baseName(), Locale.ROOT, bundle.classLoader())
                .getString("masterdata.customer.mobile")).isEqualTo("Mobile phone");
    }

    @Test
    void everyKeyTheModuleUsesHasATranslation() throws Exception {
        Properties zh = load("masterdata_zh_CN.properties");
        List<String> keys = new ArrayList<>();
        for (Field f : Keys.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getName().startsWith("ENTITY_")) {
                keys.add("masterdata.entity." + f.get(null));
            } else if (Modifier.isStatic(f.getModifiers())) {
                keys.add((String) f.get(null));
            }
        }
        keys.addAll(List.of(DuplicateCustomerException.KEY, DuplicateCustomerException.KEY_ID_NUMBER_TAKEN,
                DuplicateCustomerException.KEY_AMBIGUOUS));
        keys.addAll(fieldLabels(CustomerFields.class, CustomerFields::labelKey));
        keys.addAll(fieldLabels(VehicleFields.class, VehicleFields::labelKey));
        keys.addAll(fieldLabels(CatalogFields.class, CatalogFields::modelLabelKey).stream()
                .filter(k -> !k.matches(".*\\.(modelId|name|listPrice|validFrom|validTo)$")).toList());
        keys.addAll(fieldLabels(CatalogFields.class, CatalogFields::trimLabelKey).stream()
                .filter(k -> !k.matches(".*\\.(brandId|nameZh|nameEn|bodyType|energyType)$")).toList());
        for (CustomerType t : CustomerType.values()) {
            keys.add(t.labelKey());
            keys.add(CustomerFields.idNumberLabelKey(t));
        }
        EnumSet.allOf(Gender.class).forEach(v -> keys.add(v.labelKey()));
        EnumSet.allOf(ContactKind.class).forEach(v -> keys.add(v.labelKey()));
        EnumSet.allOf(ConsentChannel.class).forEach(v -> keys.add(v.labelKey()));
        EnumSet.allOf(CustomerSource.class).forEach(v -> keys.add(v.labelKey()));
        EnumSet.allOf(OdometerSource.class).forEach(v -> keys.add(v.labelKey()));
        EnumSet.allOf(BodyType.class).forEach(v -> keys.add(v.labelKey()));
        EnumSet.allOf(EnergyType.class).forEach(v -> keys.add(v.labelKey()));
        MasterdataPermissionList.PERMISSIONS.forEach(p -> keys.add(p.labelKey()));
        assertThat(keys).allSatisfy(k -> assertThat(zh.getProperty(k)).as(k).isNotBlank());
    }

    private static List<String> fieldLabels(Class<?> fields, java.util.function.UnaryOperator<String> label)
            throws IllegalAccessException {
        List<String> out = new ArrayList<>();
        for (Field f : fields.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                out.add(label.apply((String) f.get(null)));
            }
        }
        return out;
    }

    @Test
    void permissionsAndTheirDefaultRoles() {
        MasterdataPermissionContribution contribution = new MasterdataPermissionContribution();
        assertThat(contribution.module()).isEqualTo("masterdata");
        assertThat(contribution.permissions()).extracting(Permission::name).containsExactly(
                MasterdataPermissions.CUSTOMER_VIEW, MasterdataPermissions.CUSTOMER_EDIT,
                MasterdataPermissions.VEHICLE_VIEW, MasterdataPermissions.VEHICLE_EDIT,
                MasterdataPermissions.CATALOG_EDIT);
        Set<Role> storeRoles = EnumSet.complementOf(EnumSet.of(Role.INTEGRATOR));
        assertThat(roles(MasterdataPermissions.CUSTOMER_VIEW)).isEqualTo(storeRoles);
        assertThat(roles(MasterdataPermissions.VEHICLE_VIEW)).isEqualTo(storeRoles);
        assertThat(roles(MasterdataPermissions.CUSTOMER_EDIT)).containsExactlyInAnyOrder(Role.SALES_CONSULTANT,
                Role.SALES_MANAGER, Role.SERVICE_ADVISOR, Role.CRM_AGENT, Role.STORE_MANAGER,
                Role.KEY_ACCOUNT_MANAGER, Role.GROUP_ADMIN);
        assertThat(roles(MasterdataPermissions.VEHICLE_EDIT)).contains(Role.WORKSHOP_SUPERVISOR)
                .doesNotContain(Role.PARTS_MANAGER, Role.TECHNICIAN, Role.BRAND_ADMIN);
        assertThat(roles(MasterdataPermissions.CATALOG_EDIT)).containsExactlyInAnyOrder(Role.GROUP_ADMIN,
                Role.BRAND_ADMIN);
    }

    private static Set<Role> roles(String permission) {
        return MasterdataPermissionList.PERMISSIONS.stream().filter(p -> p.name().equals(permission)).findFirst()
                .orElseThrow().defaultRoles().stream().collect(Collectors.toSet());
    }
}
