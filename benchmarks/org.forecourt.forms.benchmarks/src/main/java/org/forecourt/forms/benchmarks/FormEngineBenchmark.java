package org.forecourt.forms.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.forecourt.forms.api.engine.DefinitionProblem;
import org.forecourt.forms.api.engine.Evaluation;
import org.forecourt.forms.api.engine.FormContext;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.engine.internal.FormEngineImpl;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The forms engine's quality bar: validating and scoring one submission of a 200-field form (sections, two repeatable
 * groups, 30 expressions) must take at most 5 ms. Also measures reading and checking the definition.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FormEngineBenchmark {

    private FormEngineImpl engine;
    private FormDefinition definition;
    private String json;
    private Map<String, Object> answers;
    private FormContext context;

    @Setup
    public void setUp() {
        engine = new FormEngineImpl();
        BenchmarkForm form = new BenchmarkForm();
        definition = form.definition();
        if (form.items() != 200 || form.expressions() != 30) {
            throw new IllegalStateException(form.items() + " items, " + form.expressions() + " expressions");
        }
        List<DefinitionProblem> problems = engine.check(definition);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the benchmark form has problems: " + problems);
        }
        json = engine.toJson(definition);
        answers = form.answers();
        context = new FormContext(Locale.SIMPLIFIED_CHINESE, null, null, Map.of("name", "王芳"),
                Map.of("model", "Model Y"), Map.of("name", "李雷"), Map.of("name", "浦东店"));
        Evaluation e = engine.evaluate(definition, answers, context, true);
        if (!e.valid() || !e.passed()) {
            throw new IllegalStateException("the benchmark answers do not pass: " + e.errors() + " "
                    + e.failedCritical() + " " + e.score());
        }
    }

    /** Validation and scoring of one complete submission. */
    @Benchmark
    public Evaluation evaluateSubmission() {
        return engine.evaluate(definition, answers, context, true);
    }

    /** Reading a definition document: JSON, schema, semantic checks (what publishing and imports do). */
    @Benchmark
    public FormDefinition parseAndCheck() {
        return engine.parse(json);
    }
}
