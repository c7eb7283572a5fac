package org.forecourt.core.ui.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.forecourt.persistence.AuditQuery;

class AuditFilterTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void noFilterQueriesEverything() {
        AuditQuery q = AuditFilter.none().toQuery(SHANGHAI, 100, 50);
        assertThat(q).isEqualTo(new AuditQuery(null, null, null, null, null, null, 100, 50));
    }

    @Test
    void daysAreMidnightsInTheUsersZoneWithTheLastDayIncluded() {
        AuditQuery q = AuditFilter.none().withDates(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))
                .toQuery(SHANGHAI, 0, 50);
        assertThat(q.from()).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
        assertThat(q.to()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
    }

    @Test
    void openEndedRanges() {
        AuditQuery q = AuditFilter.none().withDates(null, LocalDate.of(2026, 1, 1)).toQuery(ZoneId.of("UTC"), 0, 10);
        assertThat(q.from()).isNull();
        assertThat(q.to()).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
    }

    @Test
    void textFiltersAreTrimmedAndBlankMeansAny() {
        AuditQuery q = AuditFilter.none().withEntity(" Customer ").withEntityId("  ").withUserId(7L).withStoreId(3L)
                .toQuery(SHANGHAI, 0, 10);
        assertThat(q.entity()).isEqualTo("Customer");
        assertThat(q.entityId()).isNull();
        assertThat(q.userId()).isEqualTo(7L);
        assertThat(q.storeId()).isEqualTo(3L);
    }

    @Test
    void pagingIsKeptWithinWhatTheLogAccepts() {
        assertThat(AuditFilter.none().toQuery(SHANGHAI, -5, 0).offset()).isZero();
        assertThat(AuditFilter.none().toQuery(SHANGHAI, 0, 0).limit()).isEqualTo(1);
        assertThat(AuditFilter.none().toQuery(SHANGHAI, 0, 5000).limit()).isEqualTo(AuditQuery.MAX_LIMIT);
    }

    @Test
    void endBeforeStartIsInvalid() {
        LocalDate d = LocalDate.of(2026, 5, 5);
        assertThat(AuditFilter.none().withDates(d, d).datesValid()).isTrue();
        assertThat(AuditFilter.none().withDates(d, d.minusDays(1)).datesValid()).isFalse();
        assertThat(AuditFilter.none().withDates(null, d).datesValid()).isTrue();
    }
}
