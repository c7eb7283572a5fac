package org.forecourt.masterdata.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.forecourt.masterdata.impl.internal.TestData.BRAND_1;
import static org.forecourt.masterdata.impl.internal.TestData.BRAND_2;
import static org.forecourt.masterdata.impl.internal.TestData.BRAND_ADMIN_1;
import static org.forecourt.masterdata.impl.internal.TestData.CONSULTANT_A;
import static org.forecourt.masterdata.impl.internal.TestData.GROUP_ADMIN;
import static org.forecourt.masterdata.impl.internal.TestData.NOBODY_A;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.forecourt.core.api.ConflictException;
import org.forecourt.core.api.FieldError;
import org.forecourt.core.api.NotFoundException;
import org.forecourt.core.api.NotPermittedException;
import org.forecourt.core.api.ValidationException;
import org.forecourt.masterdata.api.MasterdataEvents;
import org.forecourt.masterdata.api.catalog.BodyType;
import org.forecourt.masterdata.api.catalog.CatalogFields;
import org.forecourt.masterdata.api.catalog.CatalogModel;
import org.forecourt.masterdata.api.catalog.EnergyType;
import org.forecourt.masterdata.api.catalog.Trim;
import org.junit.jupiter.api.Test;

/** The model catalogue: exact prices, validity periods, codes, and who may edit which brand. */
abstract class CatalogContract extends MasterdataContract {

    CatalogModel seal() {
        return catalog.saveModel(GROUP_ADMIN, CatalogModel.create(BRAND_1, " seal ", "海豹", "Seal",
                BodyType.SEDAN, EnergyType.BEV));
    }

    @Test
    void pricesAreExactToTheFen() {
        CatalogModel m = seal();
        assertThat(m.code()).isEqualTo("SEAL");
        assertThat(m.active()).isTrue();
        List<String> prices = List.of("189800", "0.01", "212345.67", "99999999999999999.99", "1.1");
        for (String p : prices) {
            catalog.saveTrim(GROUP_ADMIN, Trim.create(m.id(), "T" + prices.indexOf(p), "版本 " + p,
                    new BigDecimal(p), null, null));
        }
        List<Trim> trims = catalog.trims(CONSULTANT_A, m.id());
        assertThat(trims).extracting(Trim::listPrice).containsExactly(new BigDecimal("189800.00"),
                new BigDecimal("0.01"), new BigDecimal("212345.67"), new BigDecimal("99999999999999999.99"),
                new BigDecimal("1.10"));
        // summing stays exact
        BigDecimal sum = trims.stream().limit(3).map(Trim::listPrice).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualTo(new BigDecimal("402145.68"));

        for (String bad : List.of("0.001", "189800.005")) {
            assertThatThrownBy(() -> catalog.saveTrim(GROUP_ADMIN, Trim.create(m.id(), "X", "x",
                    new BigDecimal(bad), null, null))).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.errors()).containsExactly(FieldError.of(CatalogFields.LIST_PRICE,
                            Keys.CATALOG_PRICE_SCALE)));
        }
        assertThatThrownBy(() -> catalog.saveTrim(GROUP_ADMIN, Trim.create(m.id(), " ", " ", new BigDecimal("-1"),
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder(CatalogFields.CODE,
                                CatalogFields.NAME, CatalogFields.LIST_PRICE, CatalogFields.VALID_TO));
        assertThatThrownBy(() -> catalog.saveTrim(GROUP_ADMIN, Trim.create(m.id(), "BIG", "x",
                new BigDecimal("100000000000000000"), null, null))).isInstanceOf(ValidationException.class);
    }

    @Test
    void aPriceChangeIsANewTrimRowForANewPeriod() {
        CatalogModel m = seal();
        Trim old = catalog.saveTrim(GROUP_ADMIN, Trim.create(m.id(), "LR", "长续航版", new BigDecimal("189800"),
                LocalDate.of(2026, 1, 1), null));
        // an overlapping period for the same code is refused
        assertThatThrownBy(() -> catalog.saveTrim(GROUP_ADMIN, Trim.create(m.id(), "lr", "长续航版",
                new BigDecimal("179800"), LocalDate.of(2026, 10, 1), null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of(CatalogFields.VALID_FROM, Keys.CATALOG_TRIM_OVERLAP)));
        Trim closed = catalog.saveTrim(GROUP_ADMIN, new Trim(old.id(), old.modelId(), old.code(), old.name(),
                old.listPrice(), old.validFrom(), LocalDate.of(2026, 9, 30), old.version()));
        assertThat(closed.version()).isEqualTo(old.version() + 1);
        Trim cheaper = catalog.saveTrim(GROUP_ADMIN, Trim.create(m.id(), "LR", "长续航版",
                new BigDecimal("179800"), LocalDate.of(2026, 10, 1), null));
        assertThat(catalog.trimsValidOn(CONSULTANT_A, m.id(), LocalDate.of(2026, 9, 30)))
                .extracting(Trim::listPrice).containsExactly(new BigDecimal("189800.00"));
        assertThat(catalog.trimsValidOn(CONSULTANT_A, m.id(), LocalDate.of(2026, 10, 1)))
                .containsExactly(cheaper);
        assertThat(catalog.trimsValidOn(CONSULTANT_A, m.id(), LocalDate.of(2025, 12, 31))).isEmpty();
        // a stale version of the old row is a conflict
        assertThatThrownBy(() -> catalog.saveTrim(GROUP_ADMIN, old)).isInstanceOf(ConflictException.class);
        assertThat(catalog.trim(CONSULTANT_A, old.id()).validTo()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void modelCodesAreUniquePerBrandAndVersionsAreChecked() {
        CatalogModel m = seal();
        assertThatThrownBy(() -> catalog.saveModel(GROUP_ADMIN, CatalogModel.create(BRAND_1, "SEAL", "海豹 2",
                null, BodyType.SEDAN, EnergyType.BEV))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).containsExactly(FieldError.of(CatalogFields.CODE,
                        Keys.CATALOG_CODE_TAKEN)));
        // another brand may use the same code
        CatalogModel other = catalog.saveModel(GROUP_ADMIN, CatalogModel.create(BRAND_2, "SEAL", "海豹",
                null, BodyType.SEDAN, EnergyType.PHEV));
        assertThat(other.id()).isNotEqualTo(m.id());
        CatalogModel renamed = catalog.saveModel(GROUP_ADMIN, new CatalogModel(m.id(), m.brandId(), m.code(),
                "海豹 06", m.nameEn(), m.bodyType(), m.energyType(), false, m.version()));
        assertThat(renamed.version()).isEqualTo(m.version() + 1);
        assertThatThrownBy(() -> catalog.saveModel(GROUP_ADMIN, m)).isInstanceOf(ConflictException.class);
        assertThat(catalog.models(CONSULTANT_A, BRAND_1, false)).isEmpty();
        assertThat(catalog.models(CONSULTANT_A, BRAND_1, true)).containsExactly(renamed);
        assertThat(catalog.model(CONSULTANT_A, m.id()).nameZh()).isEqualTo("海豹 06");
        assertThatThrownBy(() -> catalog.model(CONSULTANT_A, 424242)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> catalog.saveModel(GROUP_ADMIN, new CatalogModel(0, BRAND_1, null, null, null,
                null, null, true, 0))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                .extracting(FieldError::field).containsExactlyInAnyOrder(CatalogFields.CODE, CatalogFields.NAME_ZH,
                        CatalogFields.BODY_TYPE, CatalogFields.ENERGY_TYPE));
        assertThat(topics()).containsOnly(MasterdataEvents.CATALOG_CHANGED).hasSize(3);
        assertThat(events.get(0).properties()).containsEntry(MasterdataEvents.BRAND_ID, BRAND_1)
                .containsEntry(MasterdataEvents.MODEL_ID, m.id());
    }

    @Test
    void onlyCatalogueEditorsOfTheBrandMayEdit() {
        // a brand admin edits their own brand
        CatalogModel own = catalog.saveModel(BRAND_ADMIN_1, CatalogModel.create(BRAND_1, "DOLPHIN", "海豚",
                "Dolphin", BodyType.HATCHBACK, EnergyType.BEV));
        catalog.saveTrim(BRAND_ADMIN_1, Trim.create(own.id(), "STD", "标准版", new BigDecimal("99800"), null,
                null));
        // but not another brand's, neither new models nor existing ones nor their trims
        CatalogModel foreign = catalog.saveModel(GROUP_ADMIN, CatalogModel.create(BRAND_2, "X", "某车", null,
                BodyType.SUV, EnergyType.PETROL));
        assertThatThrownBy(() -> catalog.saveModel(BRAND_ADMIN_1, CatalogModel.create(BRAND_2, "Y", "某车",
                null, BodyType.SUV, EnergyType.PETROL))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> catalog.saveModel(BRAND_ADMIN_1, foreign)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> catalog.saveTrim(BRAND_ADMIN_1, Trim.create(foreign.id(), "S", "S",
                BigDecimal.TEN, null, null))).isInstanceOf(NotPermittedException.class);
        // store staff read but do not edit
        assertThatThrownBy(() -> catalog.saveModel(CONSULTANT_A, CatalogModel.create(BRAND_1, "Z", "某车", null,
                BodyType.SUV, EnergyType.PETROL))).isInstanceOf(NotPermittedException.class);
        assertThat(catalog.models(NOBODY_A, BRAND_2, false)).containsExactly(foreign);
        assertThat(catalog.trims(NOBODY_A, own.id())).hasSize(1);
        assertThat(catalog.models(CONSULTANT_A, BRAND_1, false)).extracting(CatalogModel::code)
                .containsExactly("DOLPHIN");
    }
}
