package org.forecourt.forms.engine.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.forecourt.core.api.FieldError;
import org.forecourt.forms.api.engine.Evaluation;
import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.FormItem;
import org.forecourt.forms.api.model.ItemOption;
import org.forecourt.forms.api.model.RatingScale;
import org.forecourt.forms.api.model.Scoring;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forecourt.forms.engine.internal.Fixtures.ENGINE;
import static org.forecourt.forms.engine.internal.Fixtures.form;
import static org.forecourt.forms.engine.internal.Fixtures.item;

class EvaluateTest {

    private static Map<String, Object> answers(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static Map<String, Object> inspection(String grade, String note, String... photos) {
        Map<String, Object> m = new HashMap<>();
        m.put("grade", grade);
        if (note != null) {
            m.put("note", note);
        }
        m.put("photos", List.of(photos));
        return m;
    }

    /** A complete, passing answer set for the fixture. */
    private static Map<String, Object> goodAnswers() {
        Map<String, Object> row = new HashMap<>(Map.of("where", "front", "cost", new BigDecimal("120.50"),
                "photo", List.of("att-1")));
        return answers("mileage", new BigDecimal("12345"), "fuel", "half", "hasValuables", false,
                "brakes", inspection("OK", null), "tyres", inspection("ATTENTION", "worn", "att-2"),
                "damage", new ArrayList<>(List.of(row, Map.of("where", "rear", "cost", new BigDecimal("80")))),
                "satisfaction", new BigDecimal("4"), "sign", "att-sig");
    }

    private static List<String> errorKeys(Evaluation e, String path) {
        return e.errors().stream().filter(x -> x.field().equals(path)).map(FieldError::messageKey).toList();
    }

    private static Evaluation evaluate(FormDefinition d, Map<String, Object> a) {
        return ENGINE.evaluate(d, a, Fixtures.context(), true);
    }

    @Test
    void aCompleteSubmissionIsScoredAndPasses() {
        Evaluation e = evaluate(Fixtures.walkaround(), goodAnswers());
        assertThat(e.errors()).isEmpty();
        // brakes 10 + tyres 5 (attention, factor 0.5) + satisfaction 5 × (4-1)/(5-1) = 3.75 → 18.75 of 25
        assertThat(e.score().points()).isEqualByComparingTo("18.75");
        assertThat(e.score().max()).isEqualByComparingTo("25");
        assertThat(e.score().percent()).isEqualByComparingTo("75.00");
        assertThat(e.score().sections().get("safety").points()).isEqualByComparingTo("15");
        assertThat(e.score().sections().get("safety").percent()).isEqualByComparingTo("75.00");
        assertThat(e.computed().get("damageTotal")).isEqualTo(new BigDecimal("200.50"));
        assertThat(e.passed()).isTrue();
        assertThat(e.state("damage[0].photo").visible()).isTrue();
        assertThat(e.state("damage[1].photo").visible()).isFalse();
        assertThat(e.state("damageTotal").readOnly()).isTrue();
    }

    @Test
    void criticalItemsNotOkFailTheForm() {
        Map<String, Object> a = goodAnswers();
        a.put("brakes", inspection("URGENT", "pads gone"));
        a.put("brakeNote", "replace pads");
        Evaluation e = evaluate(Fixtures.walkaround(), a);
        assertThat(e.errors()).isEmpty();
        assertThat(e.failedCritical()).containsExactly("brakes");
        assertThat(e.passed()).isFalse();
    }

    @Test
    void thePassRuleDecides() {
        Map<String, Object> a = goodAnswers();
        a.put("satisfaction", new BigDecimal("1"));
        a.put("tyres", inspection("URGENT", null));
        Evaluation e = evaluate(Fixtures.walkaround(), a);
        assertThat(e.errors()).isEmpty();
        assertThat(e.failedCritical()).isEmpty();
        assertThat(e.score().percent()).isEqualByComparingTo("40.00");
        assertThat(e.passed()).isFalse();
        FormDefinition noRule = Fixtures.walkaround().setScoring(null);
        assertThat(evaluate(noRule, a).passed()).isTrue();
    }

    @Test
    void errorsNeverPass() {
        Map<String, Object> a = goodAnswers();
        a.remove("sign");
        Evaluation e = evaluate(Fixtures.walkaround(), a);
        assertThat(errorKeys(e, "sign")).containsExactly("forms.answer.required");
        assertThat(e.passed()).isFalse();
        assertThat(ENGINE.evaluate(Fixtures.walkaround(), a, Fixtures.context(), false).errors()).isEmpty();
    }

    @Test
    void hiddenItemsAreNotRequiredValidatedOrScored() {
        Map<String, Object> a = goodAnswers();
        a.put("valuables", "x".repeat(500));
        Evaluation e = evaluate(Fixtures.walkaround(), a);
        assertThat(e.state("valuables").visible()).isFalse();
        assertThat(e.errors()).isEmpty();
        a.put("hasValuables", true);
        e = evaluate(Fixtures.walkaround(), a);
        assertThat(e.state("valuables").visible()).isTrue();
        assertThat(errorKeys(e, "valuables")).containsExactly("forms.answer.tooLong");
        a.remove("valuables");
        assertThat(errorKeys(evaluate(Fixtures.walkaround(), a), "valuables"))
                .containsExactly("forms.answer.required");
    }

    @Test
    void hiddenSectionsHideTheirItems() {
        FormItem flag = item("flag", FieldType.YES_NO);
        FormItem insp = item("brakes", FieldType.INSPECTION).setWeight(BigDecimal.TEN).setRequired(true);
        FormItem sec = item("sec", FieldType.SECTION).setVisibleIf("flag == true").setItems(List.of(insp));
        FormDefinition d = form(flag, sec);
        Evaluation e = evaluate(d, answers("flag", false));
        assertThat(e.state("brakes").visible()).isFalse();
        assertThat(e.errors()).isEmpty();
        assertThat(e.score().max()).isEqualByComparingTo("0");
        assertThat(e.score().percent()).isNull();
        e = evaluate(d, answers("flag", true));
        assertThat(errorKeys(e, "brakes")).containsExactly("forms.answer.required");
    }

    @Test
    void requiredIfAndReadOnlyIf() {
        Evaluation e = evaluate(Fixtures.walkaround(), withBrakes("ATTENTION", "noisy"));
        assertThat(e.state("brakeNote").required()).isTrue();
        assertThat(errorKeys(e, "brakeNote")).containsExactly("forms.answer.required");
        FormDefinition d = form(item("lock", FieldType.YES_NO), item("t", FieldType.TEXT).setReadOnlyIf("lock"));
        assertThat(evaluate(d, answers("lock", true)).state("t").readOnly()).isTrue();
        assertThat(evaluate(d, answers("lock", false)).state("t").readOnly()).isFalse();
    }

    private static Map<String, Object> withBrakes(String grade, String note) {
        Map<String, Object> a = goodAnswers();
        a.put("brakes", inspection(grade, note));
        return a;
    }

    @Test
    void inspectionNotesPhotosAndGrades() {
        assertThat(errorKeys(evaluate(Fixtures.walkaround(), withBrakes("ATTENTION", null)), "brakes"))
                .containsExactly("forms.answer.noteRequired");
        assertThat(errorKeys(evaluate(Fixtures.walkaround(), withBrakes("BROKEN", null)), "brakes"))
                .containsExactly("forms.answer.grade");
        Map<String, Object> a = goodAnswers();
        a.put("tyres", inspection("OK", null, "1", "2", "3", "4"));
        assertThat(errorKeys(evaluate(Fixtures.walkaround(), a), "tyres"))
                .containsExactly("forms.answer.tooManyPhotos");
    }

    @Test
    void unknownAnswerKeysAreRefused() {
        Map<String, Object> a = goodAnswers();
        a.put("injected", "x");
        a.put("safety", "section keys hold no answer");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) a.get("damage");
        rows.set(1, Map.of("where", "rear", "hack", 1));
        Evaluation e = evaluate(Fixtures.walkaround(), a);
        assertThat(errorKeys(e, "injected")).containsExactly("forms.answer.unknownField");
        assertThat(errorKeys(e, "safety")).containsExactly("forms.answer.unknownField");
        assertThat(errorKeys(e, "damage[1].hack")).containsExactly("forms.answer.unknownField");
        assertThat(e.passed()).isFalse();
    }

    @Test
    void wrongValueTypesAreRefused() {
        Map<String, Object> a = goodAnswers();
        a.put("mileage", "lots");
        a.put("hasValuables", "yes");
        a.put("brakes", "OK");
        Evaluation e = evaluate(Fixtures.walkaround(), a);
        assertThat(errorKeys(e, "mileage")).containsExactly("forms.answer.wrongType");
        assertThat(errorKeys(e, "hasValuables")).containsExactly("forms.answer.wrongType");
        assertThat(errorKeys(e, "brakes")).containsExactly("forms.answer.wrongType");
    }

    @Test
    void groupRowsAreCountedAndValidatedWithRowPaths() {
        FormItem g = item("parts", FieldType.GROUP).setMinRows(1).setMaxRows(2).setItems(List.of(
                item("qty", FieldType.NUMBER).setRequired(true).setMax(BigDecimal.TEN),
                item("sub", FieldType.COMPUTED).setExpression("qty * 2")));
        FormDefinition d = form(g, item("total", FieldType.COMPUTED).setExpression("sum(parts, 'qty') + count(parts)"));
        assertThat(errorKeys(evaluate(d, answers()), "parts")).containsExactly("forms.answer.group.minRows");
        Evaluation e = evaluate(d, answers("parts", List.of(Map.of("qty", BigDecimal.ONE), Map.of(),
                Map.of("qty", new BigDecimal("11")))));
        assertThat(errorKeys(e, "parts")).containsExactly("forms.answer.group.maxRows");
        assertThat(errorKeys(e, "parts[1].qty")).containsExactly("forms.answer.required");
        assertThat(errorKeys(e, "parts[2].qty")).containsExactly("forms.answer.tooLarge");
        assertThat(e.computed()).containsEntry("parts[0].sub", new BigDecimal("2"))
                .containsEntry("parts[2].sub", new BigDecimal("22")).containsEntry("total", new BigDecimal("15"));
    }

    @Test
    void everyFieldTypeValidatesItsValue() {
        FormDefinition d = form(
                item("text", FieldType.TEXT).setMaxLength(5),
                item("num", FieldType.NUMBER).setMin(BigDecimal.ONE).setDecimals(1),
                item("money", FieldType.MONEY),
                item("date", FieldType.DATE), item("time", FieldType.TIME), item("dt", FieldType.DATE_TIME),
                item("choice", FieldType.CHOICE).setOptions(List.of(ItemOption.of("a", "甲", "A"))),
                item("multi", FieldType.MULTI_CHOICE).setMaxSelected(1)
                        .setOptions(List.of(ItemOption.of("a", "甲", "A"), ItemOption.of("b", "乙", "B"))),
                item("multi2", FieldType.MULTI_CHOICE).setMinSelected(2)
                        .setOptions(List.of(ItemOption.of("a", "甲", "A"), ItemOption.of("b", "乙", "B"))),
                item("rating", FieldType.RATING).setScale(RatingScale.SCORE_0_10),
                item("photo", FieldType.PHOTO),
                item("vin", FieldType.VIN), item("plate", FieldType.PLATE), item("mobile", FieldType.MOBILE),
                item("idcard", FieldType.ID_CARD));
        Evaluation bad = evaluate(d, answers("text", "toolong", "num", new BigDecimal("1.25"),
                "money", new BigDecimal("1.001"), "date", "2026-13-01", "time", "25:00", "dt", "2026-11-22 10:00",
                "choice", "z", "multi", List.of("a", "b"), "multi2", List.of("a"), "rating", new BigDecimal("11"),
                "photo", List.of("p1", "p2"), "vin", "LSVAU2180N2183291", "plate", "ZZ12345", "mobile", "12345",
                "idcard", "110101199003070000"));
        assertThat(bad.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("text", "num", "money",
                "date", "time", "dt", "choice", "multi", "multi2", "rating", "photo", "vin", "plate", "mobile",
                "idcard");
        assertThat(errorKeys(bad, "num")).containsExactly("forms.answer.decimals");
        assertThat(errorKeys(bad, "multi")).containsExactly("forms.answer.maxSelected");
        assertThat(errorKeys(bad, "multi2")).containsExactly("forms.answer.minSelected");
        assertThat(errorKeys(bad, "vin").get(0)).startsWith("validation.vin.");
        assertThat(errorKeys(bad, "mobile").get(0)).startsWith("validation.mobile.");

        Evaluation good = evaluate(d, answers("text", "ok", "num", new BigDecimal("1.5"),
                "money", new BigDecimal("1.50"), "date", "2026-11-22", "time", "14:30", "dt", "2026-11-22T14:30",
                "choice", "a", "multi", List.of("b"), "multi2", List.of("a", "b"), "rating", new BigDecimal("0"),
                "photo", List.of("p1"), "vin", "1M8GDM9AXKP042788", "plate", "沪A12345", "mobile", "13812345678",
                "idcard", "11010519491231002X"));
        assertThat(good.errors()).isEmpty();
    }

    @Test
    void choiceScoresUseOptionScores() {
        FormItem c = item("c", FieldType.CHOICE).setOptions(List.of(new ItemOption("a", Fixtures.text("A"),
                new BigDecimal("3")), new ItemOption("b", Fixtures.text("B"), BigDecimal.ONE)));
        FormItem m = item("m", FieldType.MULTI_CHOICE).setOptions(List.of(new ItemOption("x", Fixtures.text("X"),
                new BigDecimal("2")), new ItemOption("y", Fixtures.text("Y"), new BigDecimal("2"))));
        FormItem yn = item("yn", FieldType.YES_NO).setWeight(new BigDecimal("4")).setCritical(true);
        Evaluation e = evaluate(form(c, m, yn), answers("c", "b", "m", List.of("x"), "yn", false));
        assertThat(e.score().points()).isEqualByComparingTo("3");
        assertThat(e.score().max()).isEqualByComparingTo("11");
        assertThat(e.score().percent()).isEqualByComparingTo("27.27");
        assertThat(e.failedCritical()).containsExactly("yn");
    }

    @Test
    void expressionsSeeContextFunctionsAndDates() {
        FormDefinition d = form(item("due", FieldType.DATE),
                item("days", FieldType.COMPUTED).setExpression("daysBetween(today(), due)"),
                item("greet", FieldType.COMPUTED).setExpression("'Hi ' + customer.name + ' ' + vehicle.odometerKm"),
                item("avgDays", FieldType.COMPUTED).setExpression("round(days / 3, 2)"),
                item("safe", FieldType.COMPUTED).setExpression("min(days, 2) + max(1, null)"));
        Evaluation e = evaluate(d, answers("due", "2026-12-02"));
        assertThat(e.computed()).containsEntry("days", new BigDecimal("10"))
                .containsEntry("greet", "Hi Wang Fang 12000").containsEntry("avgDays", new BigDecimal("3.33"))
                .containsEntry("safe", new BigDecimal("3"));
    }

    @Test
    void runtimeFailuresCountAsFalseOrEmpty() {
        FormDefinition d = form(item("n", FieldType.NUMBER),
                item("t", FieldType.TEXT).setVisibleIf("n > 5"),
                item("c", FieldType.COMPUTED).setExpression("10 / n"),
                item("p", FieldType.COMPUTED).setExpression("t.class"));
        Evaluation e = evaluate(d, answers("t", "x"));
        assertThat(e.state("t").visible()).isFalse();
        assertThat(e.computed()).doesNotContainKey("c").doesNotContainKey("p");
        assertThat(evaluate(d, answers("n", BigDecimal.ZERO)).computed()).doesNotContainKey("c");
    }

    @Test
    void passRuleWithGradeFunctionsAndSectionScores() {
        FormItem a = item("a", FieldType.INSPECTION).setWeight(BigDecimal.TEN).setTags(List.of("safety"));
        FormItem b = item("b", FieldType.INSPECTION).setWeight(BigDecimal.TEN).setTags(List.of("comfort"));
        FormItem s = item("s", FieldType.SECTION).setItems(List.of(a, b));
        FormItem note = item("why", FieldType.TEXT).setRequiredIf("anyUrgent() || countGrade('ATTENTION') > 0");
        FormDefinition d = form(s, note).setScoring(new Scoring("allOk('safety') && sectionPercent('s') >= 75", null));
        assertThat(ENGINE.check(d)).isEmpty();
        Evaluation e = evaluate(d, answers("a", inspection("OK", null), "b", inspection("ATTENTION", null),
                "why", "seat"));
        assertThat(e.score().sections().get("s").percent()).isEqualByComparingTo("75.00");
        assertThat(e.passed()).isTrue();
        e = evaluate(d, answers("a", inspection("OK", null), "b", inspection("ATTENTION", null)));
        assertThat(errorKeys(e, "why")).containsExactly("forms.answer.required");
    }

    @Test
    void answersRoundTripThroughJsonWithDecimals() {
        Map<String, Object> a = goodAnswers();
        String json = ENGINE.answersToJson(a);
        Map<String, Object> back = ENGINE.answersFromJson(json);
        assertThat(back.get("mileage")).isEqualTo(new BigDecimal("12345"));
        assertThat(back.get("brakes")).isEqualTo(Map.of("grade", "OK", "photos", List.of()));
        assertThat(((List<?>) back.get("damage"))).hasSize(2);
        assertThat(evaluate(Fixtures.walkaround(), back).score()).isEqualTo(evaluate(Fixtures.walkaround(), a).score());
    }

    @Test
    void placeholdersAreFilled() {
        FormDefinition d = Fixtures.walkaround();
        String s = ENGINE.fillPlaceholders(d.getItems().get(0).getText(), Fixtures.context(), Map.of());
        assertThat(s).isEqualTo("Hello Wang Fang, your Model Y");
        assertThat(ENGINE.fillPlaceholders(Fixtures.text("{field:km} km, {store.name}, {customer.nope}, {user.name}"),
                Fixtures.context(), Map.of("km", new BigDecimal("12000")))).isEqualTo("12000 km, Shanghai Pudong, , Li Lei");
    }
}
