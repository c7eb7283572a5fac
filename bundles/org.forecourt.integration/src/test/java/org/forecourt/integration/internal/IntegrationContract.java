package org.forecourt.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ServiceStatus;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.IdempotentRepository;
import org.forecourt.core.api.Actor;
import org.forecourt.core.api.ForecourtException;
import org.forecourt.core.api.NotFoundException;
import org.forecourt.core.api.NotPermittedException;
import org.forecourt.core.api.Scope;
import org.forecourt.core.api.ValidationException;
import org.forecourt.core.api.health.HealthCheck;
import org.forecourt.integration.api.ConnectorInfo;
import org.forecourt.integration.api.DeadLetter;
import org.forecourt.integration.api.DeadLetterQuery;
import org.forecourt.integration.api.DeadLetterStatus;
import org.forecourt.integration.api.DeadLetterSummary;
import org.forecourt.integration.api.IntegrationService;
import org.forecourt.integration.api.RouteCounters;
import org.forecourt.integration.api.RouteInfo;
import org.forecourt.integration.api.RouteState;
import org.forecourt.integration.internal.camel.CamelHost;
import org.forecourt.integration.internal.db.IntegrationUnit;
import org.forecourt.integration.internal.store.IntegrationStore;
import org.forecourt.persistence.ClasspathMigrations;
import org.forecourt.persistence.Jpa;
import org.forecourt.persistence.internal.PersistenceEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The integration host with real Camel (a plain DefaultCamelContext: the OSGi-aware one needs a framework) and a
 * real database, driven through a test connector like a real one. Run by one subclass per database.
 */
abstract class IntegrationContract {

    static final Actor SYSTEM = Actor.system("test");
    static final String ORDERS = "test-oem.acme.orders";
    static final String FILES = "test-oem.acme.files";
    static final String TELEGRAMS = "test-oem.acme.telegrams";
    static final String VIN = "LSVAU033512345678";

    @TempDir
    Path temp;

    final MutableClock clock = new MutableClock();
    DataSource dataSource;
    PersistenceEngine engine;
    Jpa jpa;
    IntegrationStore store;
    CamelHost host;
    ProducerTemplate producer;
    TestOrderConnector acme;
    Path inbox;

    abstract TestDatabase database();

    @BeforeEach
    void setUp() throws Exception {
        dataSource = database().freshSchema();
        inbox = Files.createDirectories(temp.resolve("inbox"));
        acme = new TestOrderConnector("acme", inbox);
        open();
        host.addConnector(acme);
    }

    /** Opens the unit, creates the host and starts it (connectors added before start are started with it). */
    void open() {
        engine = new PersistenceEngine(dataSource);
        jpa = engine.open(IntegrationUnit.definition(ClasspathMigrations.of(getClass().getClassLoader(),
                IntegrationUnit.MIGRATIONS, IntegrationUnit.SCRIPTS)));
        store = new IntegrationStore(jpa, clock);
        host = new CamelHost(new DefaultCamelContext(), store, clock, new CamelHost.Settings(5, 30));
        host.start();
        producer = host.context().createProducerTemplate();
    }

    /** Everything down (counters flushed, context stopped, database shut down), then up again. */
    void restart() {
        close();
        database().restart();
        open();
        host.addConnector(acme); // SCR binds the connector services again
    }

    void close() {
        if (host != null) {
            producer.stop();
            host.close();
            jpa.close();
            engine.close();
            host = null;
        }
    }

    @AfterEach
    void tearDown() {
        close();
    }

    // ------------------------------------------------------------------ helpers

    void send(String line) {
        producer.sendBody(acme.ordersUri(), line);
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(20);
        }
    }

    List<DeadLetterSummary> deadLetters(DeadLetterStatus status) {
        return host.find(SYSTEM, DeadLetterQuery.all().withStatus(status));
    }

    RouteInfo route(String id) {
        return host.route(SYSTEM, id);
    }

    static Actor actor(String... permissions) {
        return new Actor(42, "wang.fang", "王芳", Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai"), Set.of(),
                Set.of(permissions), Scope.all(), null);
    }

    // ------------------------------------------------------------------ dead letters

    @Test
    void malformedMessagesAreDeadLetteredWithTheReasonAndTheRouteGoesOn() throws Exception {
        send("A-1;" + VIN + ";B8");
        send("this is not an order");
        send("A-2;" + VIN + ";A3");

        assertThat(acme.written).extracting(TestOrderConnector.Order::orderNo).containsExactly("A-1", "A-2");
        List<DeadLetterSummary> letters = deadLetters(DeadLetterStatus.NEW);
        assertThat(letters).hasSize(1);
        DeadLetterSummary s = letters.get(0);
        assertThat(s.connectorId()).isEqualTo("test-oem");
        assertThat(s.instanceId()).isEqualTo("acme");
        assertThat(s.routeId()).isEqualTo(ORDERS);
        assertThat(s.errorType()).isEqualTo(IllegalArgumentException.class.getName());
        assertThat(s.errorMessage()).isEqualTo("malformed order line: this is not an order");
        assertThat(s.attempts()).isEqualTo(1);
        assertThat(s.createdAt()).isEqualTo(clock.instant());

        DeadLetter d = host.get(SYSTEM, s.id());
        assertThat(d.bodyText()).isEqualTo("this is not an order");
        assertThat(d.bodyBytes()).isNull();
        assertThat(d.stackTrace()).startsWith("java.lang.IllegalArgumentException: malformed order line")
                .contains("\tat ");
        assertThat(route(ORDERS).state()).isEqualTo(RouteState.STARTED);
        RouteCounters c = route(ORDERS).counters();
        assertThat(c.received()).isEqualTo(3);
        assertThat(c.processed()).isEqualTo(2);
        assertThat(c.failed()).isEqualTo(1);
        assertThat(c.lastError()).isEqualTo("malformed order line: this is not an order");
        assertThat(c.lastErrorAt()).isEqualTo(clock.instant());
        assertThat(c.lastRunAt()).isEqualTo(clock.instant());
    }

    @Test
    void filesAreReadLineByLineAndABadLineDoesNotStopTheOthers() throws Exception {
        Files.writeString(inbox.resolve("orders-1.txt"),
                "F-1;" + VIN + ";B8\nF-2;short-vin;B8\nF-3;" + VIN + ";A3\n", StandardCharsets.UTF_8);

        await(() -> acme.written.size() == 2 && !deadLetters(DeadLetterStatus.NEW).isEmpty());
        assertThat(acme.written).extracting(TestOrderConnector.Order::orderNo).containsExactly("F-1", "F-3");
        DeadLetterSummary s = deadLetters(DeadLetterStatus.NEW).get(0);
        assertThat(s.routeId()).isEqualTo(ORDERS);
        assertThat(host.get(SYSTEM, s.id()).bodyText()).isEqualTo("F-2;short-vin;B8");
        // the file was consumed (moved away), and the file route keeps polling
        await(() -> !Files.exists(inbox.resolve("orders-1.txt")));
        assertThat(route(FILES).state()).isEqualTo(RouteState.STARTED);
        assertThat(route(FILES).endpoint()).startsWith("file://");
        Files.writeString(inbox.resolve("orders-2.txt"), "F-4;" + VIN + ";B8\n", StandardCharsets.UTF_8);
        await(() -> acme.written.size() == 3);
    }

    @Test
    void replayAfterTheFixProcessesTheMessageAndMarksItReplayed() throws Exception {
        send("R-1;" + VIN + ";3G5");
        assertThat(acme.written).isEmpty();
        DeadLetterSummary s = deadLetters(DeadLetterStatus.NEW).get(0);
        assertThat(s.errorMessage()).isEqualTo("unknown model code 3G5");
        // the body is the message as it entered the route (not the parsed order), with its headers
        DeadLetter d = host.get(SYSTEM, s.id());
        assertThat(d.bodyText()).isEqualTo("R-1;" + VIN + ";3G5");

        // not fixed yet: fails again, stays NEW with the new error and one more attempt
        clock.advance(Duration.ofMinutes(5));
        acme.models.put("3G4", "Magotan");
        DeadLetter again = host.replay(SYSTEM, s.id());
        assertThat(again.status()).isEqualTo(DeadLetterStatus.NEW);
        assertThat(again.summary().attempts()).isEqualTo(2);
        assertThat(again.summary().lastAttemptAt()).isEqualTo(clock.instant());
        assertThat(again.summary().errorMessage()).isEqualTo("unknown model code 3G5");
        assertThat(deadLetters(null)).hasSize(1); // no second dead letter for the same message

        // fixed: the mapping now knows the code
        acme.models.put("3G5", "Passat (B9)");
        clock.advance(Duration.ofMinutes(5));
        Actor operator = actor(IntegrationService.PERMISSION_VIEW, IntegrationService.PERMISSION_MANAGE);
        DeadLetter replayed = host.replay(operator, s.id());
        assertThat(replayed.status()).isEqualTo(DeadLetterStatus.REPLAYED);
        assertThat(replayed.summary().attempts()).isEqualTo(3);
        assertThat(replayed.resolvedBy()).isEqualTo("wang.fang");
        assertThat(replayed.resolvedAt()).isEqualTo(clock.instant());
        assertThat(acme.written).containsExactly(new TestOrderConnector.Order("R-1", VIN, "Passat (B9)"));
        assertThat(deadLetters(DeadLetterStatus.NEW)).isEmpty();
        assertThat(deadLetters(DeadLetterStatus.REPLAYED)).extracting(DeadLetterSummary::id).containsExactly(s.id());

        // the replayed message went through the idempotent consumer: the carmaker sending it again is a duplicate
        send("R-1;" + VIN + ";3G5");
        assertThat(acme.written).hasSize(1);

        // once replayed it cannot be replayed or discarded again
        assertThatThrownBy(() -> host.replay(SYSTEM, s.id())).isInstanceOf(ForecourtException.class)
                .extracting(e -> ((ForecourtException) e).messageKey()).isEqualTo("integration.error.notNew");
        assertThatThrownBy(() -> host.discard(SYSTEM, s.id(), "late")).isInstanceOf(ForecourtException.class);

        RouteCounters c = route(ORDERS).counters();
        assertThat(c.received()).isEqualTo(4); // first try, two replays, the duplicate
        assertThat(c.failed()).isEqualTo(2);
        assertThat(c.processed()).isEqualTo(2);
    }

    @Test
    void binaryBodiesAreKeptAsBytesAndReplayedAsBytes() throws Exception {
        producer.sendBody(acme.telegramsUri(), new byte[] {0x01, 0x41, 0x42});
        DeadLetterSummary s = deadLetters(DeadLetterStatus.NEW).get(0);
        assertThat(s.routeId()).isEqualTo(TELEGRAMS);
        DeadLetter d = host.get(SYSTEM, s.id());
        assertThat(d.bodyText()).isNull();
        assertThat(d.bodyBytes()).containsExactly(0x01, 0x41, 0x42);
        assertThat(host.replay(SYSTEM, s.id()).status()).isEqualTo(DeadLetterStatus.NEW);

        // a stream body is stored as its bytes too (stream caching keeps it readable)
        producer.sendBody(acme.telegramsUri(), new java.io.ByteArrayInputStream(new byte[] {0x05}));
        assertThat(host.find(SYSTEM, DeadLetterQuery.all().withRoute(TELEGRAMS))).hasSize(2);
        DeadLetter stream = host.get(SYSTEM, host.find(SYSTEM, DeadLetterQuery.all()).get(0).id());
        assertThat(stream.bodyBytes()).containsExactly(0x05);
    }

    @Test
    void headersAreKeptAsTextAndGoBackOnReplay() throws Exception {
        producer.sendBodyAndHeaders(acme.ordersUri(), "H-1;" + VIN + ";XX",
                Map.of("dealerCode", "4S-沪-001", "batch", 7, "multi", "line 1\nline 2 = x"));
        DeadLetter d = host.get(SYSTEM, deadLetters(DeadLetterStatus.NEW).get(0).id());
        assertThat(d.headers()).containsEntry("dealerCode", "4S-沪-001").containsEntry("batch", "7")
                .containsEntry("multi", "line 1\nline 2 = x");
        acme.models.put("XX", "Tiguan");
        assertThat(host.replay(SYSTEM, d.id()).status()).isEqualTo(DeadLetterStatus.REPLAYED);
    }

    @Test
    void discardNeedsANoteAndEndsTheDeadLetter() {
        send("D-1;" + VIN + ";ZZ");
        long id = deadLetters(DeadLetterStatus.NEW).get(0).id();
        assertThatThrownBy(() -> host.discard(SYSTEM, id, "  ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> host.discard(SYSTEM, id, "x".repeat(1001))).isInstanceOf(ValidationException.class);

        DeadLetter d = host.discard(actor(IntegrationService.PERMISSION_MANAGE), id, "车型已停产，不再处理");
        assertThat(d.status()).isEqualTo(DeadLetterStatus.DISCARDED);
        assertThat(d.note()).isEqualTo("车型已停产，不再处理");
        assertThat(d.resolvedBy()).isEqualTo("wang.fang");
        assertThat(host.get(SYSTEM, id).status()).isEqualTo(DeadLetterStatus.DISCARDED);
        assertThatThrownBy(() -> host.replay(SYSTEM, id)).isInstanceOf(ForecourtException.class);
        assertThat(acme.written).isEmpty();
        assertThatThrownBy(() -> host.get(SYSTEM, 999_999)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deadLettersArePagedNewestFirstAndFilteredByConnectorRouteAndStatus() throws Exception {
        for (int i = 1; i <= 7; i++) {
            clock.advance(Duration.ofSeconds(1));
            send("bad line " + i);
        }
        clock.advance(Duration.ofSeconds(1));
        producer.sendBody(acme.telegramsUri(), new byte[0]);
        List<DeadLetterSummary> all = host.find(SYSTEM, DeadLetterQuery.all());
        assertThat(all).hasSize(8);
        assertThat(all.get(0).routeId()).isEqualTo(TELEGRAMS);
        assertThat(all).isSortedAccordingTo((a, b) -> b.createdAt().compareTo(a.createdAt()));

        DeadLetterQuery orders = DeadLetterQuery.all().withRoute(ORDERS);
        assertThat(host.count(SYSTEM, orders)).isEqualTo(7);
        List<DeadLetterSummary> page2 = host.find(SYSTEM, orders.page(3, 3));
        assertThat(page2).extracting(DeadLetterSummary::errorMessage)
                .containsExactly("malformed order line: bad line 4", "malformed order line: bad line 3",
                        "malformed order line: bad line 2");
        host.discard(SYSTEM, page2.get(0).id(), "test");
        assertThat(host.count(SYSTEM, orders.withStatus(DeadLetterStatus.NEW))).isEqualTo(6);
        assertThat(host.count(SYSTEM, orders.withStatus(DeadLetterStatus.DISCARDED))).isEqualTo(1);
        assertThat(host.count(SYSTEM, DeadLetterQuery.all().withConnector("test-oem"))).isEqualTo(8);
        assertThat(host.count(SYSTEM, DeadLetterQuery.all().withConnector("other"))).isZero();
    }

    @Test
    void aDeadLetterStoredByHandCountsAsAFailure() {
        long id = acme.support.deadLetter(TELEGRAMS, "record 17 of batch 3", Map.of("record", 17),
                new IllegalStateException("price missing"));
        DeadLetter d = host.get(SYSTEM, id);
        assertThat(d.summary().routeId()).isEqualTo(TELEGRAMS);
        assertThat(d.bodyText()).isEqualTo("record 17 of batch 3");
        assertThat(d.headers()).containsEntry("record", "17");
        assertThat(acme.support.counters(TELEGRAMS).failed()).isEqualTo(1);
        assertThat(acme.support.counters(TELEGRAMS).lastError()).isEqualTo("price missing");
        assertThat(acme.support.counters("nope")).isEqualTo(RouteCounters.NONE);
    }

    // ------------------------------------------------------------------ idempotency

    @Test
    void theSameMessageIdIsProcessedOnceAlsoAfterARestart() throws Exception {
        send("I-1;" + VIN + ";B8");
        send("I-1;" + VIN + ";B8");
        assertThat(acme.written).hasSize(1);
        send("I-2;" + VIN + ";B8");
        assertThat(acme.written).hasSize(2);

        restart();
        send("I-1;" + VIN + ";B8");
        send("I-2;" + VIN + ";A3");
        send("I-3;" + VIN + ";A3");
        assertThat(acme.written).extracting(TestOrderConnector.Order::orderNo).containsExactly("I-1", "I-2", "I-3");

        // the counters survived the restart too
        RouteCounters c = route(ORDERS).counters();
        assertThat(c.received()).isEqualTo(6);
        assertThat(c.processed()).isEqualTo(6); // duplicates are skipped, not failed
        assertThat(c.failed()).isZero();
    }

    @Test
    void theIdempotentRepositoryIsAnAtomicInsertPerProcessor() {
        IdempotentRepository repo = acme.support.idempotentRepository();
        IdempotentRepository other = acme.support.idempotentRepository("parts");
        assertThat(repo.add("m-1")).isTrue();
        assertThat(repo.add("m-1")).isFalse();
        assertThat(repo.contains("m-1")).isTrue();
        assertThat(other.contains("m-1")).isFalse();
        assertThat(other.add("m-1")).isTrue();
        assertThat(repo.remove("m-1")).isTrue();
        assertThat(repo.contains("m-1")).isFalse();
        assertThat(other.contains("m-1")).isTrue();
        // ids longer than the column are stored as their hash
        String longId = "urn:oem:order:" + "x".repeat(400);
        assertThat(repo.add(longId)).isTrue();
        assertThat(repo.add(longId)).isFalse();
        assertThat(repo.contains(longId + "y")).isFalse();
        other.clear();
        assertThat(other.contains("m-1")).isFalse();
        assertThat(repo.contains(longId)).isTrue();
        assertThatThrownBy(() -> acme.support.idempotentRepository("Bad Name"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClaimBelongsToTheBusinessTransaction() throws Exception {
        TestDatabase.exec(dataSource, "CREATE TABLE t_order (order_no VARCHAR(20) NOT NULL PRIMARY KEY)");
        // rolled back with the business write: not seen
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            assertThat(acme.support.claim(c, "C-1")).isTrue();
            insertOrder(c, "C-1");
            c.rollback();
        }
        assertThat(acme.support.idempotentRepository().contains("C-1")).isFalse();
        // committed with it: seen; a duplicate claim keeps the transaction usable (savepoint)
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            assertThat(acme.support.claim(c, "C-1")).isTrue();
            insertOrder(c, "C-1");
            c.commit();
            assertThat(acme.support.claim(c, "C-1")).isFalse();
            insertOrder(c, "C-2");
            c.commit();
        }
        assertThat(acme.support.idempotentRepository().contains("C-1")).isTrue();
        assertThat(countOrders()).isEqualTo(2);
        // the same through a Jpa unit's transaction (em.unwrap(Connection.class))
        assertThatThrownBy(() -> jpa.write(SYSTEM, em -> {
            assertThat(acme.support.claim(em.unwrap(Connection.class), "parts", "C-3")).isTrue();
            throw new IllegalStateException("business write failed");
        })).hasMessage("business write failed");
        assertThat(acme.support.idempotentRepository("parts").contains("C-3")).isFalse();
        boolean first = jpa.write(SYSTEM, em -> acme.support.claim(em.unwrap(Connection.class), "parts", "C-3"));
        boolean second = jpa.write(SYSTEM, em -> acme.support.claim(em.unwrap(Connection.class), "parts", "C-3"));
        assertThat(first).isTrue();
        assertThat(second).isFalse();
    }

    private static void insertOrder(Connection c, String orderNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO t_order (order_no) VALUES (?)")) {
            ps.setString(1, orderNo);
            ps.executeUpdate();
        }
    }

    private long countOrders() throws SQLException {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM t_order")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ------------------------------------------------------------------ connectors come and go

    @Test
    void routesAreAddedAndRemovedWithTheConnectorService() throws Exception {
        assertThat(host.connectors(SYSTEM)).extracting(ConnectorInfo::instanceId).containsExactly("acme");
        assertThat(host.routes(SYSTEM)).extracting(RouteInfo::routeId).containsExactly(FILES, ORDERS, TELEGRAMS);

        TestOrderConnector beta = new TestOrderConnector("beta", null);
        host.addConnector(beta);
        assertThat(host.context().getRouteController().getRouteStatus("test-oem.beta.orders"))
                .isEqualTo(ServiceStatus.Started);
        assertThat(host.connectors(SYSTEM)).extracting(ConnectorInfo::instanceId).containsExactly("acme", "beta");
        producer.sendBody(beta.ordersUri(), "B-1;" + VIN + ";B8");
        assertThat(beta.written).hasSize(1);
        assertThat(acme.written).isEmpty();
        // the two instances have separate idempotency: the same order number is new for acme
        send("B-1;" + VIN + ";B8");
        assertThat(acme.written).hasSize(1);

        // the same instance registered twice is refused; the first keeps running
        host.addConnector(new TestOrderConnector("beta", null));
        assertThat(host.connectors(SYSTEM)).hasSize(2);

        host.removeConnector(beta);
        assertThat(host.context().getRoute("test-oem.beta.orders")).isNull();
        assertThat(host.context().getCamelContextExtension().getContextPlugin(org.apache.camel.model.Model.class)
                .getRouteDefinitions()).extracting(d -> d.getRouteId())
                .doesNotContain("test-oem.beta.orders");
        assertThat(host.connectors(SYSTEM)).extracting(ConnectorInfo::instanceId).containsExactly("acme");
        assertThatThrownBy(() -> host.route(SYSTEM, "test-oem.beta.orders")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> producer.sendBody(beta.ordersUri() + "?block=false", "B-2;" + VIN + ";B8"))
                .isInstanceOf(CamelExecutionException.class);

        // back again (e.g. the feature re-installed): counters continue where they were
        host.addConnector(beta);
        assertThat(route("test-oem.beta.orders").counters().received()).isEqualTo(1);
        assertThat(route("test-oem.beta.orders").state()).isEqualTo(RouteState.STARTED);
        // connectors with invalid ids are ignored
        host.addConnector(new TestOrderConnector("Not Valid", null));
        assertThat(host.connectors(SYSTEM)).hasSize(2);
    }

    @Test
    void aConnectorWhoseRoutesCannotStartIsFailedAndRetried() throws Exception {
        TestOrderConnector broken = new TestOrderConnector("broken", null);
        broken.ordersFrom = "nosuchcomponent:orders";
        host.addConnector(broken);
        ConnectorInfo info = host.connectors(SYSTEM).stream().filter(c -> c.instanceId().equals("broken"))
                .findFirst().orElseThrow();
        assertThat(info.error()).contains("nosuchcomponent");
        assertThat(info.routes()).extracting(RouteInfo::state).containsOnly(RouteState.FAILED);
        assertThat(host.context().getRoute("test-oem.broken.telegrams")).isNull(); // all or nothing
        HealthCheck.Result health = host.health();
        assertThat(health.up()).isFalse();
        assertThat(health.details()).containsEntry("failed", 2);
        // the other connector is not affected
        assertThat(route(ORDERS).state()).isEqualTo(RouteState.STARTED);

        // fixed (e.g. the component's bundle arrived): not retried before the delay, then retried
        broken.ordersFrom = null;
        host.maintain();
        assertThat(route("test-oem.broken.orders").state()).isEqualTo(RouteState.FAILED);
        clock.advance(Duration.ofSeconds(31));
        host.maintain();
        assertThat(route("test-oem.broken.orders").state()).isEqualTo(RouteState.STARTED);
        assertThat(route("test-oem.broken.telegrams").state()).isEqualTo(RouteState.STARTED);
        assertThat(host.health().up()).isTrue();
        assertThat(route("test-oem.broken.orders").counters().lastError()).contains("nosuchcomponent");
    }

    @Test
    void aPausedRouteStaysStoppedAcrossRestartsUntilResumed() throws Exception {
        Actor operator = actor(IntegrationService.PERMISSION_VIEW, IntegrationService.PERMISSION_MANAGE);
        RouteInfo paused = host.pause(operator, ORDERS);
        assertThat(paused.state()).isEqualTo(RouteState.STOPPED);
        assertThat(paused.paused()).isTrue();
        // (block=false: a direct: producer otherwise waits 30 s for a consumer to come back)
        assertThatThrownBy(() -> producer.sendBody(acme.ordersUri() + "?block=false", "P-1;" + VIN + ";B8"))
                .isInstanceOf(CamelExecutionException.class);
        assertThat(host.health().up()).isTrue(); // paused is not broken

        // a dead letter of a paused route cannot be replayed
        producer.sendBody(acme.telegramsUri(), new byte[0]);
        host.pause(operator, TELEGRAMS);
        long id = deadLetters(DeadLetterStatus.NEW).get(0).id();
        assertThatThrownBy(() -> host.replay(operator, id)).isInstanceOf(ForecourtException.class)
                .extracting(e -> ((ForecourtException) e).messageKey())
                .isEqualTo("integration.error.routeNotRunning");

        restart();
        assertThat(route(ORDERS).state()).isEqualTo(RouteState.STOPPED);
        assertThat(route(ORDERS).paused()).isTrue();
        assertThat(route(FILES).state()).isEqualTo(RouteState.STARTED);

        RouteInfo resumed = host.resume(operator, ORDERS);
        assertThat(resumed.state()).isEqualTo(RouteState.STARTED);
        assertThat(resumed.paused()).isFalse();
        send("P-1;" + VIN + ";B8");
        assertThat(acme.written).hasSize(1);
        restart();
        assertThat(route(ORDERS).state()).isEqualTo(RouteState.STARTED);
    }

    // ------------------------------------------------------------------ counters, health, permissions

    @Test
    void countersAreWrittenPeriodicallyAndSurviveARestart() throws Exception {
        send("K-1;" + VIN + ";B8");
        send("garbage");
        host.flush();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT received, processed, failed, last_error FROM fc_int_route WHERE route_id = ?")) {
            ps.setString(1, ORDERS);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(2);
                assertThat(rs.getLong(2)).isEqualTo(1);
                assertThat(rs.getLong(3)).isEqualTo(1);
                assertThat(rs.getString(4)).isEqualTo("malformed order line: garbage");
            }
        }
        restart();
        RouteCounters c = route(ORDERS).counters();
        assertThat(c.received()).isEqualTo(2);
        assertThat(c.processed()).isEqualTo(1);
        assertThat(c.failed()).isEqualTo(1);
        assertThat(c.lastError()).isEqualTo("malformed order line: garbage");
        assertThat(c.lastRunAt()).isEqualTo(clock.instant());
    }

    @Test
    void theHealthCheckListsEveryRoute() {
        HealthCheck.Result r = host.health();
        assertThat(r.up()).isTrue();
        assertThat(r.details()).containsEntry("started", 3).containsEntry("failed", 0)
                .containsEntry("context", "Started");
        @SuppressWarnings("unchecked")
        Map<String, String> routes = (Map<String, String>) r.details().get("routes");
        assertThat(routes).containsEntry(ORDERS, "STARTED").hasSize(3);
        host.pause(SYSTEM, ORDERS);
        @SuppressWarnings("unchecked")
        Map<String, String> after = (Map<String, String>) host.health().details().get("routes");
        assertThat(after).containsEntry(ORDERS, "STOPPED (paused)");
    }

    @Test
    void everyCallChecksItsPermission() {
        send("garbage");
        long id = deadLetters(DeadLetterStatus.NEW).get(0).id();
        Actor nobody = actor();
        Actor viewer = actor(IntegrationService.PERMISSION_VIEW);
        assertThatThrownBy(() -> host.routes(nobody)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> host.connectors(nobody)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> host.find(nobody, DeadLetterQuery.all())).isInstanceOf(NotPermittedException.class);
        assertThat(host.routes(viewer)).hasSize(3);
        assertThat(host.find(viewer, DeadLetterQuery.all())).hasSize(1);
        // bodies hold customer data: a separate permission
        assertThatThrownBy(() -> host.get(viewer, id)).isInstanceOf(NotPermittedException.class);
        assertThat(host.get(actor(IntegrationService.PERMISSION_VIEW, IntegrationService.PERMISSION_READ_MESSAGES),
                id).bodyText()).isEqualTo("garbage");
        assertThatThrownBy(() -> host.pause(viewer, ORDERS)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> host.resume(viewer, ORDERS)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> host.replay(viewer, id)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> host.discard(viewer, id, "no")).isInstanceOf(NotPermittedException.class);
        assertThat(host.get(SYSTEM, id).status()).isEqualTo(DeadLetterStatus.NEW);
    }

    @Test
    void routeIdsGetTheInstancePrefix() {
        List<String> ids = new ArrayList<>();
        host.context().getRoutes().forEach(r -> ids.add(r.getRouteId()));
        assertThat(ids).containsExactlyInAnyOrder(FILES, ORDERS, TELEGRAMS);
        assertThat(host.context().getRoute(ORDERS).getProperties()).containsEntry("forecourt.connector", "test-oem")
                .containsEntry("forecourt.instance", "acme");
        assertThat(route(ORDERS).nameKey()).isEqualTo("test.connector.name");
        assertThat(route(ORDERS).endpoint()).isEqualTo("direct://test-oem.acme.orders");
    }
}
