package org.forecourt.masterdata.ui.internal.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.forecourt.masterdata.api.catalog.BodyType;
import org.forecourt.masterdata.api.catalog.CatalogModel;
import org.forecourt.masterdata.api.catalog.EnergyType;
import org.forecourt.masterdata.api.catalog.Trim;

class CatalogLabelsTest {

    private static final CatalogModel SEAL = new CatalogModel(3, 1, "SEAL", "海豹", "Seal", BodyType.SEDAN,
            EnergyType.BEV, true, 0);
    private static final CatalogModel HAN = new CatalogModel(4, 1, "HAN", "汉", null, BodyType.SEDAN,
            EnergyType.BEV, true, 0);

    @Test
    void modelNamesFollowTheLanguage() {
        assertThat(CatalogLabels.modelName(SEAL, Locale.SIMPLIFIED_CHINESE)).isEqualTo("海豹");
        assertThat(CatalogLabels.modelName(SEAL, Locale.ENGLISH)).isEqualTo("Seal");
        assertThat(CatalogLabels.modelName(HAN, Locale.ENGLISH)).isEqualTo("汉");
        assertThat(CatalogLabels.modelName(null, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void trimWithItsPrice() {
        Trim trim = new Trim(9, 3, "LR", "长续航智驾版", new BigDecimal("259800.00"), null, null, 0);
        assertThat(CatalogLabels.trimLabel(trim)).isEqualTo("长续航智驾版 · ¥259,800.00");
        assertThat(CatalogLabels.trimLabel(new Trim(9, 3, "LR", "基础版", null, null, null, 0))).isEqualTo("基础版");
        assertThat(CatalogLabels.trimLabel(null)).isEmpty();
    }

    @Test
    void vehicleModelFromTheCatalogueOrFreeText() {
        assertThat(CatalogLabels.vehicleModel("比亚迪", "海豹", null, null)).isEqualTo("比亚迪 海豹");
        assertThat(CatalogLabels.vehicleModel(null, null, "Toyota", "Corolla")).isEqualTo("Toyota Corolla");
        assertThat(CatalogLabels.vehicleModel("比亚迪", null, null, "老款")).isEqualTo("比亚迪 老款");
        assertThat(CatalogLabels.vehicleModel("Toyota", "Toyota Corolla", null, null)).isEqualTo("Toyota Corolla");
        assertThat(CatalogLabels.vehicleModel(" ", null, "Honda", " ")).isEqualTo("Honda");
        assertThat(CatalogLabels.vehicleModel(null, null, null, "Model Y")).isEqualTo("Model Y");
        assertThat(CatalogLabels.vehicleModel(null, null, null, null)).isEmpty();
    }
}
