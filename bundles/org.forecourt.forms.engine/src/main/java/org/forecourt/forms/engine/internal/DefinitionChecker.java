package org.forecourt.forms.engine.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.forecourt.forms.api.engine.DefinitionProblem;
import org.forecourt.forms.api.engine.FormEngine;
import org.forecourt.forms.api.model.Extension;
import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.FormItem;
import org.forecourt.forms.api.model.Grade;
import org.forecourt.forms.api.model.ItemOption;
import org.forecourt.forms.api.model.LocalText;

import static org.forecourt.forms.api.model.FieldType.*;

/** The semantic checks of a definition ({@link FormEngine#check}). */
final class DefinitionChecker {

    static final Pattern FORM_KEY = Pattern.compile("[a-z0-9][a-z0-9.-]{0,79}");
    static final Pattern ITEM_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    static final Set<String> KINDS = Set.of("checklist", "questionnaire", "agreement", "script", "survey");
    /** Names an item key may not take: the language's words, context roots, score variables and functions. */
    static final Set<String> RESERVED = reserved();

    /** Which types a property applies to. */
    private static final Map<String, Set<FieldType>> APPLIES = Map.ofEntries(
            Map.entry("maxLength", EnumSet.of(TEXT, TEXTAREA)),
            Map.entry("min", EnumSet.of(NUMBER, MONEY)),
            Map.entry("max", EnumSet.of(NUMBER, MONEY)),
            Map.entry("decimals", EnumSet.of(NUMBER, COMPUTED)),
            Map.entry("unit", EnumSet.of(NUMBER, COMPUTED)),
            Map.entry("options", EnumSet.of(CHOICE, MULTI_CHOICE)),
            Map.entry("display", EnumSet.of(CHOICE)),
            Map.entry("minSelected", EnumSet.of(MULTI_CHOICE)),
            Map.entry("maxSelected", EnumSet.of(MULTI_CHOICE)),
            Map.entry("scale", EnumSet.of(RATING)),
            Map.entry("maxPhotos", EnumSet.of(PHOTO, INSPECTION)),
            Map.entry("noteRequired", EnumSet.of(INSPECTION)),
            Map.entry("ref", EnumSet.of(REFERENCE)),
            Map.entry("expression", EnumSet.of(COMPUTED)),
            Map.entry("locked", EnumSet.of(SECTION)),
            Map.entry("minRows", EnumSet.of(GROUP)),
            Map.entry("maxRows", EnumSet.of(GROUP)),
            Map.entry("items", EnumSet.of(SECTION, GROUP)),
            Map.entry("text", EnumSet.of(INSTRUCTION)),
            Map.entry("weight", EnumSet.of(YES_NO, INSPECTION, RATING)),
            Map.entry("critical", EnumSet.of(YES_NO, INSPECTION)),
            Map.entry("required", inputs()),
            Map.entry("requiredIf", inputs()),
            Map.entry("readOnlyIf", inputs()),
            Map.entry("placeholder", EnumSet.of(TEXT, TEXTAREA, NUMBER, MONEY, VIN, PLATE, MOBILE, ID_CARD, CHOICE)));

    private final Expressions expressions;

    DefinitionChecker(Expressions expressions) {
        this.expressions = expressions;
    }

    private static Set<FieldType> inputs() {
        Set<FieldType> s = EnumSet.noneOf(FieldType.class);
        for (FieldType t : values()) {
            if (t.isInput()) {
                s.add(t);
            }
        }
        return s;
    }

    private static Set<String> reserved() {
        Set<String> s = new HashSet<>(Set.of("and", "or", "not", "eq", "ne", "lt", "le", "gt", "ge", "div", "mod",
                "empty", "size", "true", "false", "null", "new", "var", "let", "const", "function", "return", "if",
                "else", "for", "while", "do", "break", "continue", "NaN", "this"));
        s.addAll(Expressions.CONTEXT_ROOTS);
        s.addAll(Expressions.SCORE_VARIABLES);
        s.addAll(ExprFunctions.NAMES);
        return Set.copyOf(s);
    }

    List<DefinitionProblem> check(FormDefinition d) {
        List<DefinitionProblem> out = new ArrayList<>();
        Scopes scopes = new Scopes(d);
        if (scopes.all().size() > FormEngine.MAX_ITEMS) {
            out.add(DefinitionProblem.of("", "items", "forms.def.tooManyItems", scopes.all().size(),
                    FormEngine.MAX_ITEMS));
            return out;
        }
        if (scopes.maxLevel() > FormEngine.MAX_DEPTH) {
            out.add(DefinitionProblem.of("", "items", "forms.def.tooDeep", FormEngine.MAX_DEPTH));
            return out;
        }
        checkForm(d, out);
        Set<String> tags = new HashSet<>();
        Set<String> sections = new HashSet<>();
        for (Scopes.Entry e : scopes.all()) {
            if (e.type() == INSPECTION) {
                tags.addAll(e.item().getTags());
            }
            if (e.type() == SECTION && e.item().getKey() != null) {
                sections.add(e.item().getKey());
            }
        }
        for (Scopes.Entry e : scopes.duplicates()) {
            out.add(DefinitionProblem.of(e.path(), "key", "forms.def.key.duplicate", e.item().getKey()));
        }
        ExprCheck ctx = new ExprCheck(scopes, tags, sections);
        for (Scopes.Entry e : scopes.all()) {
            checkItem(e, out);
            FormItem i = e.item();
            checkExpr(ctx, e, "visibleIf", i.getVisibleIf(), out);
            checkExpr(ctx, e, "requiredIf", i.getRequiredIf(), out);
            checkExpr(ctx, e, "readOnlyIf", i.getReadOnlyIf(), out);
            if (i.getType() == COMPUTED) {
                checkExpr(ctx, e, "expression", i.getExpression(), out);
            }
        }
        if (d.getScoring() != null) {
            checkExpr(ctx, null, "pass", d.getScoring().pass(), out);
        }
        checkCycles(scopes, out);
        return out;
    }

    /** Checks one expression as property {@code property} of the item at {@code itemPath}. */
    List<DefinitionProblem> checkExpression(FormDefinition d, String itemPath, String property, String source) {
        Scopes scopes = new Scopes(d);
        Set<String> tags = new HashSet<>();
        Set<String> sections = new HashSet<>();
        for (Scopes.Entry e : scopes.all()) {
            if (e.type() == INSPECTION) {
                tags.addAll(e.item().getTags());
            }
            if (e.type() == SECTION) {
                sections.add(e.item().getKey());
            }
        }
        List<DefinitionProblem> out = new ArrayList<>();
        Scopes.Entry at = itemPath == null || itemPath.isEmpty() ? null : scopes.at(itemPath);
        checkExpr(new ExprCheck(scopes, tags, sections), at, property, source, out);
        return out;
    }

    private void checkForm(FormDefinition d, List<DefinitionProblem> out) {
        if (d.getKey() == null || !FORM_KEY.matcher(d.getKey()).matches()) {
            out.add(DefinitionProblem.of("", "key", "forms.def.formKey.invalid", String.valueOf(d.getKey())));
        }
        if (d.getTitle() == null || d.getTitle().isEmpty()) {
            out.add(DefinitionProblem.of("", "title", "forms.def.prop.missing", "title"));
        } else {
            languages("", "title", d.getTitle(), out);
        }
        if (d.getDescription() != null && !d.getDescription().isEmpty()) {
            languages("", "description", d.getDescription(), out);
        }
        if (d.getKind() != null && !KINDS.contains(d.getKind())) {
            out.add(DefinitionProblem.of("", "kind", "forms.def.kind.invalid", d.getKind()));
        }
        Extension ext = d.getExtension();
        if (ext != null && (ext.form() == null || ext.mode() == null)) {
            out.add(DefinitionProblem.of("extends", ext.form() == null ? "form" : "mode", "forms.def.prop.missing",
                    ext.form() == null ? "form" : "mode"));
        }
        if (!d.getRemoved().isEmpty() && (ext == null || ext.mode() != Extension.Mode.EXTEND)) {
            out.add(DefinitionProblem.of("", "removed", "forms.def.removed.notExtending"));
        }
        if (d.getScoring() != null && d.getScoring().attentionFactor() != null) {
            BigDecimal f = d.getScoring().attentionFactor();
            if (f.signum() < 0 || f.compareTo(BigDecimal.ONE) > 0) {
                out.add(DefinitionProblem.of("scoring", "attentionFactor", "forms.def.range.factor", f));
            }
        }
        if (d.getItems().isEmpty()) {
            out.add(DefinitionProblem.of("", "items", "forms.def.items.empty"));
        }
    }

    private void checkItem(Scopes.Entry e, List<DefinitionProblem> out) {
        FormItem i = e.item();
        String p = e.path();
        if (i.getKey() == null || !ITEM_KEY.matcher(i.getKey()).matches()) {
            out.add(DefinitionProblem.of(p, "key", "forms.def.key.invalid", String.valueOf(i.getKey())));
        } else if (RESERVED.contains(i.getKey()) && Scopes.isValue(i.getType())) {
            // only names that expressions can read clash with the language (a section may be called "customer")
            out.add(DefinitionProblem.of(p, "key", "forms.def.key.reserved", i.getKey()));
        }
        FieldType t = i.getType();
        if (t == null) {
            out.add(DefinitionProblem.of(p, "type", "forms.def.prop.missing", "type"));
            return;
        }
        notApplicable(e, "maxLength", i.getMaxLength() != null, out);
        notApplicable(e, "min", i.getMin() != null, out);
        notApplicable(e, "max", i.getMax() != null, out);
        notApplicable(e, "decimals", i.getDecimals() != null, out);
        notApplicable(e, "unit", i.getUnit() != null && !i.getUnit().isEmpty(), out);
        notApplicable(e, "options", !i.getOptions().isEmpty(), out);
        notApplicable(e, "display", i.getDisplay() != null, out);
        notApplicable(e, "minSelected", i.getMinSelected() != null, out);
        notApplicable(e, "maxSelected", i.getMaxSelected() != null, out);
        notApplicable(e, "scale", i.getScale() != null, out);
        notApplicable(e, "maxPhotos", i.getMaxPhotos() != null, out);
        notApplicable(e, "noteRequired", i.isNoteRequired(), out);
        notApplicable(e, "ref", i.getRef() != null, out);
        notApplicable(e, "expression", i.getExpression() != null, out);
        notApplicable(e, "locked", i.isLocked(), out);
        notApplicable(e, "minRows", i.getMinRows() != null, out);
        notApplicable(e, "maxRows", i.getMaxRows() != null, out);
        notApplicable(e, "items", !i.getItems().isEmpty(), out);
        notApplicable(e, "text", i.getText() != null && !i.getText().isEmpty(), out);
        notApplicable(e, "weight", i.getWeight() != null, out);
        notApplicable(e, "critical", i.isCritical(), out);
        notApplicable(e, "required", i.isRequired(), out);
        notApplicable(e, "requiredIf", i.getRequiredIf() != null, out);
        notApplicable(e, "readOnlyIf", i.getReadOnlyIf() != null, out);
        notApplicable(e, "placeholder", i.getPlaceholder() != null && !i.getPlaceholder().isEmpty(), out);

        switch (t) {
            case CHOICE, MULTI_CHOICE -> checkOptions(e, out);
            case RATING -> missing(e, "scale", i.getScale() == null, out);
            case REFERENCE -> missing(e, "ref", i.getRef() == null, out);
            case COMPUTED -> missing(e, "expression", i.getExpression() == null || i.getExpression().isBlank(), out);
            case INSTRUCTION -> missing(e, "text", i.getText() == null || i.getText().isEmpty(), out);
            case SECTION, GROUP -> missing(e, "items", i.getItems().isEmpty(), out);
            case PAGE_BREAK -> {
                if (e.level() > 1) {
                    out.add(DefinitionProblem.of(p, "type", "forms.def.pageBreak.nested"));
                }
            }
            default -> {
            }
        }
        if (t == CHOICE && i.getDisplay() != null && !Set.of("radio", "list").contains(i.getDisplay())) {
            out.add(DefinitionProblem.of(p, "display", "forms.def.display.invalid", i.getDisplay()));
        }
        range(e, "min", i.getMin(), i.getMax(), out);
        range(e, "minSelected", i.getMinSelected() == null ? null : BigDecimal.valueOf(i.getMinSelected()),
                i.getMaxSelected() == null ? null : BigDecimal.valueOf(i.getMaxSelected()), out);
        range(e, "minRows", i.getMinRows() == null ? null : BigDecimal.valueOf(i.getMinRows()),
                i.getMaxRows() == null ? null : BigDecimal.valueOf(i.getMaxRows()), out);
        if (t == MULTI_CHOICE && i.getMinSelected() != null && !i.getOptions().isEmpty()
                && i.getMinSelected() > i.getOptions().size()) {
            out.add(DefinitionProblem.of(p, "minSelected", "forms.def.range.minSelected", i.getMinSelected(),
                    i.getOptions().size()));
        }
        if (i.getWeight() != null && i.getWeight().signum() < 0) {
            out.add(DefinitionProblem.of(p, "weight", "forms.def.range.weight", i.getWeight()));
        }
        boolean labelNeeded = !EnumSet.of(INSTRUCTION, PAGE_BREAK, COMPUTED, REFERENCE).contains(t);
        if (labelNeeded && (i.getLabel() == null || i.getLabel().isEmpty())) {
            out.add(DefinitionProblem.of(p, "label", "forms.def.prop.missing", "label"));
        }
        languages(p, "label", i.getLabel(), out);
        languages(p, "help", i.getHelp(), out);
        languages(p, "placeholder", i.getPlaceholder(), out);
        languages(p, "text", i.getText(), out);
        languages(p, "unit", i.getUnit(), out);
    }

    private static void checkOptions(Scopes.Entry e, List<DefinitionProblem> out) {
        List<ItemOption> options = e.item().getOptions();
        if (options.isEmpty()) {
            out.add(DefinitionProblem.of(e.path(), "options", "forms.def.prop.missing", "options"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (ItemOption o : options) {
            if (!seen.add(o.value())) {
                out.add(DefinitionProblem.of(e.path(), "options", "forms.def.option.duplicate", o.value()));
            }
            if (o.label().isEmpty()) {
                out.add(DefinitionProblem.of(e.path(), "options", "forms.def.option.noLabel", o.value()));
            } else {
                for (String lang : List.of(LocalText.ZH, LocalText.EN)) {
                    if (o.label().get(lang) == null) {
                        out.add(DefinitionProblem.of(e.path(), "options", "forms.def.text.missingLanguage",
                                "options[" + o.value() + "]", lang));
                    }
                }
            }
        }
    }

    private static void languages(String path, String property, LocalText text, List<DefinitionProblem> out) {
        if (text == null || text.isEmpty()) {
            return;
        }
        for (String lang : List.of(LocalText.ZH, LocalText.EN)) {
            if (text.get(lang) == null) {
                out.add(DefinitionProblem.of(path, property, "forms.def.text.missingLanguage", property, lang));
            }
        }
    }

    private static void notApplicable(Scopes.Entry e, String property, boolean present,
                                      List<DefinitionProblem> out) {
        if (present && !APPLIES.get(property).contains(e.type())) {
            out.add(DefinitionProblem.of(e.path(), property, "forms.def.prop.notApplicable", property,
                    e.type().jsonName()));
        }
    }

    private static void missing(Scopes.Entry e, String property, boolean missing, List<DefinitionProblem> out) {
        if (missing) {
            out.add(DefinitionProblem.of(e.path(), property, "forms.def.prop.missing", property));
        }
    }

    private static void range(Scopes.Entry e, String property, BigDecimal min, BigDecimal max,
                              List<DefinitionProblem> out) {
        if (min != null && max != null && min.compareTo(max) > 0) {
            out.add(DefinitionProblem.of(e.path(), property, "forms.def.range.minMax", min, max));
        }
    }

    // ---------------------------------------------------------------------------------------------- expressions

    /** What expression checks need to know about the definition. */
    private record ExprCheck(Scopes scopes, Set<String> tags, Set<String> sections) {
    }

    private void checkExpr(ExprCheck ctx, Scopes.Entry at, String property, String source,
                           List<DefinitionProblem> out) {
        if (source == null) {
            return;
        }
        String path = at == null ? "scoring" : at.path();
        if (source.isBlank()) {
            out.add(DefinitionProblem.of(path, property, "forms.def.expr.empty"));
            return;
        }
        if (source.length() > FormEngine.MAX_EXPRESSION_CHARS) {
            out.add(DefinitionProblem.of(path, property, "forms.def.expr.tooLong", source.length(),
                    FormEngine.MAX_EXPRESSION_CHARS));
            return;
        }
        Expressions.Compiled c = expressions.compile(source);
        for (Expressions.Scanner.Call call : c.calls()) {
            int[] pos = Expressions.Scanner.position(source, call.offset());
            if (call.method()) {
                out.add(problem(path, property, "forms.def.expr.notAllowed", pos, call.name()));
            } else if (!ExprFunctions.NAMES.contains(call.name()) && !Set.of("empty", "size").contains(call.name())) {
                out.add(problem(path, property, "forms.def.expr.unknownFunction", pos, call.name()));
            } else {
                checkCallArgs(ctx, at, path, property, call, pos, out);
            }
            if ("visibleIf".equals(property) && ExprFunctions.LATE.contains(call.name())) {
                out.add(problem(path, property, "forms.def.expr.cycle", pos,
                        path + " (visibleIf) → " + call.name() + "()"));
            }
        }
        if (!c.valid()) {
            boolean reported = out.stream().anyMatch(pr -> pr.path().equals(path) && property.equals(pr.property())
                    && pr.messageKey().equals("forms.def.expr.notAllowed"));
            if (!reported) {
                String key = "feature".equals(c.error()) ? "forms.def.expr.notAllowed" : "forms.def.expr.syntax";
                out.add(new DefinitionProblem(path, property, key,
                        List.of(snippet(source, c.line(), c.column()), c.line(), c.column()), c.line(), c.column()));
            }
            return;
        }
        boolean scoreAllowed = "pass".equals(property) || "expression".equals(property);
        Scopes.Entry group = at == null ? null : at.group();
        for (List<String> v : c.variables()) {
            String name = v.get(0);
            int[] pos = Expressions.Scanner.position(source, Math.max(0, Expressions.Scanner.indexOfName(source,
                    name)));
            if (Expressions.CONTEXT_ROOTS.contains(name)) {
                continue;
            }
            if (Expressions.SCORE_VARIABLES.contains(name)) {
                if (!scoreAllowed) {
                    out.add(problem(path, property, "forms.def.expr.scoreNotAllowed", pos, name));
                }
                continue;
            }
            Scopes.Entry ref = ctx.scopes().resolve(name, group);
            if (ref == null || !Scopes.isValue(ref.type())) {
                out.add(problem(path, property, "forms.def.expr.unknownField", pos, name));
            } else if (v.size() > 1) {
                // only the context records have properties; an answer's Java object is never reachable
                out.add(problem(path, property, "forms.def.expr.notAllowed", pos, String.join(".", v)));
            }
        }
    }

    private static void checkCallArgs(ExprCheck ctx, Scopes.Entry at, String path, String property,
                                      Expressions.Scanner.Call call, int[] pos, List<DefinitionProblem> out) {
        List<String> args = call.args();
        switch (call.name()) {
            case "allOk", "anyUrgent" -> {
                if (!args.isEmpty() && !ctx.tags().contains(args.get(0))) {
                    out.add(problem(path, property, "forms.def.expr.unknownTag", pos, args.get(0)));
                }
            }
            case "countGrade" -> {
                if (!args.isEmpty() && !isGrade(args.get(0))) {
                    out.add(problem(path, property, "forms.def.expr.unknownGrade", pos, args.get(0)));
                }
                if (args.size() > 1 && !ctx.tags().contains(args.get(1))) {
                    out.add(problem(path, property, "forms.def.expr.unknownTag", pos, args.get(1)));
                }
            }
            case "sectionScore", "sectionPercent" -> {
                if (!args.isEmpty() && !ctx.sections().contains(args.get(0))) {
                    out.add(problem(path, property, "forms.def.expr.unknownSection", pos, args.get(0)));
                }
            }
            case "sum", "avg", "count" -> {
                if (args.isEmpty()) {
                    return;
                }
                Scopes.Entry g = ctx.scopes().resolve(args.get(0), at == null ? null : at.group());
                if (g == null || g.type() != GROUP) {
                    out.add(problem(path, property, "forms.def.expr.notAGroup", pos, args.get(0)));
                } else if (args.size() > 1 && !ctx.scopes().group(g).containsKey(args.get(1))) {
                    out.add(problem(path, property, "forms.def.expr.unknownGroupField", pos, args.get(1),
                            args.get(0)));
                }
            }
            default -> {
            }
        }
    }

    private static boolean isGrade(String s) {
        for (Grade g : Grade.values()) {
            if (g.name().equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static DefinitionProblem problem(String path, String property, String key, int[] pos, Object... args) {
        List<Object> a = new ArrayList<>(List.of(args));
        a.add(pos[0]);
        a.add(pos[1]);
        return new DefinitionProblem(path, property, key, a, pos[0], pos[1]);
    }

    private static String snippet(String source, int line, int column) {
        String[] lines = source.split("\n", -1);
        String l = line - 1 < lines.length && line >= 1 ? lines[line - 1] : source;
        int from = Math.max(0, column - 11);
        int to = Math.min(l.length(), column + 10);
        return from >= to ? "" : l.substring(from, to);
    }

    // -------------------------------------------------------------------------------------------------- cycles

    /** Cycles among computed values, and visibility depending on computed values that depend on the score. */
    private void checkCycles(Scopes scopes, List<DefinitionProblem> out) {
        Map<Scopes.Entry, List<Scopes.Entry>> deps = new HashMap<>();
        for (Scopes.Entry e : scopes.all()) {
            if (e.type() == COMPUTED && e.item().getExpression() != null) {
                deps.put(e, computedRefs(scopes, e, e.item().getExpression()));
            }
        }
        Set<Scopes.Entry> reported = new HashSet<>();
        for (Scopes.Entry start : deps.keySet()) {
            List<Scopes.Entry> cycle = findCycle(start, deps, new LinkedHashSet<>());
            if (cycle != null && reported.add(cycle.get(0))) {
                reported.addAll(cycle);
                StringBuilder chain = new StringBuilder();
                for (Scopes.Entry c : cycle) {
                    chain.append(c.path()).append(" → ");
                }
                chain.append(cycle.get(0).path());
                out.add(DefinitionProblem.of(cycle.get(0).path(), "expression", "forms.def.expr.cycle",
                        chain.toString()));
            }
        }
        if (!reported.isEmpty()) {
            return;
        }
        Map<Scopes.Entry, Boolean> late = new HashMap<>();
        for (Scopes.Entry e : scopes.all()) {
            String vis = e.item().getVisibleIf();
            if (vis == null || vis.length() > FormEngine.MAX_EXPRESSION_CHARS) {
                continue;
            }
            for (Scopes.Entry ref : computedRefs(scopes, e, vis)) {
                List<String> chain = lateChain(ref, deps, late);
                if (chain != null) {
                    out.add(DefinitionProblem.of(e.path(), "visibleIf", "forms.def.expr.cycle",
                            e.path() + " (visibleIf) → " + String.join(" → ", chain)));
                }
            }
        }
    }

    /** The computed items an expression of {@code at} names. */
    private List<Scopes.Entry> computedRefs(Scopes scopes, Scopes.Entry at, String source) {
        Expressions.Compiled c = expressions.compile(source);
        List<Scopes.Entry> refs = new ArrayList<>();
        for (List<String> v : c.variables()) {
            Scopes.Entry ref = scopes.resolve(v.get(0), at.group());
            if (ref != null && ref.type() == COMPUTED) {
                refs.add(ref);
            }
        }
        return refs;
    }

    private static List<Scopes.Entry> findCycle(Scopes.Entry at, Map<Scopes.Entry, List<Scopes.Entry>> deps,
                                                LinkedHashSet<Scopes.Entry> stack) {
        if (stack.contains(at)) {
            List<Scopes.Entry> cycle = new ArrayList<>();
            boolean in = false;
            for (Scopes.Entry s : stack) {
                in |= s == at;
                if (in) {
                    cycle.add(s);
                }
            }
            return cycle;
        }
        stack.add(at);
        for (Scopes.Entry next : deps.getOrDefault(at, List.of())) {
            List<Scopes.Entry> c = findCycle(next, deps, stack);
            if (c != null) {
                return c;
            }
        }
        stack.remove(at);
        return null;
    }

    /** The chain from a computed item to the score or grade function it depends on, or null (no cycle here). */
    private List<String> lateChain(Scopes.Entry e, Map<Scopes.Entry, List<Scopes.Entry>> deps,
                                   Map<Scopes.Entry, Boolean> seen) {
        if (seen.containsKey(e)) {
            return null;
        }
        seen.put(e, Boolean.TRUE);
        Expressions.Compiled c = expressions.compile(e.item().getExpression());
        if (c.valid() && c.late()) {
            return new ArrayList<>(List.of(e.path(), "score"));
        }
        for (Scopes.Entry next : deps.getOrDefault(e, List.of())) {
            List<String> chain = lateChain(next, deps, seen);
            if (chain != null) {
                chain.add(0, e.path());
                return chain;
            }
        }
        seen.remove(e);
        return null;
    }
}
