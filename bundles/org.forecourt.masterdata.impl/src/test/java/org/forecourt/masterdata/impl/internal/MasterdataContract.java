package org.forecourt.masterdata.impl.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.forecourt.persistence.Jpa;
import org.forecourt.persistence.internal.PersistenceEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the database tests: a fresh schema per test, the real persistence engine (migrations, store scoping,
 * audit) with the {@code masterdata} unit, and the three services over it. Run once per database by a subclass.
 */
abstract class MasterdataContract {

    /** A recorded change event. */
    record Posted(String topic, Map<String, Object> properties) {
    }

    /** A clock tests can move. */
    static final class TestClock extends Clock {
        private volatile Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** 2026-11-20 10:00 in Shanghai. */
    static final Instant START = Instant.parse("2026-11-20T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    DataSource dataSource;
    PersistenceEngine engine;
    Jpa jpa;
    TestClock clock;
    final List<Posted> events = new CopyOnWriteArrayList<>();
    CustomerServiceImpl customers;
    VehicleServiceImpl vehicles;
    CatalogServiceImpl catalog;

    abstract TestDatabase database();

    @BeforeEach
    void openUnit() {
        dataSource = database().freshSchema();
        engine = new PersistenceEngine(dataSource);
        jpa = engine.open(MasterdataUnit.definition(MasterdataUnit.class.getClassLoader(), engine.databaseKind()));
        clock = new TestClock(START);
        EventSink sink = (topic, props) -> events.add(new Posted(topic, Map.copyOf(props)));
        customers = new CustomerServiceImpl(jpa, clock, sink);
        vehicles = new VehicleServiceImpl(jpa, clock, sink);
        catalog = new CatalogServiceImpl(jpa, sink, BrandScope.of(TestData::organisation));
    }

    @AfterEach
    void closeUnit() {
        if (jpa != null) {
            jpa.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    List<String> topics() {
        return events.stream().map(Posted::topic).toList();
    }
}
