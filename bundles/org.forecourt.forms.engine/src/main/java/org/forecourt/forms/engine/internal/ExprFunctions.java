package org.forecourt.forms.engine.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.forecourt.forms.api.engine.Score;

/**
 * The functions of the expression language (called without a namespace: {@code allOk('safety')}). The only Java
 * the sandbox lets expressions reach. Public because JEXL calls it; bound to one evaluation.
 */
public final class ExprFunctions {

    /** The function names, as the checker knows them. */
    static final Set<String> NAMES = Set.of("allOk", "anyUrgent", "countGrade", "answered", "sum", "count", "avg",
            "sectionScore", "sectionPercent", "daysBetween", "today", "round", "min", "max");
    /** Functions whose value depends on the visibility of items or on the score: usable only after visibility. */
    static final Set<String> LATE = Set.of("allOk", "anyUrgent", "countGrade", "sectionScore", "sectionPercent");

    /** One visible inspection item as the grade functions see it. */
    record Graded(String grade, List<String> tags) {
    }

    /** What the functions read from the evaluation. */
    interface Host {
        /** The visible inspection items (with their grade, null when ungraded). */
        List<Graded> inspections();

        /** A section's score, or null. */
        Score sectionScore(String key);

        LocalDate today();
    }

    private final Host host;

    ExprFunctions(Host host) {
        this.host = host;
    }

    public boolean allOk() {
        return allOk(null);
    }

    public boolean allOk(String tag) {
        for (Graded g : host.inspections()) {
            if ((tag == null || g.tags().contains(tag)) && !"OK".equals(g.grade())) {
                return false;
            }
        }
        return true;
    }

    public boolean anyUrgent() {
        return anyUrgent(null);
    }

    public boolean anyUrgent(String tag) {
        return countGrade("URGENT", tag).signum() > 0;
    }

    public BigDecimal countGrade(String grade) {
        return countGrade(grade, null);
    }

    public BigDecimal countGrade(String grade, String tag) {
        int n = 0;
        for (Graded g : host.inspections()) {
            if ((tag == null || g.tags().contains(tag)) && grade != null && grade.equals(g.grade())) {
                n++;
            }
        }
        return BigDecimal.valueOf(n);
    }

    public boolean answered(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof String s) {
            return !s.isBlank();
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        return !(value instanceof Boolean b) || b;
    }

    public BigDecimal sum(Object group, String field) {
        BigDecimal total = BigDecimal.ZERO;
        for (Map<?, ?> row : rows(group)) {
            BigDecimal v = Values.decimal(row.get(field));
            if (v != null) {
                total = total.add(v);
            }
        }
        return total;
    }

    public BigDecimal count(Object group) {
        if (group instanceof Collection<?> c) {
            return BigDecimal.valueOf(c.size());
        }
        return BigDecimal.ZERO;
    }

    /** The average of the answered values, or null when none is answered. */
    public BigDecimal avg(Object group, String field) {
        BigDecimal total = BigDecimal.ZERO;
        int n = 0;
        for (Map<?, ?> row : rows(group)) {
            BigDecimal v = Values.decimal(row.get(field));
            if (v != null) {
                total = total.add(v);
                n++;
            }
        }
        return n == 0 ? null : total.divide(BigDecimal.valueOf(n), MathContext.DECIMAL64);
    }

    public BigDecimal sectionScore(String section) {
        Score s = host.sectionScore(section);
        return s == null ? BigDecimal.ZERO : s.points();
    }

    public BigDecimal sectionPercent(String section) {
        Score s = host.sectionScore(section);
        return s == null ? null : s.percent();
    }

    /** Days from the first date to the second (negative when the second is earlier); null when one is missing. */
    public BigDecimal daysBetween(Object from, Object to) {
        LocalDate a = date(from);
        LocalDate b = date(to);
        return a == null || b == null ? null : BigDecimal.valueOf(ChronoUnit.DAYS.between(a, b));
    }

    /** Today in the context's time zone, as an ISO date string. */
    public String today() {
        return host.today().toString();
    }

    public BigDecimal round(Object value, Object decimals) {
        BigDecimal v = Values.decimal(value);
        BigDecimal d = Values.decimal(decimals);
        if (v == null) {
            return null;
        }
        int scale = d == null ? 0 : Math.max(0, Math.min(10, d.intValue()));
        return v.setScale(scale, RoundingMode.HALF_UP);
    }

    public BigDecimal min(Object a, Object b) {
        BigDecimal x = Values.decimal(a);
        BigDecimal y = Values.decimal(b);
        return x == null ? y : y == null ? x : x.min(y);
    }

    public BigDecimal max(Object a, Object b) {
        BigDecimal x = Values.decimal(a);
        BigDecimal y = Values.decimal(b);
        return x == null ? y : y == null ? x : x.max(y);
    }

    private static List<Map<?, ?>> rows(Object group) {
        if (!(group instanceof Collection<?> c)) {
            return List.of();
        }
        return c.stream().filter(Map.class::isInstance).<Map<?, ?>>map(Map.class::cast).toList();
    }

    private static LocalDate date(Object v) {
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof String s && s.length() >= 10) {
            try {
                return LocalDate.parse(s.substring(0, 10));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }
}
