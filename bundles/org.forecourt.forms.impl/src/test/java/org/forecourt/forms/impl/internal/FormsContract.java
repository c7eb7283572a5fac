package org.forecourt.forms.impl.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.forecourt.core.api.Actor;
import org.forecourt.forms.api.FormDraft;
import org.forecourt.forms.api.FormOwner;
import org.forecourt.forms.api.FormPurpose;
import org.forecourt.forms.api.FormVersion;
import org.forecourt.forms.api.PurposeContribution;
import org.forecourt.forms.api.engine.FormEngine;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.LocalText;
import org.forecourt.forms.engine.internal.FormEngineImpl;
import org.forecourt.persistence.Jpa;
import org.forecourt.persistence.internal.PersistenceEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the database tests: a fresh schema per test, the real persistence engine (migrations, store scoping,
 * audit) with the {@code forms} unit, the real forms engine, and the services over them. Run once per database by
 * a subclass.
 */
abstract class FormsContract {

    /** A recorded event. */
    record Posted(String topic, Map<String, Object> properties) {
    }

    static final Instant START = Instant.parse("2026-11-20T02:00:00Z");

    DataSource dataSource;
    PersistenceEngine persistence;
    Jpa jpa;
    final FormEngine engine = new FormEngineImpl();
    final List<Posted> events = new CopyOnWriteArrayList<>();
    final List<PurposeContribution> contributions = new CopyOnWriteArrayList<>();
    FormsCore core;
    FormServiceImpl forms;
    BindingServiceImpl bindings;
    SubmissionServiceImpl submissions;
    FormGateImpl gate;

    abstract TestDatabase database();

    @BeforeEach
    void openUnit() {
        dataSource = database().freshSchema();
        persistence = new PersistenceEngine(dataSource);
        jpa = persistence.open(FormsUnit.definition(FormsUnit.class.getClassLoader(), persistence.databaseKind()));
        SubjectDirectory directory = new SubjectDirectory() {
            @Override
            public Map<String, Object> customer(Actor actor, long customerId) {
                return customerId == 501 ? Map.of("name", "张三", "mobile", "13800138000") : Map.of();
            }

            @Override
            public Map<String, Object> vehicle(Actor actor, long vehicleId) {
                return Map.of("vin", "LSVAU2180N2183294", "model", "Model S");
            }
        };
        contributions.add(() -> List.of(new FormPurpose("sales.testdrive.agreement",
                LocalText.of("试驾协议", "Test-drive agreement"), LocalText.empty(), "sales.order", true,
                "agreement")));
        core = new FormsCore(jpa, engine, TestData::organisation, Clock.fixed(START, ZoneOffset.UTC),
                () -> (topic, props) -> events.add(new Posted(topic, Map.copyOf(props))), () -> directory,
                () -> contributions);
        forms = new FormServiceImpl(core);
        bindings = new BindingServiceImpl(core);
        submissions = new SubmissionServiceImpl(core);
        gate = new FormGateImpl(core);
    }

    @AfterEach
    void closeUnit() {
        if (jpa != null) {
            jpa.close();
        }
        if (persistence != null) {
            persistence.close();
        }
    }

    FormDefinition checklist() {
        return engine.parse(TestData.CHECKLIST);
    }

    /** Creates the checklist for an owner under a key and publishes it as version 1. */
    FormVersion publishChecklist(Actor actor, FormOwner owner, String key) {
        FormDraft d = forms.create(actor, owner, checklist().setKey(key));
        return forms.publish(actor, d.summary().id(), d.summary().revision(), "first version");
    }

    static Map<String, Object> inspection(String grade, String note) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("grade", grade);
        if (note != null) {
            m.put("note", note);
        }
        return m;
    }

    /** Answers that pass: both safety items OK. */
    static Map<String, Object> goodAnswers() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("brakes", inspection("OK", null));
        a.put("tyres", inspection("OK", null));
        a.put("accessories", List.of("mats", "dashcam"));
        a.put("fuel", "full");
        a.put("mileage", new BigDecimal("12"));
        a.put("remarks", "<script>alert(1)</script>");
        return a;
    }

    static ZoneId shanghai() {
        return ZoneId.of("Asia/Shanghai");
    }
}
