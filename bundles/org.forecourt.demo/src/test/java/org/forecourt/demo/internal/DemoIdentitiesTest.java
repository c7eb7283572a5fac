package org.forecourt.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.forecourt.core.api.validation.ChineseIdCard;
import org.forecourt.core.api.validation.ChineseMobile;
import org.forecourt.core.api.validation.LicencePlate;
import org.forecourt.core.api.validation.Vin;

/** The demo data must pass the same validators staff input does: no invalid identifier in a demo. */
class DemoIdentitiesTest {

    @Test
    void everyGeneratedIdentifierIsValid() {
        DemoIdentities ids = new DemoIdentities(7);
        for (int i = 0; i < 2_000; i++) {
            String mobile = ids.mobile();
            assertThat(ChineseMobile.problem(mobile)).as(mobile).isEmpty();
            String id = ids.idCard(i % 2 == 0 ? "310115" : "330106");
            assertThat(ChineseIdCard.problem(id)).as(id).isEmpty();
            String vin = ids.vin(i % 2 == 0 ? "LAU" : "LZP", "NPRS".charAt(i % 4));
            assertThat(Vin.problem(vin)).as(vin).isEmpty();
            String plate = ids.plate(i % 2 == 0 ? "沪A" : "浙A", i % 3 == 0);
            assertThat(LicencePlate.problem(plate)).as(plate).isEmpty();
            assertThat(LicencePlate.isNewEnergy(plate)).as(plate).isEqualTo(i % 3 == 0);
        }
    }

    @Test
    void theSameSeedGivesTheSameDemo() {
        DemoIdentities a = new DemoIdentities(42);
        DemoIdentities b = new DemoIdentities(42);
        for (int i = 0; i < 50; i++) {
            assertThat(a.personName()).isEqualTo(b.personName());
            assertThat(a.vin("LAU", 'R')).isEqualTo(b.vin("LAU", 'R'));
        }
    }
}
