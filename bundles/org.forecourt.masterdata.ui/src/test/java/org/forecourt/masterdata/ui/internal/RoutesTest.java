package org.forecourt.masterdata.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class RoutesTest {

    @Test
    void idsAreShortPositiveNumbers() {
        assertThat(Routes.parseId("42")).isEqualTo(OptionalLong.of(42));
        assertThat(Routes.parseId("new")).isEmpty();
        assertThat(Routes.parseId("0")).isEmpty();
        assertThat(Routes.parseId("-1")).isEmpty();
        assertThat(Routes.parseId("042")).isEmpty();
        assertThat(Routes.parseId("99999999999999999999")).isEmpty();
        assertThat(Routes.parseId(null)).isEmpty();
    }

    @Test
    void links() {
        assertThat(Routes.customer(42)).isEqualTo("customers/42");
        assertThat(Routes.newCustomer()).isEqualTo("customers/new");
        assertThat(Routes.vehicle(7)).isEqualTo("vehicles/7");
        assertThat(Routes.newVehicle()).isEqualTo("vehicles/new");
        assertThat(Routes.owner(42).getQueryString()).isEqualTo("owner=42");
        assertThat(Routes.idParameter(Routes.owner(42).getParameters(), Routes.OWNER)).isEqualTo(OptionalLong.of(42));
    }

    @Test
    void idParameters() {
        assertThat(Routes.idParameter(Map.of("owner", List.of("42")), "owner")).isEqualTo(OptionalLong.of(42));
        assertThat(Routes.idParameter(Map.of("owner", List.of("x")), "owner")).isEmpty();
        assertThat(Routes.idParameter(Map.of(), "owner")).isEmpty();
    }

    @Test
    void routeTemplatesMatchTheLinks() {
        assertThat(Routes.CUSTOMER).isEqualTo(Routes.CUSTOMERS + "/:" + Routes.ID);
        assertThat(Routes.VEHICLE).isEqualTo(Routes.VEHICLES + "/:" + Routes.ID);
    }
}
