package org.forecourt.forms.engine.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.forecourt.core.api.FieldError;
import org.forecourt.core.api.validation.ChineseIdCard;
import org.forecourt.core.api.validation.ChineseMobile;
import org.forecourt.core.api.validation.LicencePlate;
import org.forecourt.core.api.validation.Vin;
import org.forecourt.forms.api.engine.Evaluation;
import org.forecourt.forms.api.engine.FieldState;
import org.forecourt.forms.api.engine.FormContext;
import org.forecourt.forms.api.engine.Score;
import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.FormItem;
import org.forecourt.forms.api.model.Grade;
import org.forecourt.forms.api.model.ItemOption;
import org.forecourt.forms.api.model.RatingScale;

/**
 * One evaluation of answers against a definition. Order: answers → expression values (with type checks), visibility
 * (top down; hidden containers hide their items), scores over the visible items, computed values (lazily, in
 * dependency order; those using the score or grade functions after scoring), required/read-only states and value
 * validation, critical items, the pass rule.
 */
final class Evaluator implements ExprFunctions.Host {

    static final int DEFAULT_TEXT_LENGTH = 200;
    static final int DEFAULT_TEXTAREA_LENGTH = 2000;
    static final int DEFAULT_MAX_ROWS = 50;
    static final int DEFAULT_INSPECTION_PHOTOS = 3;
    static final int MAX_NOTE_LENGTH = 2000;
    private static final Set<String> INSPECTION_KEYS = Set.of("grade", "note", "photos");

    private final Expressions expressions;
    private final FormDefinition definition;
    private final Map<String, Object> answers;
    private final FormContext context;
    private final boolean complete;
    private final Scopes scopes;

    private final Map<String, FieldState> states = new LinkedHashMap<>();
    private final Map<String, Object> computed = new LinkedHashMap<>();
    private final List<FieldError> errors = new ArrayList<>();
    private final Set<String> errorPaths = new HashSet<>();
    private final List<ExprFunctions.Graded> inspections = new ArrayList<>();
    private final Map<String, BigDecimal[]> sectionTotals = new LinkedHashMap<>();
    private final BigDecimal[] total = {BigDecimal.ZERO, BigDecimal.ZERO};
    private boolean scored;
    private boolean scoreReady;
    private Map<String, Score> sectionScores = Map.of();
    private Score score;
    private final ExprContext root;

    /** A value computed on first use, in its own scope. */
    private final class Lazy implements ExprContext.Deferred {
        final Scopes.Entry entry;
        final String path;
        ExprContext scope;
        Object value;
        boolean done;
        boolean running;

        Lazy(Scopes.Entry entry, String path) {
            this.entry = entry;
            this.path = path;
        }

        @Override
        public Object get() {
            if (done || running) {
                return value;
            }
            running = true;
            Expressions.Compiled c = expressions.compile(entry.item().getExpression());
            Object v = normalize(entry.item(), c.valid() ? run(c, scope) : null);
            running = false;
            if (scoreReady || !c.valid() || !c.late()) {
                done = true;
                value = v;
                computed.put(path, v);
            }
            return v;
        }
    }

    Evaluator(Expressions expressions, FormDefinition definition, Map<String, Object> answers, FormContext context,
              boolean complete) {
        this.expressions = expressions;
        this.definition = definition;
        this.answers = answers == null ? Map.of() : answers;
        this.context = context == null ? FormContext.empty(null) : context;
        this.complete = complete;
        this.scopes = new Scopes(definition);
        Map<String, Object> vars = new HashMap<>();
        vars.put("customer", new ExprRecord(this.context.customer()));
        vars.put("vehicle", new ExprRecord(this.context.vehicle()));
        vars.put("user", new ExprRecord(this.context.user()));
        vars.put("store", new ExprRecord(this.context.store()));
        this.root = new ExprContext(vars, null, new ExprFunctions(this));
    }

    Evaluation run() {
        Map<String, Object> vars = root.vars();
        for (Map.Entry<String, Object> a : answers.entrySet()) {
            Scopes.Entry e = scopes.form().get(a.getKey());
            if (e == null || !Scopes.isValue(e.type())) {
                error(a.getKey(), "forms.answer.unknownField", a.getKey());
            }
        }
        List<Lazy> lazies = new ArrayList<>();
        bindValues(scopes.form(), answers, "", root, vars, lazies);
        List<Visible> visible = new ArrayList<>();
        visibility(definition.getItems(), root, "", true, visible, null, lazies);
        scoring(visible);
        scoreReady = true;
        for (Lazy l : lazies) {
            l.get();
        }
        vars.put("score", score == null ? BigDecimal.ZERO : score.points());
        vars.put("maxScore", score == null ? BigDecimal.ZERO : score.max());
        vars.put("percent", score == null ? null : score.percent());
        for (Lazy l : lazies) {
            l.get();
        }
        List<String> failedCritical = new ArrayList<>();
        for (Visible v : visible) {
            validate(v, failedCritical);
        }
        boolean passed = errors.isEmpty() && failedCritical.isEmpty();
        if (passed && definition.getScoring() != null && definition.getScoring().pass() != null) {
            Expressions.Compiled c = expressions.compile(definition.getScoring().pass());
            passed = c.valid() && truthy(run(c, root));
        }
        return new Evaluation(states, nonNull(computed), errors, score, passed, failedCritical);
    }

    private static Map<String, Object> nonNull(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }

    // ------------------------------------------------------------------------------------------- values

    /** Puts the expression value of every item of a namespace into {@code vars}; type errors are reported. */
    private void bindValues(Map<String, Scopes.Entry> names, Map<String, Object> given, String prefix,
                            ExprContext scope, Map<String, Object> vars, List<Lazy> lazies) {
        for (Scopes.Entry e : names.values()) {
            FieldType t = e.type();
            if (t == null || !Scopes.isValue(t)) {
                continue;
            }
            String key = e.item().getKey();
            String path = prefix + key;
            if (t == FieldType.COMPUTED) {
                Lazy l = new Lazy(e, path);
                l.scope = scope;
                lazies.add(l);
                vars.put(key, l);
            } else if (t == FieldType.GROUP) {
                vars.put(key, rows(e, given.get(key), path, scope, lazies));
            } else {
                vars.put(key, exprValue(e.item(), given.get(key), path));
            }
        }
    }

    /** A group's rows as expression values (each row a map of its fields). */
    private List<Map<String, Object>> rows(Scopes.Entry group, Object raw, String path, ExprContext scope,
                                           List<Lazy> lazies) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (raw == null) {
            return rows;
        }
        if (!(raw instanceof List<?> list)) {
            error(path, "forms.answer.wrongType", "group");
            return rows;
        }
        Map<String, Scopes.Entry> names = scopes.group(group);
        for (int r = 0; r < list.size(); r++) {
            String rowPath = path + "[" + r + "]";
            RowView rowVars = new RowView();
            if (!(list.get(r) instanceof Map<?, ?> row)) {
                error(rowPath, "forms.answer.wrongType", "row");
                rows.add(rowVars);
                continue;
            }
            Map<String, Object> given = new HashMap<>();
            row.forEach((k, v) -> given.put(String.valueOf(k), v));
            for (String k : given.keySet()) {
                Scopes.Entry e = names.get(k);
                if (e == null || !Scopes.isValue(e.type())) {
                    error(rowPath + "." + k, "forms.answer.unknownField", k);
                }
            }
            ExprContext rowScope = scope.row(rowVars);
            bindValues(names, given, rowPath + ".", rowScope, rowVars, lazies);
            rows.add(rowVars);
        }
        return rows;
    }

    /** A row as expressions and sum()/avg() see it: computed values are worked out when read. */
    private static final class RowView extends HashMap<String, Object> {
        private static final long serialVersionUID = 1L;


        @Override
        public Object get(Object key) {
            Object v = super.get(key);
            return v instanceof ExprContext.Deferred d ? d.get() : v;
        }
    }

    /** The value an expression sees for an answer; reports answers of the wrong type (and yields null). */
    private Object exprValue(FormItem item, Object v, String path) {
        if (v == null) {
            return null;
        }
        Object x = switch (item.getType()) {
            case TEXT, TEXTAREA, VIN, PLATE, MOBILE, ID_CARD, CHOICE, DATE, TIME, DATE_TIME ->
                    v instanceof String ? v : null;
            case NUMBER, MONEY, RATING -> v instanceof Number ? Values.decimal(v) : null;
            case MULTI_CHOICE -> strings(v);
            case YES_NO -> v instanceof Boolean ? v : null;
            case INSPECTION -> v instanceof Map<?, ?> m && (m.get("grade") == null || m.get("grade") instanceof String)
                    ? (m.get("grade") == null ? "" : m.get("grade")) : null;
            case PHOTO -> strings(v) == null ? null : BigDecimal.valueOf(((List<?>) v).size());
            case SIGNATURE -> v instanceof String s ? (Object) !s.isBlank() : null;
            case REFERENCE -> v instanceof Map<?, ?> m ? String.valueOf(m.get("label")) : null;
            default -> null;
        };
        if (x == null) {
            error(path, "forms.answer.wrongType", item.getType().jsonName());
            return null;
        }
        return "".equals(x) && item.getType() == FieldType.INSPECTION ? null : x;
    }

    private static List<String> strings(Object v) {
        if (!(v instanceof List<?> list)) {
            return null;
        }
        for (Object o : list) {
            if (!(o instanceof String)) {
                return null;
            }
        }
        @SuppressWarnings("unchecked")
        List<String> s = (List<String>) list;
        return s;
    }

    // --------------------------------------------------------------------------------------------- visibility

    /** A visible item with its answer, path and scope. */
    private record Visible(Scopes.Entry entry, String path, Object answer, ExprContext scope) {
    }

    private void visibility(List<FormItem> items, ExprContext scope, String prefix, boolean parentVisible,
                            List<Visible> visible, Map<?, ?> rowAnswers, List<Lazy> lazies) {
        for (FormItem item : items) {
            if (item == null || item.getType() == null) {
                continue;
            }
            String path = prefix + item.getKey();
            boolean shown = parentVisible && (item.getVisibleIf() == null || condition(item.getVisibleIf(), scope));
            Scopes.Entry entry = entry(item, prefix);
            states.put(path, new FieldState(shown, false, readOnlyType(item.getType())));
            Object answer = rowAnswers == null ? answers.get(item.getKey()) : rowAnswers.get(item.getKey());
            if (shown) {
                visible.add(new Visible(entry, path, answer, scope));
            }
            if (item.getType() == FieldType.SECTION) {
                visibility(item.getItems(), scope, prefix, shown, visible, rowAnswers, lazies);
            } else if (item.getType() == FieldType.GROUP && answer instanceof List<?> rows) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> rowVars = (List<Map<String, Object>>) scope.get(item.getKey());
                for (int r = 0; r < rows.size() && rowVars != null && r < rowVars.size(); r++) {
                    Map<?, ?> row = rows.get(r) instanceof Map<?, ?> m ? m : Map.of();
                    visibility(item.getItems(), scope.row(rowVars.get(r)), path + "[" + r + "].", shown, visible,
                            row, lazies);
                }
            }
        }
    }

    private Scopes.Entry entry(FormItem item, String prefix) {
        String groupPath = prefix.isEmpty() ? "" : prefix.replaceAll("\\[\\d+]", "");
        Scopes.Entry e = scopes.at(groupPath + item.getKey());
        return e == null ? new Scopes.Entry(item, item.getKey(), null, null, 1) : e;
    }

    private static boolean readOnlyType(FieldType t) {
        return t == FieldType.COMPUTED || t == FieldType.REFERENCE;
    }

    private boolean condition(String source, ExprContext scope) {
        Expressions.Compiled c = expressions.compile(source);
        return c.valid() && truthy(run(c, scope));
    }

    private Object run(Expressions.Compiled c, ExprContext scope) {
        try {
            return expressions.run(c, scope);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    private static boolean truthy(Object v) {
        return Boolean.TRUE.equals(v);
    }

    /** A computed result as stored: numbers rounded to the item's decimals (HALF_UP), text, booleans. */
    private static Object normalize(FormItem item, Object v) {
        if (v instanceof Number) {
            BigDecimal d = Values.decimal(v);
            if (d == null) {
                return null;
            }
            return item.getDecimals() == null ? d.stripTrailingZeros().scale() < 0 ? d.setScale(0) : d
                    : d.setScale(item.getDecimals(), RoundingMode.HALF_UP);
        }
        return v instanceof String || v instanceof Boolean ? v : null;
    }

    // ------------------------------------------------------------------------------------------------ scoring

    private void scoring(List<Visible> visible) {
        BigDecimal factor = definition.getScoring() == null ? null
                : definition.getScoring().attentionFactorOrDefault();
        factor = factor == null ? new BigDecimal("0.5") : factor;
        for (Visible v : visible) {
            FormItem item = v.entry().item();
            if (item.getType() == FieldType.INSPECTION) {
                inspections.add(new ExprFunctions.Graded(grade(v.answer()), item.getTags()));
            }
            BigDecimal[] pm = points(item, v.answer(), factor);
            if (pm == null) {
                continue;
            }
            scored = true;
            add(total, pm);
            for (String section : sections(v.entry())) {
                add(sectionTotals.computeIfAbsent(section, k -> new BigDecimal[] {BigDecimal.ZERO,
                        BigDecimal.ZERO}), pm);
            }
        }
        Map<String, Score> sections = new LinkedHashMap<>();
        sectionTotals.forEach((k, pm) -> sections.put(k, score(pm, Map.of())));
        sectionScores = sections;
        score = scored || definition.getScoring() != null || scorable() ? score(total, sections) : null;
    }

    /** The definition has items that score (visible or not). */
    private boolean scorable() {
        for (Scopes.Entry e : scopes.all()) {
            if (e.type() != null && points(e.item(), null, BigDecimal.ONE) != null) {
                return true;
            }
        }
        return false;
    }

    private static void add(BigDecimal[] acc, BigDecimal[] pm) {
        acc[0] = acc[0].add(pm[0]);
        acc[1] = acc[1].add(pm[1]);
    }

    private static Score score(BigDecimal[] pm, Map<String, Score> sections) {
        BigDecimal percent = pm[1].signum() == 0 ? null
                : pm[0].multiply(BigDecimal.valueOf(100)).divide(pm[1], 2, RoundingMode.HALF_UP);
        return new Score(pm[0], pm[1], percent, sections);
    }

    /** The keys of the sections an item is in (nearest first), through its groups. */
    private static List<String> sections(Scopes.Entry e) {
        List<String> keys = new ArrayList<>();
        for (Scopes.Entry at = e; at != null; at = at.group()) {
            for (Scopes.Entry s = at.section(); s != null; s = s.section()) {
                keys.add(s.item().getKey());
            }
        }
        return keys;
    }

    /**
     * Points and maximum of one visible item, or null when it is not scored. Yes/no, inspection and rating score
     * their weight; choices score the chosen options' scores (their weight is not used).
     */
    static BigDecimal[] points(FormItem item, Object answer, BigDecimal attentionFactor) {
        BigDecimal w = item.getWeight();
        switch (item.getType()) {
            case YES_NO -> {
                return w == null ? null : new BigDecimal[] {Boolean.TRUE.equals(answer) ? w : BigDecimal.ZERO, w};
            }
            case INSPECTION -> {
                if (w == null) {
                    return null;
                }
                String g = grade(answer);
                BigDecimal p = "OK".equals(g) ? w : "ATTENTION".equals(g) ? w.multiply(attentionFactor)
                        : BigDecimal.ZERO;
                return new BigDecimal[] {p, w};
            }
            case RATING -> {
                BigDecimal v = Values.decimal(answer);
                if (w == null || item.getScale() == null) {
                    return null;
                }
                RatingScale s = item.getScale();
                BigDecimal p = v == null ? BigDecimal.ZERO : w.multiply(v.subtract(BigDecimal.valueOf(s.min())))
                        .divide(BigDecimal.valueOf(s.max() - s.min()), 10, RoundingMode.HALF_UP)
                        .max(BigDecimal.ZERO).min(w).stripTrailingZeros();
                return new BigDecimal[] {p, w};
            }
            case CHOICE, MULTI_CHOICE -> {
                return optionPoints(item, answer);
            }
            default -> {
                return null;
            }
        }
    }

    private static BigDecimal[] optionPoints(FormItem item, Object answer) {
        boolean anyScore = false;
        BigDecimal max = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        Collection<?> chosen = answer instanceof Collection<?> c ? c : answer == null ? List.of() : List.of(answer);
        for (ItemOption o : item.getOptions()) {
            if (o.score() == null) {
                continue;
            }
            anyScore = true;
            if (item.getType() == FieldType.CHOICE) {
                max = max.max(o.score());
            } else if (o.score().signum() > 0) {
                max = max.add(o.score());
            }
            if (chosen.contains(o.value())) {
                sum = sum.add(o.score());
            }
        }
        return anyScore ? new BigDecimal[] {sum, max} : null;
    }

    private static String grade(Object answer) {
        return answer instanceof Map<?, ?> m && m.get("grade") instanceof String g ? g : null;
    }

    @Override
    public List<ExprFunctions.Graded> inspections() {
        return inspections;
    }

    @Override
    public Score sectionScore(String key) {
        return sectionScores.get(key);
    }

    @Override
    public LocalDate today() {
        return context.today();
    }

    // --------------------------------------------------------------------------------------------- validation

    private void validate(Visible v, List<String> failedCritical) {
        FormItem item = v.entry().item();
        FieldType t = item.getType();
        String path = v.path();
        boolean required = t.isInput() && (item.isRequired()
                || item.getRequiredIf() != null && condition(item.getRequiredIf(), v.scope()));
        boolean readOnly = readOnlyType(t) || t.isInput() && item.getReadOnlyIf() != null
                && condition(item.getReadOnlyIf(), v.scope());
        states.put(path, new FieldState(true, required, readOnly));
        Object a = v.answer();
        if (item.isCritical() && criticalFails(item, a)) {
            failedCritical.add(path);
        }
        if (t == FieldType.GROUP) {
            validateGroup(item, a, path, required);
            return;
        }
        if (!t.isInput() || errorPaths.contains(path)) {
            return;
        }
        if (!answered(a)) {
            if (complete && required) {
                error(path, "forms.answer.required");
            }
            return;
        }
        validateValue(item, a, path);
    }

    private static boolean criticalFails(FormItem item, Object a) {
        return item.getType() == FieldType.INSPECTION ? !"OK".equals(grade(a))
                : item.getType() == FieldType.YES_NO && !Boolean.TRUE.equals(a);
    }

    private void validateGroup(FormItem item, Object a, String path, boolean required) {
        int rows = a instanceof List<?> l ? l.size() : 0;
        int min = item.getMinRows() == null ? (required ? 1 : 0) : Math.max(item.getMinRows(), required ? 1 : 0);
        int max = item.getMaxRows() == null ? DEFAULT_MAX_ROWS : item.getMaxRows();
        if (complete && rows < min) {
            error(path, "forms.answer.group.minRows", min);
        }
        if (rows > max) {
            error(path, "forms.answer.group.maxRows", max);
        }
    }

    static boolean answered(Object a) {
        if (a == null) {
            return false;
        }
        if (a instanceof String s) {
            return !s.isBlank();
        }
        if (a instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (a instanceof Map<?, ?> m) {
            return m.get("grade") != null || m.get("id") != null;
        }
        return true;
    }

    private void validateValue(FormItem item, Object a, String path) {
        switch (item.getType()) {
            case TEXT, TEXTAREA -> {
                int max = item.getMaxLength() != null ? item.getMaxLength()
                        : item.getType() == FieldType.TEXT ? DEFAULT_TEXT_LENGTH : DEFAULT_TEXTAREA_LENGTH;
                if (((String) a).length() > max) {
                    error(path, "forms.answer.tooLong", max);
                }
            }
            case NUMBER, MONEY -> number(item, Values.decimal(a), path);
            case DATE -> parse(path, "forms.answer.date", () -> LocalDate.parse((String) a));
            case TIME -> parse(path, "forms.answer.time", () -> LocalTime.parse((String) a));
            case DATE_TIME -> parse(path, "forms.answer.dateTime", () -> LocalDateTime.parse((String) a));
            case CHOICE -> {
                if (!optionValues(item).contains(a)) {
                    error(path, "forms.answer.notAnOption", a);
                }
            }
            case MULTI_CHOICE -> multiChoice(item, (List<?>) a, path);
            case RATING -> {
                BigDecimal r = Values.decimal(a);
                RatingScale s = item.getScale() == null ? RatingScale.STARS_5 : item.getScale();
                if (r.stripTrailingZeros().scale() > 0 || r.compareTo(BigDecimal.valueOf(s.min())) < 0
                        || r.compareTo(BigDecimal.valueOf(s.max())) > 0) {
                    error(path, "forms.answer.rating", s.min(), s.max());
                }
            }
            case INSPECTION -> inspection(item, (Map<?, ?>) a, path);
            case PHOTO -> photos(path, (List<?>) a, item.getMaxPhotos() == null ? 1 : item.getMaxPhotos());
            case VIN -> core(path, Vin.problem((String) a));
            case PLATE -> core(path, LicencePlate.problem((String) a));
            case MOBILE -> core(path, ChineseMobile.problem((String) a));
            case ID_CARD -> core(path, ChineseIdCard.problem((String) a));
            default -> {
            }
        }
    }

    private void number(FormItem item, BigDecimal d, String path) {
        if (item.getMin() != null && d.compareTo(item.getMin()) < 0) {
            error(path, "forms.answer.tooSmall", item.getMin());
        } else if (item.getMax() != null && d.compareTo(item.getMax()) > 0) {
            error(path, "forms.answer.tooLarge", item.getMax());
        }
        int decimals = item.getType() == FieldType.MONEY ? 2 : item.getDecimals() == null ? 0 : item.getDecimals();
        if (Math.max(0, d.stripTrailingZeros().scale()) > decimals) {
            error(path, "forms.answer.decimals", decimals);
        }
    }

    private void multiChoice(FormItem item, List<?> chosen, String path) {
        Set<String> options = optionValues(item);
        Set<Object> seen = new HashSet<>();
        for (Object o : chosen) {
            if (!options.contains(o) || !seen.add(o)) {
                error(path, "forms.answer.notAnOption", o);
                return;
            }
        }
        if (item.getMinSelected() != null && chosen.size() < item.getMinSelected()) {
            error(path, "forms.answer.minSelected", item.getMinSelected());
        } else if (item.getMaxSelected() != null && chosen.size() > item.getMaxSelected()) {
            error(path, "forms.answer.maxSelected", item.getMaxSelected());
        }
    }

    private void inspection(FormItem item, Map<?, ?> m, String path) {
        Object grade = m.get("grade");
        boolean known = false;
        for (Grade g : Grade.values()) {
            known |= g.name().equals(grade);
        }
        if (!known) {
            error(path, "forms.answer.grade", grade);
            return;
        }
        Object note = m.get("note");
        if (note != null && !(note instanceof String)) {
            error(path, "forms.answer.wrongType", "inspection");
            return;
        }
        if (note != null && ((String) note).length() > MAX_NOTE_LENGTH) {
            error(path, "forms.answer.tooLong", MAX_NOTE_LENGTH);
        } else if (item.isNoteRequired() && !"OK".equals(grade) && !answered(note)) {
            error(path, "forms.answer.noteRequired");
        }
        Object photos = m.get("photos");
        if (photos != null) {
            if (strings(photos) == null) {
                error(path, "forms.answer.wrongType", "inspection");
            } else {
                photos(path, (List<?>) photos,
                        item.getMaxPhotos() == null ? DEFAULT_INSPECTION_PHOTOS : item.getMaxPhotos());
            }
        }
        for (Object k : m.keySet()) {
            if (!INSPECTION_KEYS.contains(k)) {
                error(path + "." + k, "forms.answer.unknownField", k);
            }
        }
    }

    private void photos(String path, List<?> ids, int max) {
        if (ids.size() > max) {
            error(path, "forms.answer.tooManyPhotos", max);
        }
    }

    private void core(String path, Optional<String> problem) {
        problem.ifPresent(key -> error(path, key));
    }

    private void parse(String path, String key, Runnable parse) {
        try {
            parse.run();
        } catch (DateTimeParseException e) {
            error(path, key);
        }
    }

    private static Set<String> optionValues(FormItem item) {
        Set<String> s = new HashSet<>();
        for (ItemOption o : item.getOptions()) {
            s.add(o.value());
        }
        return s;
    }

    private void error(String path, String key, Object... args) {
        if (errorPaths.add(path)) {
            errors.add(FieldError.of(path, key, args));
        }
    }
}
