package org.forecourt.forms.engine.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.jexl3.JexlArithmetic;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlContext;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.JexlScript;

/**
 * The expression language: JEXL restricted to expressions (no loops, assignments, {@code new}, lambdas, pragmas,
 * annotations or method calls), BigDecimal arithmetic ({@link MathContext#DECIMAL64}) and the {@link Sandbox}.
 * Compiled expressions are cached by their source text, so a definition's expressions are compiled once.
 */
final class Expressions {

    /** Roots of the context variables ({@code customer.name}). */
    static final Set<String> CONTEXT_ROOTS = Set.of("customer", "vehicle", "user", "store");
    /** The score variables (pass rule and computed values only). */
    static final Set<String> SCORE_VARIABLES = Set.of("score", "maxScore", "percent");

    private static final int CACHE_LIMIT = 20_000;

    /** A compiled expression, or the syntax error of its source. */
    record Compiled(String source, JexlScript script, Set<List<String>> variables, List<Scanner.Call> calls,
                    String error, int line, int column) {
        boolean valid() {
            return script != null;
        }

        /** Uses a function or variable that needs visibility or the score. */
        boolean late() {
            for (Scanner.Call c : calls) {
                if (ExprFunctions.LATE.contains(c.name())) {
                    return true;
                }
            }
            for (List<String> v : variables) {
                if (SCORE_VARIABLES.contains(v.get(0))) {
                    return true;
                }
            }
            return false;
        }
    }

    private final JexlEngine jexl;
    private final Map<String, Compiled> cache = new ConcurrentHashMap<>();

    Expressions() {
        JexlFeatures features = new JexlFeatures()
                .script(false)
                .loops(false)
                .sideEffect(false)
                .sideEffectGlobal(false)
                .newInstance(false)
                .lambda(false)
                .thinArrow(false)
                .fatArrow(false)
                .pragma(false)
                .pragmaAnywhere(false)
                .namespacePragma(false)
                .importPragma(false)
                .annotation(false)
                .methodCall(false)
                .localVar(false)
                .register(false)
                .structuredLiteral(false)
                .arrayReferenceExpr(false)
                .namespaceIdentifier(false);
        jexl = new JexlBuilder()
                .features(features)
                .permissions(Sandbox.INSTANCE)
                .arithmetic(new DecimalArithmetic())
                .strict(true)
                .safe(true)
                .silent(false)
                .cache(0)
                .create();
    }

    /** Compiles (or takes from the cache) an expression. Never throws for bad syntax: see {@link Compiled#error}. */
    Compiled compile(String source) {
        Compiled c = cache.get(source);
        if (c != null) {
            return c;
        }
        c = doCompile(source);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(source, c);
        return c;
    }

    private Compiled doCompile(String source) {
        List<Scanner.Call> calls = Scanner.calls(source);
        try {
            JexlScript script = jexl.createScript(new JexlInfo("expression", 1, 1), source);
            return new Compiled(source, script, script.getVariables(), calls, null, 0, 0);
        } catch (JexlException e) {
            JexlInfo info = e.getInfo();
            int line = info == null ? 1 : Math.max(1, info.getLine());
            int column = info == null ? 1 : Math.max(1, info.getColumn());
            String detail = e instanceof JexlException.Feature ? "feature" : e.getClass().getSimpleName();
            return new Compiled(source, null, Set.of(), calls, detail, line, column);
        } catch (RuntimeException | StackOverflowError e) {
            return new Compiled(source, null, Set.of(), calls, "error", 1, 1);
        }
    }

    /**
     * Runs a compiled expression.
     *
     * @throws JexlException (or an ArithmeticException) when it fails at run time
     */
    Object run(Compiled compiled, JexlContext context) {
        return compiled.script().execute(context);
    }

    /** BigDecimal arithmetic for every number, with the decimal64 math context. */
    static final class DecimalArithmetic extends JexlArithmetic {
        DecimalArithmetic() {
            super(true, MathContext.DECIMAL64, 10);
        }

        @Override
        protected JexlArithmetic createWithOptions(boolean strict, MathContext context, int scale) {
            return this;
        }

        private static boolean numbers(Object l, Object r) {
            return l instanceof Number && r instanceof Number;
        }

        @Override
        public Object add(Object left, Object right) {
            return numbers(left, right) ? d(left).add(d(right), MathContext.DECIMAL64) : super.add(left, right);
        }

        @Override
        public Object subtract(Object left, Object right) {
            return numbers(left, right) ? d(left).subtract(d(right), MathContext.DECIMAL64)
                    : super.subtract(left, right);
        }

        @Override
        public Object multiply(Object left, Object right) {
            return numbers(left, right) ? d(left).multiply(d(right), MathContext.DECIMAL64)
                    : super.multiply(left, right);
        }

        @Override
        public Object divide(Object left, Object right) {
            return numbers(left, right) ? d(left).divide(d(right), MathContext.DECIMAL64) : super.divide(left, right);
        }

        @Override
        public Object mod(Object left, Object right) {
            return numbers(left, right) ? d(left).remainder(d(right), MathContext.DECIMAL64) : super.mod(left, right);
        }

        @Override
        public Object negate(Object val) {
            return val instanceof Number ? d(val).negate() : super.negate(val);
        }

        private static BigDecimal d(Object n) {
            BigDecimal v = Values.decimal(n);
            if (v == null) {
                throw new ArithmeticException("not a number");
            }
            return v;
        }
    }

    /** Finds function calls and names in an expression's source, outside string literals. */
    static final class Scanner {

        /** A call: its name, its position and its leading literal arguments (strings or names), in order. */
        record Call(String name, boolean method, int offset, List<String> args) {
        }

        private Scanner() {
        }

        static List<Call> calls(String src) {
            List<Call> calls = new ArrayList<>();
            int n = src.length();
            int i = 0;
            while (i < n) {
                char ch = src.charAt(i);
                if (ch == '\'' || ch == '"') {
                    i = skipString(src, i);
                } else if (Character.isJavaIdentifierStart(ch)) {
                    int start = i;
                    while (i < n && Character.isJavaIdentifierPart(src.charAt(i))) {
                        i++;
                    }
                    int j = skipSpaces(src, i);
                    if (j < n && src.charAt(j) == '(') {
                        boolean method = start > 0 && before(src, start) == '.';
                        calls.add(new Call(src.substring(start, i), method, start, literalArgs(src, j + 1)));
                    }
                } else {
                    i++;
                }
            }
            return calls;
        }

        /** The first position of a name used as a variable (not after a dot, not a call), or -1. */
        static int indexOfName(String src, String name) {
            int n = src.length();
            int i = 0;
            while (i < n) {
                char ch = src.charAt(i);
                if (ch == '\'' || ch == '"') {
                    i = skipString(src, i);
                } else if (Character.isJavaIdentifierStart(ch)) {
                    int start = i;
                    while (i < n && Character.isJavaIdentifierPart(src.charAt(i))) {
                        i++;
                    }
                    if (src.substring(start, i).equals(name) && (start == 0 || before(src, start) != '.')) {
                        return start;
                    }
                } else {
                    i++;
                }
            }
            return -1;
        }

        /** 1-based line and column of an offset. */
        static int[] position(String src, int offset) {
            int line = 1;
            int col = 1;
            for (int i = 0; i < offset && i < src.length(); i++) {
                if (src.charAt(i) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            return new int[] {line, col};
        }

        private static char before(String src, int pos) {
            int k = pos - 1;
            while (k >= 0 && Character.isWhitespace(src.charAt(k))) {
                k--;
            }
            return k < 0 ? ' ' : src.charAt(k);
        }

        private static List<String> literalArgs(String src, int from) {
            List<String> args = new ArrayList<>();
            int i = skipSpaces(src, from);
            while (i < src.length()) {
                char ch = src.charAt(i);
                int end;
                if (ch == '\'' || ch == '"') {
                    end = skipString(src, i);
                    args.add(src.substring(i + 1, Math.max(i + 1, end - 1)));
                } else if (Character.isJavaIdentifierStart(ch)) {
                    end = i;
                    while (end < src.length() && Character.isJavaIdentifierPart(src.charAt(end))) {
                        end++;
                    }
                    args.add(src.substring(i, end));
                } else {
                    return args;
                }
                i = skipSpaces(src, end);
                if (i >= src.length() || src.charAt(i) != ',') {
                    return args;
                }
                i = skipSpaces(src, i + 1);
            }
            return args;
        }

        private static int skipSpaces(String src, int i) {
            while (i < src.length() && Character.isWhitespace(src.charAt(i))) {
                i++;
            }
            return i;
        }

        private static int skipString(String src, int i) {
            char quote = src.charAt(i);
            i++;
            while (i < src.length()) {
                char ch = src.charAt(i);
                if (ch == '\\') {
                    i += 2;
                } else if (ch == quote) {
                    return i + 1;
                } else {
                    i++;
                }
            }
            return src.length();
        }
    }
}
