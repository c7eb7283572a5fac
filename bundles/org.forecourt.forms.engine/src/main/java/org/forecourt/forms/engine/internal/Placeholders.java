package org.forecourt.forms.engine.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.forecourt.forms.api.engine.FormContext;
import org.forecourt.forms.api.model.LocalText;

/** Fills {@code {customer.name}}, {@code {vehicle.model}}, {@code {user.name}}, {@code {store.name}}, {@code {field:key}}. */
final class Placeholders {

    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{(?:(customer|vehicle|user|store)\\.([A-Za-z0-9_]+)|field:([A-Za-z][A-Za-z0-9_]*))}");

    private Placeholders() {
    }

    static String fill(LocalText text, FormContext context, Map<String, Object> answers) {
        if (text == null) {
            return "";
        }
        FormContext ctx = context == null ? FormContext.empty(null) : context;
        String source = text.resolve(ctx.locale());
        Matcher m = PLACEHOLDER.matcher(source);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value;
            if (m.group(3) != null) {
                value = answers == null ? null : answers.get(m.group(3));
            } else {
                Map<String, Object> map = switch (m.group(1)) {
                    case "customer" -> ctx.customer();
                    case "vehicle" -> ctx.vehicle();
                    case "user" -> ctx.user();
                    default -> ctx.store();
                };
                value = map.get(m.group(2));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(format(value, ctx)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String format(Object v, FormContext ctx) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Boolean b) {
            boolean zh = LocalText.ZH.equals(LocalText.tagFor(ctx.locale()));
            return b ? (zh ? "是" : "Yes") : (zh ? "否" : "No");
        }
        if (v instanceof Collection<?> c) {
            StringBuilder s = new StringBuilder();
            for (Object o : c) {
                if (!s.isEmpty()) {
                    s.append(", ");
                }
                s.append(format(o, ctx));
            }
            return s.toString();
        }
        if (v instanceof Map<?, ?> map) {
            Object label = map.containsKey("label") ? map.get("label") : map.get("grade");
            return label == null ? "" : String.valueOf(label);
        }
        return String.valueOf(v);
    }
}
