package org.forecourt.forms.engine.internal;

import java.util.Map;

import org.apache.commons.jexl3.JexlContext;

/**
 * The variables an expression sees: a row's fields (inside a group) over the form's values, the context maps and
 * the score. Read-only; unqualified function calls resolve to {@link ExprFunctions}.
 */
final class ExprContext implements JexlContext, JexlContext.NamespaceResolver {

    /** A value worked out when first read (computed items). */
    interface Deferred {
        Object get();
    }

    private final Map<String, Object> vars;
    private final ExprContext parent;
    private final ExprFunctions functions;

    ExprContext(Map<String, Object> vars, ExprContext parent, ExprFunctions functions) {
        this.vars = vars;
        this.parent = parent;
        this.functions = functions;
    }

    /** The variables of this scope (not of its parents). */
    Map<String, Object> vars() {
        return vars;
    }

    /** A row scope over this one. */
    ExprContext row(Map<String, Object> rowVars) {
        return new ExprContext(rowVars, this, functions);
    }

    @Override
    public Object get(String name) {
        if (vars.containsKey(name)) {
            Object v = vars.get(name);
            return v instanceof Deferred d ? d.get() : v;
        }
        return parent == null ? null : parent.get(name);
    }

    @Override
    public void set(String name, Object value) {
        throw new UnsupportedOperationException("expressions cannot assign");
    }

    @Override
    public boolean has(String name) {
        return vars.containsKey(name) || parent != null && parent.has(name);
    }

    @Override
    public Object resolveNamespace(String name) {
        return name == null ? functions : null;
    }
}
