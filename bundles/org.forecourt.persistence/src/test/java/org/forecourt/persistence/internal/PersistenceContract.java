package org.forecourt.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.ConflictException;
import org.forecourt.core.api.NotPermittedException;
import org.forecourt.core.api.Scope;
import org.forecourt.persistence.AuditAction;
import org.forecourt.persistence.AuditLog;
import org.forecourt.persistence.AuditQuery;
import org.forecourt.persistence.AuditRecord;
import org.forecourt.persistence.ClasspathMigrations;
import org.forecourt.persistence.Jpa;
import org.forecourt.persistence.PersistenceSetupException;
import org.forecourt.persistence.UnitDefinition;
import org.forecourt.persistence.testunit.OtherThing;
import org.forecourt.persistence.testunit.TestCustomer;
import org.forecourt.persistence.testunit.TestNote;
import org.forecourt.persistence.testunit.TestToken;
import org.forecourt.persistence.testunit.TestVisit;
import org.forecourt.persistence.testunit.UnscopedOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every database must do; run by one subclass per database. */
abstract class PersistenceContract {

    static final ClassLoader LOADER = PersistenceContract.class.getClassLoader();
    static final Actor SYSTEM = Actor.system("test");

    DataSource dataSource;
    PersistenceEngine engine;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    /** The database, or null when it is not available (its tests are then skipped). */
    abstract TestDatabase database();

    abstract String expectedKind();

    @BeforeEach
    void setUp() {
        assumeTrue(database() != null, "FORECOURT_TEST_PG_URL is not set: PostgreSQL cases skipped");
        dataSource = database().freshSchema();
        engine = new PersistenceEngine(dataSource);
    }

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    static UnitDefinition testUnit() {
        return new UnitDefinition("test", LOADER,
                List.of(TestCustomer.class, TestNote.class, TestToken.class, TestVisit.class),
                ClasspathMigrations.of(LOADER, "db/test", "V2__notes_and_tokens.sql", "V1__customers.sql",
                        "V3__visits.sql"));
    }

    Jpa open(UnitDefinition definition) {
        Jpa jpa = engine.open(definition);
        toClose.add(jpa);
        return jpa;
    }

    static Actor actor(long userId, Scope scope, String... permissions) {
        return new Actor(userId, "user" + userId, "User " + userId, Locale.SIMPLIFIED_CHINESE,
                ZoneId.of("Asia/Shanghai"), Set.of(), Set.of(permissions), scope, null);
    }

    long insert(Jpa jpa, long storeId, String name, String phone) {
        return jpa.write(SYSTEM, (EntityManager em) -> {
            TestCustomer c = new TestCustomer(storeId, name, phone);
            em.persist(c);
            em.flush();
            return c.getId();
        });
    }

    long count(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> column(String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    // ---------------------------------------------------------------- database, migrations

    @Test
    void databaseKindComesFromTheConnection() {
        assertThat(engine.databaseKind()).isEqualTo(expectedKind());
    }

    @Test
    void migrationsRunOnceAndReopeningIsIdempotent() {
        Jpa jpa = engine.open(testUnit());
        insert(jpa, 1, "Wang", "13800138000");
        List<String> history = column("SELECT \"version\" FROM \"fc_schema_test\" WHERE \"success\" = "
                + (expectedKind().equals("derby") ? "TRUE" : "true") + " ORDER BY \"installed_rank\"");
        assertThat(history).containsExactly("0", "1", "2", "3");
        jpa.close();
        engine.close();

        engine = new PersistenceEngine(dataSource);
        Jpa again = open(testUnit());
        assertThat(count("SELECT COUNT(*) FROM \"fc_schema_test\"")).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM \"fc_schema_persistence\"")).isEqualTo(1);
        assertThat(again.read(SYSTEM, (EntityManager em) -> em.createQuery("select count(c) from TestCustomer c", Long.class)
                .getSingleResult())).isEqualTo(1L);
    }

    @Test
    void twoUnitsInOneSchemaKeepSeparateHistories() {
        open(testUnit());
        Jpa other = open(new UnitDefinition("other", LOADER, List.of(OtherThing.class),
                ClasspathMigrations.of(LOADER, "db/other", "V1__things.sql")));
        other.run(SYSTEM, (EntityManager em) -> em.persist(new OtherThing(7, "seven")));
        assertThat(column("SELECT \"script\" FROM \"fc_schema_test\" ORDER BY \"installed_rank\""))
                .containsExactly("<< forecourt unit test >>", "V1__customers.sql", "V2__notes_and_tokens.sql",
                        "V3__visits.sql");
        assertThat(column("SELECT \"script\" FROM \"fc_schema_other\" ORDER BY \"installed_rank\""))
                .containsExactly("<< forecourt unit other >>", "V1__things.sql");
        assertThat(other.read(SYSTEM, (EntityManager em) -> em.find(OtherThing.class, 7L).getLabel())).isEqualTo("seven");
    }

    @Test
    void aBrokenMigrationFailsTheOpenAndNamesTheScript() {
        UnitDefinition broken = new UnitDefinition("broken", LOADER, List.of(),
                ClasspathMigrations.of(LOADER, "db/broken", "V1__fine.sql", "V2__broken.sql"));
        assertThatThrownBy(() -> engine.open(broken))
                .isInstanceOf(PersistenceSetupException.class)
                .hasMessageContaining("V2__broken.sql")
                .hasMessageContaining("broken");
        // V1 stays applied, V2 was rolled back and is retried on the next open
        assertThat(count("SELECT COUNT(*) FROM \"fc_schema_broken\" WHERE \"script\" = 'V1__fine.sql'"))
                .isEqualTo(1);
    }

    @Test
    void aMissingScriptFailsTheOpen() {
        UnitDefinition missing = new UnitDefinition("missing", LOADER, List.of(),
                ClasspathMigrations.of(LOADER, "db/test", "V9__nowhere.sql"));
        assertThatThrownBy(() -> engine.open(missing)).isInstanceOf(PersistenceSetupException.class)
                .hasMessageContaining("V9__nowhere.sql");
    }

    @Test
    void anEntityWithAStoreIdThatIsNotStoreOwnedIsRefused() {
        UnitDefinition bad = new UnitDefinition("bad", LOADER, List.of(UnscopedOrder.class),
                ClasspathMigrations.of(LOADER, "db/bad", "V1__orders.sql"));
        assertThatThrownBy(() -> engine.open(bad)).isInstanceOf(PersistenceSetupException.class)
                .hasMessageContaining(UnscopedOrder.class.getName())
                .hasMessageContaining("StoreOwned");
    }

    @Test
    void theSameUnitOpenedTwiceSharesOneFactoryClosedWithTheLastHandle() {
        Jpa first = engine.open(testUnit());
        Jpa second = engine.open(testUnit());
        long id = insert(first, 1, "Li", "13700000000");
        first.close();
        assertThat(second.read(SYSTEM, (EntityManager em) -> em.find(TestCustomer.class, id).getName())).isEqualTo("Li");
        assertThatThrownBy(() -> first.read(SYSTEM, (EntityManager em) -> 1)).isInstanceOf(IllegalStateException.class);
        second.close();
        Jpa third = open(testUnit());
        assertThat(third.read(SYSTEM, (EntityManager em) -> em.find(TestCustomer.class, id).getName())).isEqualTo("Li");
        assertThatThrownBy(() -> engine.open(new UnitDefinition("test", LOADER, List.of(TestNote.class),
                ClasspathMigrations.of(LOADER, "db/test", "V1__customers.sql"))))
                .isInstanceOf(PersistenceSetupException.class);
    }

    // ---------------------------------------------------------------- scoping

    @Test
    void anActorSeesOnlyItsStoresByFindListCountAndCriteria() {
        Jpa jpa = open(testUnit());
        long a = insert(jpa, 1, "A", "1");
        long b = insert(jpa, 2, "B", "2");
        Actor store1 = actor(11, Scope.store(1));

        assertThat(jpa.read(store1, (EntityManager em) -> em.find(TestCustomer.class, a))).isNotNull();
        assertThat(jpa.read(store1, (EntityManager em) -> em.find(TestCustomer.class, b))).isNull();
        assertThat(jpa.read(store1, (EntityManager em) -> em.createQuery("select c.name from TestCustomer c order by c.name",
                String.class).getResultList())).containsExactly("A");
        assertThat(jpa.read(store1, (EntityManager em) -> em.createQuery("select c from TestCustomer c where c.storeId = 2",
                TestCustomer.class).getResultList())).isEmpty();
        assertThat(jpa.read(store1, (EntityManager em) -> em.createQuery("select count(c) from TestCustomer c", Long.class)
                .getSingleResult())).isEqualTo(1L);
        assertThat(jpa.read(store1, (EntityManager em) -> em.createQuery("select c from TestCustomer c where c.id = :id",
                TestCustomer.class).setParameter("id", b).getResultList())).isEmpty();
        assertThat(jpa.read(store1, (EntityManager em) -> {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<TestCustomer> q = cb.createQuery(TestCustomer.class);
            Root<TestCustomer> c = q.from(TestCustomer.class);
            q.select(c).where(cb.like(c.get("name"), "%"));
            return em.createQuery(q).getResultList().stream().map(TestCustomer::getName).toList();
        })).containsExactly("A");
        assertThatThrownBy(() -> jpa.read(store1, (EntityManager em) -> em.getReference(TestCustomer.class, b).getName()))
                .isInstanceOf(EntityNotFoundException.class);
        // find after a query loaded the row into the same entity manager, and a refresh, stay scoped
        assertThat(jpa.read(store1, (EntityManager em) -> {
            em.createQuery("select c from TestCustomer c", TestCustomer.class).getResultList();
            return em.find(TestCustomer.class, b);
        })).isNull();
    }

    @Test
    void eclipseLinkItselfAppliesTheStoreCriteriaToFind() {
        // the guarded entity manager re-checks find; this shows the layer below already filters
        Jpa jpa = open(testUnit());
        long b = insert(jpa, 2, "B", "2");
        Map<String, Object> props = new java.util.HashMap<>();
        Scopes.putParameters(Scope.store(1), props);
        EntityManager raw = engine.unit("test").factory().createEntityManager(props);
        try {
            assertThat(raw.find(TestCustomer.class, b)).isNull();
            assertThat(raw.createQuery("select c from TestCustomer c", TestCustomer.class).getResultList()).isEmpty();
        } finally {
            raw.close();
        }
        // without the scope parameters nothing can be read at all
        EntityManager bare = engine.unit("test").factory().createEntityManager();
        try {
            assertThatThrownBy(() -> bare.find(TestCustomer.class, b)).isInstanceOf(RuntimeException.class);
        } finally {
            bare.close();
        }
    }

    @Test
    void referencesFromUnownedEntitiesStayScoped() {
        Jpa jpa = open(testUnit());
        long b = insert(jpa, 2, "B", "2");
        long visit = jpa.write(SYSTEM, (EntityManager em) -> {
            TestVisit v = new TestVisit(em.find(TestCustomer.class, b), "service");
            em.persist(v);
            em.flush();
            return v.getId();
        });
        Actor store1 = actor(11, Scope.store(1));
        assertThat(jpa.read(store1, (EntityManager em) -> em.find(TestVisit.class, visit).getPurpose()))
                .isEqualTo("service");
        assertThat(jpa.read(store1, (EntityManager em) -> em.find(TestVisit.class, visit).getCustomer())).isNull();
        assertThat(jpa.read(store1, (EntityManager em) -> em.createQuery(
                "select v.customer.name from TestVisit v", String.class).getResultList())).isEmpty();
        assertThat(jpa.read(store1, (EntityManager em) -> em.createQuery(
                "select c.name from TestVisit v join v.customer c", String.class).getResultList())).isEmpty();
        assertThat(jpa.read(SYSTEM, (EntityManager em) -> em.find(TestVisit.class, visit).getCustomer().getName()))
                .isEqualTo("B");
        // a reference is audited as the target's id
        assertThat(engine.find(SYSTEM, AuditQuery.of("TestVisit", visit)).get(0).changes())
                .isEqualTo("{\"customer\":[null," + b + "],\"purpose\":[null,\"service\"]}");
    }

    @Test
    void severalStoresNoStoreAndAllStores() {
        Jpa jpa = open(testUnit());
        insert(jpa, 1, "A", "1");
        insert(jpa, 2, "B", "2");
        insert(jpa, 3, "C", "3");
        String all = "select c.name from TestCustomer c order by c.name";
        assertThat(jpa.read(actor(1, Scope.stores(Set.of(1L, 3L))),
                (EntityManager em) -> em.createQuery(all, String.class).getResultList())).containsExactly("A", "C");
        assertThat(jpa.read(actor(1, Scope.none()), (EntityManager em) -> em.createQuery(all, String.class).getResultList()))
                .isEmpty();
        assertThat(jpa.read(actor(1, Scope.none()), (EntityManager em) -> em.createQuery("select count(c) from TestCustomer c",
                Long.class).getSingleResult())).isZero();
        assertThat(jpa.read(actor(1, Scope.all()), (EntityManager em) -> em.createQuery(all, String.class).getResultList()))
                .containsExactly("A", "B", "C");
        // entity managers are not reused across scopes: a narrower actor after a wider one sees less
        assertThat(jpa.read(actor(1, Scope.store(2)), (EntityManager em) -> em.createQuery(all, String.class).getResultList()))
                .containsExactly("B");
        // group-wide data is visible to everyone
        jpa.run(SYSTEM, (EntityManager em) -> em.persist(new TestNote("brand news")));
        assertThat(jpa.read(actor(1, Scope.none()), (EntityManager em) -> em.createQuery("select n from TestNote n",
                TestNote.class).getResultList())).hasSize(1);
    }

    @Test
    void writesOutsideTheScopeAreRefusedAndRolledBack() {
        Jpa jpa = open(testUnit());
        long a = insert(jpa, 1, "A", "1");
        long b = insert(jpa, 2, "B", "2");
        Actor store1 = actor(11, Scope.store(1));

        assertThatThrownBy(() -> jpa.run(store1, (EntityManager em) -> {
            em.persist(new TestCustomer(1, "ok", "1"));
            em.persist(new TestCustomer(2, "intruder", "2"));
        })).isInstanceOfSatisfying(NotPermittedException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("error.store.outOfScope");
            assertThat(e.args()).containsExactly(2L);
        });
        assertThat(count("SELECT COUNT(*) FROM t_customer")).isEqualTo(2);

        // moving one's own customer to another store
        assertThatThrownBy(() -> jpa.run(store1, (EntityManager em) -> em.find(TestCustomer.class, a).setStoreId(2L)))
                .isInstanceOf(NotPermittedException.class);
        // merging a detached customer of another store (e.g. a forged form): the row is invisible, so it looks
        // like a record deleted meanwhile, whichever store the forged copy claims
        TestCustomer foreign = jpa.read(SYSTEM, (EntityManager em) -> em.find(TestCustomer.class, b));
        foreign.setName("hacked");
        assertThatThrownBy(() -> jpa.run(store1, (EntityManager em) -> em.merge(foreign)))
                .isInstanceOf(ConflictException.class);
        foreign.setStoreId(1L);
        assertThatThrownBy(() -> jpa.run(store1, (EntityManager em) -> em.merge(foreign)))
                .isInstanceOf(ConflictException.class);
        assertThat(jpa.read(SYSTEM, (EntityManager em) -> em.find(TestCustomer.class, b).getName())).isEqualTo("B");
        assertThat(jpa.read(SYSTEM, (EntityManager em) -> em.find(TestCustomer.class, b).getStoreId())).isEqualTo(2L);
        // and no audit row was written by any of the refused transactions
        assertThat(count("SELECT COUNT(*) FROM fc_audit WHERE user_id = 11")).isZero();

        // within the scope all is fine
        jpa.run(store1, (EntityManager em) -> em.find(TestCustomer.class, a).setName("A2"));
        jpa.run(store1, (EntityManager em) -> em.remove(em.find(TestCustomer.class, a)));
        assertThat(count("SELECT COUNT(*) FROM t_customer")).isEqualTo(1);
    }

    @Test
    void theEntityManagerCannotBeUsedToEscape() {
        Jpa jpa = open(testUnit());
        insert(jpa, 2, "B", "2");
        Actor store1 = actor(11, Scope.store(1));
        assertThatThrownBy(() -> jpa.read(store1, (EntityManager em) -> em.getTransaction()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> jpa.read(store1, (EntityManager em) -> em.getEntityManagerFactory()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> jpa.read(store1, (EntityManager em) -> {
            em.setProperty(Scopes.ALL_PARAM, 0L);
            return null;
        })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> jpa.read(store1, (EntityManager em) -> {
            em.persist(new TestCustomer(1, "x", "1"));
            return null;
        })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> jpa.run(SYSTEM, (EntityManager em) -> em.createQuery("update TestCustomer c set c.name = 'x'")
                .executeUpdate())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> jpa.read(store1, (EntityManager em) -> em.createNativeQuery("select * from t_customer",
                TestCustomer.class).getResultList())).isInstanceOf(UnsupportedOperationException.class);
        // technical, unaudited, unowned entities may be bulk-deleted
        jpa.run(SYSTEM, (EntityManager em) -> em.persist(new TestToken("t1", 1)));
        assertThat(jpa.write(SYSTEM, (EntityManager em) -> em.createQuery("delete from TestToken t").executeUpdate()))
                .isEqualTo(1);
    }

    // ---------------------------------------------------------------- audit

    @Test
    void everyChangeIsAuditedWithBeforeAndAfter() throws Exception {
        Jpa jpa = open(testUnit());
        Actor store1 = actor(11, Scope.store(1), AuditLog.PERMISSION_VIEW);
        long id = jpa.write(store1, (EntityManager em) -> {
            TestCustomer c = new TestCustomer(1, "Wang", "13800138000");
            c.setCredit(new BigDecimal("1200.50"));
            c.setPasswordHash("s3cr3t");
            em.persist(c);
            return c.getId() == null ? -1L : c.getId();
        });
        long customerId = id > 0 ? id : jpa.read(store1, (EntityManager em) -> em.createQuery("select c.id from TestCustomer c",
                Long.class).getSingleResult());
        jpa.run(store1, (EntityManager em) -> em.find(TestCustomer.class, customerId).setPhone("13900139000"));
        jpa.run(store1, (EntityManager em) -> em.persist(new TestToken("tok", 11)));
        jpa.run(store1, (EntityManager em) -> em.remove(em.find(TestCustomer.class, customerId)));

        List<AuditRecord> rows = engine.find(store1, AuditQuery.of("TestCustomer", customerId));
        assertThat(rows).extracting(AuditRecord::action)
                .containsExactly(AuditAction.DELETE, AuditAction.UPDATE, AuditAction.CREATE);
        ObjectMapper json = new ObjectMapper();
        AuditRecord update = rows.get(1);
        assertThat(update.changes()).isEqualTo("{\"phone\":[\"13800138000\",\"13900139000\"]}");
        assertThat(update.userId()).isEqualTo(11);
        assertThat(update.username()).isEqualTo("user11");
        assertThat(update.displayName()).isEqualTo("User 11");
        assertThat(update.storeId()).isEqualTo(1L);
        assertThat(update.entityId()).isEqualTo(String.valueOf(customerId));
        assertThat(update.at()).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));

        Map<String, Object> created = json.readValue(rows.get(2).changes(), new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
        assertThat(created.get("name")).isEqualTo(java.util.Arrays.asList(null, "Wang"));
        assertThat(created.get("phone")).isEqualTo(java.util.Arrays.asList(null, "13800138000"));
        assertThat(created.get("storeId")).isEqualTo(java.util.Arrays.asList(null, 1));
        assertThat(created.get("credit")).isEqualTo(java.util.Arrays.asList(null, 1200.5));
        assertThat(rows.get(2).changes()).contains("1200.50").doesNotContain("s3cr3t");
        assertThat(created.get("passwordHash")).isEqualTo(java.util.Arrays.asList(null, "***"));
        assertThat(created.keySet()).doesNotContain("id", "version");

        Map<String, Object> deleted = json.readValue(rows.get(0).changes(), new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
        assertThat(deleted.get("phone")).isEqualTo(java.util.Arrays.asList("13900139000", null));

        // the token is @NotAudited; group data is audited without a store
        assertThat(engine.count(SYSTEM, AuditQuery.all().withEntity("TestToken"))).isZero();
        jpa.run(SYSTEM, (EntityManager em) -> em.persist(new TestNote("hello")));
        List<AuditRecord> notes = engine.find(SYSTEM, AuditQuery.all().withEntity("TestNote"));
        assertThat(notes).singleElement().satisfies(r -> {
            assertThat(r.storeId()).isNull();
            assertThat(r.userId()).isZero();
            assertThat(r.changes()).isEqualTo("{\"text\":[null,\"hello\"]}");
        });
    }

    @Test
    void severalChangesOfOneEntityInOneTransactionMakeOneRow() {
        Jpa jpa = open(testUnit());
        long id = insert(jpa, 1, "A", "1");
        jpa.run(SYSTEM, (EntityManager em) -> {
            TestCustomer c = em.find(TestCustomer.class, id);
            c.setPhone("2");
            em.flush();
            c.setPhone("3");
            c.setName("A2");
        });
        List<AuditRecord> rows = engine.find(SYSTEM, AuditQuery.of("TestCustomer", id));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).changes()).isEqualTo("{\"name\":[\"A\",\"A2\"],\"phone\":[\"1\",\"3\"]}");
    }

    @Test
    void theAuditRowIsInTheSameTransaction() {
        Jpa jpa = open(testUnit());
        long id = insert(jpa, 1, "A", "1");
        long before = count("SELECT COUNT(*) FROM fc_audit");
        assertThatThrownBy(() -> jpa.run(SYSTEM, (EntityManager em) -> {
            em.find(TestCustomer.class, id).setPhone("999");
            em.persist(new TestCustomer(1, "new", "5"));
            em.flush();
            throw new IllegalStateException("business rule failed after flush");
        })).hasMessageContaining("business rule");
        assertThat(count("SELECT COUNT(*) FROM fc_audit")).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM t_customer")).isEqualTo(1);
        assertThat(jpa.read(SYSTEM, (EntityManager em) -> em.find(TestCustomer.class, id).getPhone())).isEqualTo("1");
        // a failure at commit (a constraint) also takes the audit rows with it
        assertThatThrownBy(() -> jpa.run(SYSTEM, (EntityManager em) -> {
            em.persist(new TestToken("dup", 1));
            em.persist(new TestNote("audited but rolled back"));
            em.flush();
            em.persist(new TestToken("dup2", 1));
            em.createNativeQuery("INSERT INTO t_token (token, userid) VALUES ('dup2', 1)").executeUpdate();
        })).isInstanceOf(RuntimeException.class);
        assertThat(count("SELECT COUNT(*) FROM fc_audit")).isEqualTo(before);
    }

    @Test
    void auditLogNeedsThePermissionAndIsScoped() {
        Jpa jpa = open(testUnit());
        insert(jpa, 1, "A", "1");
        insert(jpa, 2, "B", "2");
        jpa.run(SYSTEM, (EntityManager em) -> em.persist(new TestNote("group")));
        Instant afterInserts = Instant.now().plusMillis(1);
        Actor store1 = actor(11, Scope.store(1), AuditLog.PERMISSION_VIEW);
        jpa.run(store1, (EntityManager em) -> em.createQuery("select c from TestCustomer c", TestCustomer.class).getResultList()
                .forEach(c -> c.setPhone("x")));

        assertThatThrownBy(() -> engine.find(actor(5, Scope.all()), AuditQuery.all()))
                .isInstanceOf(NotPermittedException.class);
        assertThat(engine.find(store1, AuditQuery.all())).extracting(AuditRecord::storeId).containsOnly(1L);
        assertThat(engine.count(store1, AuditQuery.all())).isEqualTo(2);
        assertThat(engine.count(actor(1, Scope.none(), AuditLog.PERMISSION_VIEW), AuditQuery.all())).isZero();
        Actor group = actor(1, Scope.all(), AuditLog.PERMISSION_VIEW);
        assertThat(engine.count(group, AuditQuery.all())).isEqualTo(4);
        assertThat(engine.count(group, AuditQuery.all().withUserId(11L))).isEqualTo(1);
        assertThat(engine.count(group, AuditQuery.all().withStoreId(2L))).isEqualTo(1);
        assertThat(engine.count(group, AuditQuery.all().withEntity("TestNote"))).isEqualTo(1);
        assertThat(engine.count(group, AuditQuery.all().between(afterInserts.minusSeconds(3600), afterInserts)))
                .isEqualTo(3);
        assertThat(engine.count(group, AuditQuery.all().between(afterInserts, null))).isEqualTo(1);
        List<AuditRecord> page = engine.find(group, AuditQuery.all().page(1, 2));
        List<AuditRecord> everything = engine.find(group, AuditQuery.all());
        assertThat(everything).extracting(AuditRecord::id).isSortedAccordingTo((x, y) -> Long.compare(y, x));
        assertThat(page).containsExactly(everything.get(1), everything.get(2));
    }

    // ---------------------------------------------------------------- values, conflicts

    @Test
    void instantsAreStoredInUtcWhateverTheJvmZone() throws Exception {
        Jpa jpa = open(testUnit());
        Instant visit = Instant.parse("2026-03-08T02:30:15.123Z");
        TimeZone original = TimeZone.getDefault();
        long id;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
            id = jpa.write(SYSTEM, (EntityManager em) -> {
                TestCustomer c = new TestCustomer(1, "T", "1");
                c.setLastVisit(visit);
                c.setCredit(new BigDecimal("12345678901234567.89"));
                em.persist(c);
                em.flush();
                return c.getId();
            });
            assertThat(jpa.read(SYSTEM, (EntityManager em) -> em.find(TestCustomer.class, id).getLastVisit())).isEqualTo(visit);
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            TestCustomer back = jpa.read(SYSTEM, (EntityManager em) -> em.find(TestCustomer.class, id));
            assertThat(back.getLastVisit()).isEqualTo(visit);
            assertThat(back.getCredit()).isEqualTo(new BigDecimal("12345678901234567.89"));
            assertThat(jpa.read(SYSTEM, (EntityManager em) -> em.createQuery(
                    "select count(c) from TestCustomer c where c.lastVisit < :t", Long.class)
                    .setParameter("t", visit.plusSeconds(1)).getSingleResult())).isEqualTo(1L);
        } finally {
            TimeZone.setDefault(original);
        }
        // the column holds the UTC wall clock
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT last_visit FROM t_customer WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getTimestamp(1, AuditStore.utc()).toInstant()).isEqualTo(visit);
                assertThat(rs.getString(1)).startsWith("2026-03-08 02:30:15.123");
            }
        }
    }

    @Test
    void concurrentEditsConflictAndTheFirstWriteSurvives() throws Exception {
        Jpa jpa = open(testUnit());
        long id = insert(jpa, 1, "A", "1");
        Actor one = actor(1, Scope.store(1));
        Actor two = actor(2, Scope.store(1));

        // stale detached copy: loaded, someone else saves, then merged
        TestCustomer stale = jpa.read(one, (EntityManager em) -> em.find(TestCustomer.class, id));
        jpa.run(two, (EntityManager em) -> em.find(TestCustomer.class, id).setPhone("from two"));
        stale.setPhone("from one");
        assertThatThrownBy(() -> jpa.run(one, (EntityManager em) -> em.merge(stale)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.conflict");
                    assertThat(e.args()).containsExactly("TestCustomer", id);
                });

        // two transactions at the same time, both having read version n
        CountDownLatch bothRead = new CountDownLatch(2);
        CountDownLatch firstCommitted = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> jpa.run(one, (EntityManager em) -> {
            TestCustomer c = em.find(TestCustomer.class, id);
            bothRead.countDown();
            await(bothRead);
            c.setName("first");
        })).whenComplete((v, e) -> firstCommitted.countDown());
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> jpa.run(two, (EntityManager em) -> {
            TestCustomer c = em.find(TestCustomer.class, id);
            bothRead.countDown();
            await(firstCommitted);
            c.setName("second");
        }));
        first.get(30, TimeUnit.SECONDS);
        assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(ConflictException.class);
        TestCustomer now = jpa.read(SYSTEM, (EntityManager em) -> em.find(TestCustomer.class, id));
        assertThat(now.getName()).isEqualTo("first");
        assertThat(now.getPhone()).isEqualTo("from two");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timeout");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void sameUnitNameOnTwoDatabasesStaysApart() {
        Jpa here = open(testUnit());
        DataSource elsewhere = database().freshSchema();
        try (PersistenceEngine second = new PersistenceEngine(elsewhere)) {
            Jpa there = second.open(testUnit());
            insert(here, 1, "here", "1");
            assertThat(there.read(SYSTEM, (EntityManager em) -> em.createQuery("select count(c) from TestCustomer c", Long.class)
                    .getSingleResult())).isZero();
            there.close();
        }
        assertThat(here.read(SYSTEM, (EntityManager em) -> em.createQuery("select count(c) from TestCustomer c", Long.class)
                .getSingleResult())).isEqualTo(1L);
    }
}
