package org.forecourt.forms.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.FormItem;
import org.forecourt.forms.api.model.ItemOption;
import org.forecourt.forms.api.model.LocalText;
import org.forecourt.forms.api.model.RatingScale;
import org.forecourt.forms.api.model.Scoring;

/**
 * The benchmark's form: 200 items (sections, two repeatable groups, inspection items with weights, every common field
 * type) with 30 expressions (visibleIf, requiredIf, readOnlyIf, computed values, the pass rule), and a realistic full
 * set of answers.
 */
public final class BenchmarkForm {

    public static final int SECTIONS = 8;
    public static final int INSPECTIONS_PER_SECTION = 14;

    private int items;
    private int expressions;
    private int extraFields;

    private FormItem item(String key, FieldType type) {
        items++;
        return new FormItem(key, type, LocalText.of("项目 " + key, "Item " + key));
    }

    private String expr(String e) {
        expressions++;
        return e;
    }

    private static List<ItemOption> options(String... values) {
        List<ItemOption> o = new ArrayList<>();
        int score = values.length;
        for (String v : values) {
            o.add(new ItemOption(v, LocalText.of("选项 " + v, "Option " + v), BigDecimal.valueOf(score--)));
        }
        return o;
    }

    /** Builds the definition; {@link #items()} and {@link #expressions()} tell what it holds. */
    public FormDefinition definition() {
        List<FormItem> top = new ArrayList<>();

        FormItem customer = item("customer", FieldType.SECTION);
        customer.setItems(List.of(
                item("customerName", FieldType.TEXT).setRequired(true),
                item("customerMobile", FieldType.MOBILE).setRequired(true),
                item("customerId", FieldType.ID_CARD),
                item("vin", FieldType.VIN).setRequired(true),
                item("plate", FieldType.PLATE),
                item("visitDate", FieldType.DATE).setRequired(true),
                item("visitTime", FieldType.TIME),
                item("promised", FieldType.DATE_TIME),
                item("purchaseTiming", FieldType.CHOICE).setOptions(options("within-7-days", "within-month",
                        "later")),
                item("interests", FieldType.MULTI_CHOICE).setOptions(options("suv", "sedan", "ev", "finance"))
                        .setMaxSelected(3),
                item("mileage", FieldType.NUMBER).setMin(BigDecimal.ZERO).setMax(new BigDecimal("2000000")),
                item("fuel", FieldType.CHOICE).setOptions(options("empty", "quarter", "half", "full")),
                item("testDrive", FieldType.YES_NO).setWeight(new BigDecimal("2")),
                item("testDriveDate", FieldType.DATE).setVisibleIf(expr("testDrive == true"))
                        .setRequiredIf(expr("purchaseTiming == 'within-7-days'")),
                item("budget", FieldType.MONEY).setVisibleIf(expr("'finance' =~ interests"))));
        top.add(customer);

        for (int s = 1; s <= SECTIONS; s++) {
            FormItem section = item("inspect" + s, FieldType.SECTION);
            List<FormItem> inside = new ArrayList<>();
            for (int i = 1; i <= INSPECTIONS_PER_SECTION; i++) {
                FormItem insp = item("s" + s + "i" + i, FieldType.INSPECTION).setWeight(BigDecimal.valueOf(i % 3 + 1))
                        .setNoteRequired(i % 4 == 0).setTags(List.of(i <= 3 ? "safety" : "general"));
                insp.setCritical(s == 1 && i == 1);
                inside.add(insp);
            }
            inside.add(item("s" + s + "note", FieldType.TEXTAREA)
                    .setRequiredIf(expr("s" + s + "i1 != 'OK' || s" + s + "i2 != 'OK'")));
            if (s <= 2) {
                section.setVisibleIf(expr("mileage == null || mileage >= 0"));
            }
            section.setItems(inside);
            top.add(section);
        }

        FormItem parts = item("parts", FieldType.GROUP).setMinRows(1).setMaxRows(20);
        parts.setItems(List.of(
                item("partNo", FieldType.TEXT).setRequired(true),
                item("qty", FieldType.NUMBER).setMin(BigDecimal.ONE).setRequired(true),
                item("price", FieldType.MONEY).setRequired(true),
                item("warranty", FieldType.YES_NO),
                item("claimNo", FieldType.TEXT).setVisibleIf(expr("warranty == true"))
                        .setRequiredIf(expr("warranty == true")),
                item("lineTotal", FieldType.COMPUTED).setExpression(expr("qty * price")).setDecimals(2)));
        top.add(parts);
        FormItem labour = item("labour", FieldType.GROUP).setMaxRows(10);
        labour.setItems(List.of(
                item("task", FieldType.TEXT).setRequired(true),
                item("hours", FieldType.NUMBER).setDecimals(1).setMax(new BigDecimal("40")),
                item("technician", FieldType.TEXT).setReadOnlyIf(expr("hours == null")),
                item("photo", FieldType.PHOTO).setMaxPhotos(3).setVisibleIf(expr("hours > 2"))));
        top.add(labour);

        FormItem summary = item("summary", FieldType.SECTION);
        summary.setItems(List.of(
                item("partsTotal", FieldType.COMPUTED).setExpression(expr("sum(parts, 'lineTotal')")).setDecimals(2),
                item("labourHours", FieldType.COMPUTED).setExpression(expr("sum(labour, 'hours')")).setDecimals(1),
                item("labourCost", FieldType.COMPUTED).setExpression(expr("labourHours * 180")).setDecimals(2),
                item("grandTotal", FieldType.COMPUTED).setExpression(expr("partsTotal + labourCost")).setDecimals(2),
                item("attentionCount", FieldType.COMPUTED).setExpression(expr("countGrade('ATTENTION')")),
                item("safetyPercent", FieldType.COMPUTED).setExpression(expr("sectionPercent('inspect1')")),
                item("daysToPromise", FieldType.COMPUTED).setExpression(expr("daysBetween(visitDate, promised)")),
                item("discount", FieldType.MONEY).setReadOnlyIf(expr("grandTotal < 1000"))
                        .setMax(new BigDecimal("5000")),
                item("discountReason", FieldType.TEXTAREA).setVisibleIf(expr("discount != null && discount > 0"))
                        .setRequiredIf(expr("discount > 500")),
                item("satisfaction", FieldType.RATING).setScale(RatingScale.STARS_5).setWeight(new BigDecimal("5")),
                item("nps", FieldType.RATING).setScale(RatingScale.SCORE_0_10).setWeight(new BigDecimal("5")),
                item("followUp", FieldType.YES_NO),
                item("followUpDate", FieldType.DATE).setVisibleIf(expr("followUp == true")),
                item("signature", FieldType.SIGNATURE).setRequired(true)));
        top.add(summary);

        // filler fields up to 200 items, a realistic mix
        int n = 0;
        FormItem extra = item("extra", FieldType.SECTION);
        List<FormItem> extras = new ArrayList<>();
        while (items < 200) {
            n++;
            FieldType t = switch (n % 4) {
                case 0 -> FieldType.TEXT;
                case 1 -> FieldType.YES_NO;
                case 2 -> FieldType.NUMBER;
                default -> FieldType.CHOICE;
            };
            FormItem f = item("extra" + n, t);
            if (t == FieldType.CHOICE) {
                f.setOptions(options("a", "b", "c"));
            }
            extras.add(f);
        }
        extraFields = n;
        extra.setItems(extras);
        top.add(extra);

        FormDefinition d = new FormDefinition().setKey("bench.reception").setKind("checklist")
                .setTitle(LocalText.of("基准测试表单", "Benchmark form"))
                .setScoring(new Scoring(expr("allOk('safety') && !anyUrgent() && percent >= 60"), null));
        d.setItems(top);
        return d;
    }

    public int items() {
        return items;
    }

    public int expressions() {
        return expressions;
    }

    private static Map<String, Object> inspection(String grade, String note) {
        Map<String, Object> m = new HashMap<>();
        m.put("grade", grade);
        if (note != null) {
            m.put("note", note);
        }
        m.put("photos", List.of("att-" + grade.toLowerCase()));
        return m;
    }

    /** A complete, valid set of answers for {@link #definition()} (call that first). */
    public Map<String, Object> answers() {
        Map<String, Object> a = new HashMap<>();
        a.put("customerName", "王芳");
        a.put("customerMobile", "13812345678");
        a.put("customerId", "11010519491231002X");
        a.put("vin", "1M8GDM9AXKP042788");
        a.put("plate", "沪A12345");
        a.put("visitDate", "2026-11-22");
        a.put("visitTime", "09:30");
        a.put("promised", "2026-11-25T17:00");
        a.put("purchaseTiming", "within-7-days");
        a.put("interests", List.of("suv", "finance"));
        a.put("mileage", new BigDecimal("48210"));
        a.put("fuel", "half");
        a.put("testDrive", true);
        a.put("testDriveDate", "2026-11-23");
        a.put("budget", new BigDecimal("250000.00"));
        for (int s = 1; s <= SECTIONS; s++) {
            for (int i = 1; i <= INSPECTIONS_PER_SECTION; i++) {
                boolean attention = i > 3 && (s + i) % 5 == 0;
                a.put("s" + s + "i" + i, attention ? inspection("ATTENTION", "worn, replace at next service")
                        : inspection("OK", null));
            }
            a.put("s" + s + "note", "checked");
        }
        List<Map<String, Object>> parts = new ArrayList<>();
        for (int r = 0; r < 8; r++) {
            Map<String, Object> row = new HashMap<>();
            row.put("partNo", "P-" + (1000 + r));
            row.put("qty", BigDecimal.valueOf(r % 3 + 1));
            row.put("price", new BigDecimal("128.50"));
            row.put("warranty", r % 4 == 0);
            if (r % 4 == 0) {
                row.put("claimNo", "W-" + r);
            }
            parts.add(row);
        }
        a.put("parts", parts);
        List<Map<String, Object>> labour = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            Map<String, Object> row = new HashMap<>();
            row.put("task", "Task " + r);
            row.put("hours", new BigDecimal("1.5").add(BigDecimal.valueOf(r)));
            row.put("technician", "Tech " + r);
            row.put("photo", List.of("att-l" + r));
            labour.add(row);
        }
        a.put("labour", labour);
        a.put("discount", new BigDecimal("200.00"));
        a.put("discountReason", "loyal customer");
        a.put("satisfaction", new BigDecimal("4"));
        a.put("nps", new BigDecimal("9"));
        a.put("followUp", true);
        a.put("followUpDate", "2026-11-29");
        a.put("signature", "att-signature");
        for (int n = 1; n <= extraFields; n++) {
            switch (n % 4) {
                case 0 -> a.put("extra" + n, "note " + n);
                case 1 -> a.put("extra" + n, n % 2 == 0);
                case 2 -> a.put("extra" + n, BigDecimal.valueOf(n));
                default -> a.put("extra" + n, "b");
            }
        }
        return a;
    }
}
