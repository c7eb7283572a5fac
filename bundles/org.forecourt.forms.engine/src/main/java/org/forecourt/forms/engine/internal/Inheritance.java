package org.forecourt.forms.engine.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.forecourt.forms.api.engine.DefinitionException;
import org.forecourt.forms.api.engine.DefinitionProblem;
import org.forecourt.forms.api.model.Extension;
import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.FormItem;

/** Brand and store forms built on a parent ({@link org.forecourt.forms.api.engine.FormEngine#resolve}). */
final class Inheritance {

    private Inheritance() {
    }

    static FormDefinition resolve(FormDefinition parent, FormDefinition child) {
        Extension ext = child.getExtension();
        if (parent == null || ext == null || ext.mode() != Extension.Mode.EXTEND) {
            return child.copy();
        }
        List<DefinitionProblem> problems = new ArrayList<>();
        Map<String, FormItem> own = new LinkedHashMap<>();
        for (FormItem i : child.getItems()) {
            own.putIfAbsent(i.getKey(), i);
        }
        Set<String> removed = new HashSet<>(child.getRemoved());
        List<FormItem> items = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (FormItem p : parent.getItems()) {
            boolean locked = p.getType() == FieldType.SECTION && p.isLocked();
            FormItem replacement = own.get(p.getKey());
            if (locked && (replacement != null || removed.contains(p.getKey()))) {
                problems.add(DefinitionProblem.of(p.getKey(), replacement != null ? "items" : "removed",
                        "forms.def.extend.locked", p.getKey()));
                items.add(p.copy());
            } else if (removed.contains(p.getKey())) {
                continue;
            } else {
                items.add(replacement != null ? replacement.copy() : p.copy());
            }
            if (replacement != null) {
                used.add(p.getKey());
            }
        }
        if (!problems.isEmpty()) {
            throw new DefinitionException(problems);
        }
        for (FormItem c : child.getItems()) {
            if (!used.contains(c.getKey())) {
                items.add(c.copy());
            }
        }
        FormDefinition r = child.copy();
        r.setTitle(child.getTitle() != null ? child.getTitle() : parent.getTitle());
        r.setDescription(child.getDescription() != null ? child.getDescription() : parent.getDescription());
        r.setKind(child.getKind() != null ? child.getKind() : parent.getKind());
        r.setScoring(child.getScoring() != null ? child.getScoring() : parent.getScoring());
        r.setItems(items);
        return r;
    }
}
