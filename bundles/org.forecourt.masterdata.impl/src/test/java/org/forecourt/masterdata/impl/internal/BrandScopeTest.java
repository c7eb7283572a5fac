package org.forecourt.masterdata.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forecourt.masterdata.impl.internal.TestData.BRAND_1;
import static org.forecourt.masterdata.impl.internal.TestData.BRAND_2;

import org.forecourt.core.api.Actor;
import org.junit.jupiter.api.Test;

class BrandScopeTest {

    @Test
    void groupScopesCoverEveryBrandOthersTheBrandsOfTheirStores() {
        BrandScope scope = BrandScope.of(TestData::organisation);
        assertThat(scope.covers(TestData.GROUP_ADMIN, BRAND_2)).isTrue();
        assertThat(scope.covers(Actor.system("x"), BRAND_2)).isTrue();
        assertThat(scope.covers(TestData.BRAND_ADMIN_1, BRAND_1)).isTrue();
        assertThat(scope.covers(TestData.BRAND_ADMIN_1, BRAND_2)).isFalse();
        assertThat(scope.covers(TestData.CONSULTANT_A, BRAND_1)).isTrue(); // scope only; the permission is separate
        assertThat(scope.covers(TestData.CONSULTANT_A, BRAND_2)).isFalse();
    }

    @Test
    void withoutTheOrganisationServiceOnlyGroupScopesCoverABrand() {
        BrandScope scope = BrandScope.of(() -> null);
        assertThat(scope.covers(TestData.GROUP_ADMIN, BRAND_1)).isTrue();
        assertThat(scope.covers(TestData.BRAND_ADMIN_1, BRAND_1)).isFalse();
    }
}
