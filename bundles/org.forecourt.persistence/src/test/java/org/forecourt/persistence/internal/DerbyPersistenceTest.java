package org.forecourt.persistence.internal;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The contract on embedded Derby in a temporary directory. */
class DerbyPersistenceTest extends PersistenceContract {

    @TempDir
    static Path dir;
    static TestDatabase db;

    @BeforeAll
    static void start() {
        db = new TestDatabase.Derby(dir);
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Override
    TestDatabase database() {
        return db;
    }

    /**
     * Scoped queries must be prepared with bound parameters: an inlined value makes Derby compile every query anew
     * (slow imports, a full statement cache) — seen when the scope criteria compared a bare parameter.
     */
    @Test
    void scopedQueriesUseBoundParameters() {
        var jpa = open(testUnit());
        long id = insert(jpa, 7, "绑定测试", "13800138000");
        var store7 = actor(1, org.forecourt.core.api.Scope.store(7));
        for (int i = 0; i < 3; i++) {
            jpa.read(store7, em -> em.createQuery("select c from TestCustomer c where c.name = :n",
                    org.forecourt.persistence.testunit.TestCustomer.class).setParameter("n", "绑定测试").getResultList());
            jpa.read(store7, em -> em.find(org.forecourt.persistence.testunit.TestCustomer.class, id));
        }
        List<String> cached = column("SELECT CAST(SQL_TEXT AS VARCHAR(2000)) FROM SYSCS_DIAG.STATEMENT_CACHE");
        List<String> customerQueries = cached.stream().filter(sql -> sql.toUpperCase().contains("STORE_ID")
                && sql.toUpperCase().startsWith("SELECT")).toList();
        assertThat(customerQueries).isNotEmpty();
        assertThat(customerQueries).as("no literal values in scoped queries").allMatch(sql -> sql.contains("?"))
                .noneMatch(sql -> sql.contains("绑定测试"));
    }

    @Override
    String expectedKind() {
        return "derby";
    }
}
