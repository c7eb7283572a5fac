package org.forecourt.forms.pack.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.forecourt.core.api.FieldError;
import org.forecourt.forms.api.engine.DefinitionException;
import org.forecourt.forms.api.engine.Evaluation;
import org.forecourt.forms.api.engine.FormContext;
import org.forecourt.forms.api.engine.FormEngine;
import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.FormItem;
import org.forecourt.forms.api.model.ItemOption;
import org.forecourt.forms.engine.internal.FormEngineImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every form of every pack read, checked and evaluated by the real forms engine: it parses without a problem, a
 * fully good submission is valid (and passes when the form is scored), a safety item graded urgent fails the form;
 * and the logic of the standard forms does what the stores expect.
 */
class FormPacksEngineTest {

    private static final FormEngine ENGINE = new FormEngineImpl();
    private static final FormContext CONTEXT = new FormContext(Locale.SIMPLIFIED_CHINESE, null,
            LocalDate.of(2026, 11, 22), Map.of("id", "c-1", "name", "王建国", "mobile", "13912345678"),
            Map.of("id", "v-1", "model", "凯美瑞 2.0G 豪华版", "vin", "1HGCM82633A004352"),
            Map.of("id", "u-1", "name", "李娜"), Map.of("id", "s-1", "code", "BJ01", "name", "北京朝阳4S店"));

    static List<Path> formFiles() {
        return FormPacksTest.formFiles();
    }

    /** The forms with a critical (safety) inspection item. */
    static List<Path> formsWithSafetyItems() throws IOException {
        List<Path> withSafety = new ArrayList<>();
        for (Path file : formFiles()) {
            if (all(parse(file).getItems()).stream()
                    .anyMatch(i -> i.getType() == FieldType.INSPECTION && i.isCritical())) {
                withSafety.add(file);
            }
        }
        assertThat(withSafety).as("forms with safety items").isNotEmpty();
        return withSafety;
    }

    static FormDefinition parse(Path file) throws IOException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return ENGINE.parse(json);
        } catch (DefinitionException e) {
            return fail(file + " is refused by the engine: " + e.problems());
        }
    }

    static FormDefinition standard(String key) throws IOException {
        return parse(FormPacksTest.formsDir().resolve("standard").resolve(key + ".json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formFiles")
    void theEngineReadsItWithoutProblems(Path file) throws IOException {
        FormDefinition definition = parse(file);
        assertThat(ENGINE.check(definition)).as("problems the engine finds in " + file).isEmpty();
        assertThat(definition.getKey()).isEqualTo(FormPacksTest.fileKey(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formFiles")
    void aFullyGoodSubmissionIsValidAndPasses(Path file) throws IOException {
        FormDefinition definition = parse(file);
        Evaluation evaluation = evaluateGood(definition, Map.of());
        assertThat(evaluation.errors()).as("errors for good answers to " + file).isEmpty();
        if (definition.getScoring() != null) {
            assertThat(evaluation.passed()).as(file + " passes with every answer good").isTrue();
            assertThat(evaluation.score().percent()).isEqualByComparingTo("100");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formsWithSafetyItems")
    void aSafetyItemGradedUrgentFailsTheForm(Path file) throws IOException {
        FormDefinition definition = parse(file);
        Optional<FormItem> safety = all(definition.getItems()).stream()
                .filter(i -> i.getType() == FieldType.INSPECTION && i.isCritical()).findFirst();
        String key = safety.get().getKey();
        Evaluation evaluation = evaluateGood(definition,
                Map.of(key, graded("URGENT", "制动管路渗漏")));
        assertThat(evaluation.errors()).isEmpty();
        assertThat(evaluation.passed()).as(file + " with " + key + " urgent").isFalse();
        assertThat(evaluation.failedCritical()).contains(key);
    }

    @Test
    void pdiPassesWithAFewAttentionItemsButNotBelowNinetyPercent() throws IOException {
        FormDefinition pdi = standard("pdi-checklist");
        Map<String, Object> attention = graded("ATTENTION", "轻微划痕,已抛光");
        Evaluation few = evaluateGood(pdi, Map.of("paint", attention, "clockSet", attention));
        assertThat(few.passed()).isTrue();
        assertThat(few.score().percent()).isLessThan(new BigDecimal("100"));

        Map<String, Object> many = new LinkedHashMap<>();
        all(pdi.getItems()).stream().filter(i -> i.getType() == FieldType.INSPECTION && !i.isCritical())
                .forEach(i -> many.put(i.getKey(), graded("URGENT", "需处理")));
        Evaluation poor = evaluateGood(pdi, many);
        assertThat(poor.score().percent()).isLessThan(new BigDecimal("90"));
        assertThat(poor.passed()).isFalse();
    }

    @Test
    void anInspectionNotOkNeedsANote() throws IOException {
        Evaluation evaluation = evaluateGood(standard("pdi-checklist"),
                Map.of("paint", Map.of("grade", "ATTENTION", "photos", List.of())));
        assertThat(evaluation.errors()).extracting(FieldError::field).contains("paint");
    }

    @Test
    void needsAnalysisSuggestsTheCardLevelFromThePurchaseTiming() throws IOException {
        FormDefinition needs = standard("needs-analysis");
        assertThat(evaluateGood(needs, Map.of("purchaseTiming", "within-7-days")).computed().get("cardLevel"))
                .isEqualTo("H");
        assertThat(evaluateGood(needs, Map.of("purchaseTiming", "within-30-days")).computed().get("cardLevel"))
                .isEqualTo("B");
        Evaluation first = evaluateGood(needs, Map.of("purchaseType", "first"));
        assertThat(first.state("currentCar").visible()).isFalse();
        Evaluation replace = draft(needs, Map.of("purchaseType", "replace"));
        assertThat(replace.state("currentCar").visible()).isTrue();
    }

    @Test
    void walkAroundAsksForTheValuablesOnlyWhenThereAreAny() throws IOException {
        FormDefinition walk = standard("reception-walkaround");
        Map<String, Object> answers = goodAnswers(walk);
        answers.put("valuables", true);
        answers.remove("valuablesList");
        Evaluation missing = ENGINE.evaluate(walk, answers, CONTEXT, true);
        assertThat(missing.errors()).extracting(FieldError::field).contains("valuablesList");

        answers.put("valuables", false);
        answers.remove("valuablesHandling");
        Evaluation none = ENGINE.evaluate(walk, answers, CONTEXT, true);
        assertThat(none.state("valuablesList").visible()).isFalse();
        assertThat(none.errors()).extracting(FieldError::field).doesNotContain("valuablesList", "valuablesHandling");
    }

    @Test
    void deliveryAddsUpTheAccessoriesAndFailsWithoutTheInvoice() throws IOException {
        FormDefinition delivery = standard("delivery-checklist");
        Map<String, Object> answers = goodAnswers(delivery);
        answers.put("hasAccessories", true);
        answers.put("accessories", List.of(
                Map.of("accessory", "脚垫", "accessoryQty", BigDecimal.ONE, "accessoryAmount", new BigDecimal("680"),
                        "accessoryFitted", true),
                Map.of("accessory", "行车记录仪", "accessoryQty", BigDecimal.ONE,
                        "accessoryAmount", new BigDecimal("1200.50"), "accessoryFitted", true)));
        Evaluation evaluation = ENGINE.evaluate(delivery, answers, CONTEXT, true);
        assertThat((BigDecimal) evaluation.computed().get("accessoriesTotal")).isEqualByComparingTo("1880.50");

        answers.put("invoice", false);
        Evaluation noInvoice = ENGINE.evaluate(delivery, answers, CONTEXT, true);
        assertThat(noInvoice.passed()).isFalse();
        assertThat(noInvoice.failedCritical()).contains("invoice");
    }

    @Test
    void theManagerCallAsksTheSixTopicsOnlyWhenTheCustomerIsReached() throws IOException {
        FormDefinition call = standard("after-delivery-24h-manager-call");
        Evaluation reached = draft(call, Map.of("callResult", "reached"));
        assertThat(reached.state("plateStatus").visible()).isTrue();
        assertThat(reached.state("plateStatus").required()).isTrue();
        Evaluation noAnswer = ENGINE.evaluate(call, Map.of("consultantName", "张伟", "calledAt", "2026-11-22T10:00",
                "callResult", "no-answer"), CONTEXT, true);
        assertThat(noAnswer.state("plateStatus").visible()).isFalse();
        assertThat(noAnswer.errors()).isEmpty();
    }

    @Test
    void theTestDriveTermsNameTheCustomerTheCarAndTheStore() throws IOException {
        FormDefinition agreement = standard("test-drive-agreement");
        FormItem terms = all(agreement.getItems()).stream().filter(i -> "termsText".equals(i.getKey())).findFirst()
                .orElseThrow();
        String text = ENGINE.fillPlaceholders(terms.getText(), CONTEXT, Map.of());
        assertThat(text).contains("王建国", "凯美瑞 2.0G 豪华版", "北京朝阳4S店").doesNotContain("{");
    }

    @Test
    void theTestDriveRefusesNovicesAndExpiredLicences() throws IOException {
        FormDefinition agreement = standard("test-drive-agreement");
        assertThat(draft(agreement, Map.of("mode", "ride")).state("licenceSighted").visible()).isFalse();
        Evaluation novice = draft(agreement, Map.of("mode", "drive", "drivingYears", new BigDecimal("0.5")));
        assertThat(novice.state("licenceSighted").required()).isTrue();
        assertThat(novice.state("noviceWarning").visible()).isTrue();
        assertThat(draft(agreement, Map.of("mode", "drive", "drivingYears", new BigDecimal("3")))
                .state("noviceWarning").visible()).isFalse();
        assertThat(draft(agreement, Map.of("mode", "drive", "licenceValidUntil", "2026-11-01"))
                .state("expiredWarning").visible()).isTrue();
        assertThat(draft(agreement, Map.of("mode", "drive", "licenceValidUntil", "2030-01-01"))
                .state("expiredWarning").visible()).isFalse();
    }

    @Test
    void aComplaintAsksForTheAmountOnlyWhenMoneyIsWantedAndEscalatesMajorOnes() throws IOException {
        FormDefinition complaint = standard("complaint-intake");
        assertThat(draft(complaint, Map.of("desiredResolution", List.of("apology", "compensation")))
                .state("expectedAmount").visible()).isTrue();
        assertThat(draft(complaint, Map.of("desiredResolution", List.of("apology")))
                .state("expectedAmount").visible()).isFalse();
        Evaluation major = draft(complaint, Map.of("severity", "major"));
        assertThat(major.state("escalated").required()).isTrue();
        assertThat(major.state("majorNote").visible()).isTrue();
        assertThat(draft(complaint, Map.of("severity", "minor")).state("escalated").visible()).isFalse();
    }

    @Test
    void winBackCountsTheMonthsSinceTheLastVisit() throws IOException {
        Evaluation evaluation = draft(standard("lost-customer-winback"), Map.of("lastVisit", "2025-11-22"));
        assertThat((BigDecimal) evaluation.computed().get("monthsAway")).isEqualByComparingTo("12");
    }

    @Test
    void oneUrgentShowroomItemFailsTheDailyCheck() throws IOException {
        Evaluation evaluation = evaluateGood(standard("showroom-daily-prep"),
                Map.of("washroom", graded("URGENT", "洗手间漏水")));
        assertThat(evaluation.score().percent()).isGreaterThan(new BigDecimal("90"));
        assertThat(evaluation.passed()).isFalse();
    }

    @Test
    void aTeamLeaderReworkNeedsAReasonAndDoesNotPass() throws IOException {
        FormDefinition check = standard("team-leader-check");
        Map<String, Object> answers = goodAnswers(check);
        answers.put("result", "rework");
        answers.remove("reworkReason");
        Evaluation evaluation = ENGINE.evaluate(check, answers, CONTEXT, true);
        assertThat(evaluation.errors()).extracting(FieldError::field).contains("reworkReason");
        assertThat(evaluation.passed()).isFalse();
    }

    /** An inspection answer with a grade and a note, no photos. */
    private static Map<String, Object> graded(String grade, String note) {
        return Map.of("grade", grade, "note", note, "photos", List.of());
    }

    private static Evaluation draft(FormDefinition definition, Map<String, Object> answers) {
        return ENGINE.evaluate(definition, answers, CONTEXT, false);
    }

    // ------------------------------------------------------------------------------------------ good answers

    /** Good answers with {@code overrides} applied, answers to hidden items left out, evaluated for submission. */
    static Evaluation evaluateGood(FormDefinition definition, Map<String, Object> overrides) {
        Map<String, Object> answers = goodAnswers(definition);
        answers.putAll(overrides);
        Evaluation first = ENGINE.evaluate(definition, answers, CONTEXT, true);
        dropHidden(answers, "", first);
        return ENGINE.evaluate(definition, answers, CONTEXT, true);
    }

    /** An answer to every input item as a careful member of staff gives it: OK, yes, top rating, first option. */
    static Map<String, Object> goodAnswers(FormDefinition definition) {
        Map<String, Object> answers = new LinkedHashMap<>();
        fill(definition.getItems(), answers);
        return answers;
    }

    private static void fill(List<FormItem> items, Map<String, Object> answers) {
        for (FormItem item : items) {
            switch (item.getType()) {
                case SECTION -> fill(item.getItems(), answers);
                case GROUP -> {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    int n = Math.max(1, item.getMinRows() == null ? 0 : item.getMinRows());
                    for (int i = 0; i < n; i++) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        fill(item.getItems(), row);
                        rows.add(row);
                    }
                    answers.put(item.getKey(), rows);
                }
                case COMPUTED, INSTRUCTION, PAGE_BREAK, REFERENCE -> {
                }
                default -> answers.put(item.getKey(), goodValue(item));
            }
        }
    }

    private static Object goodValue(FormItem item) {
        return switch (item.getType()) {
            case TEXT, TEXTAREA -> "正常";
            case NUMBER, MONEY -> item.getMin() != null ? item.getMin().max(BigDecimal.ONE.min(
                    item.getMax() == null ? BigDecimal.ONE : item.getMax())) : BigDecimal.ONE;
            case DATE -> "2026-11-22";
            case TIME -> "10:00";
            case DATE_TIME -> "2026-11-22T10:00";
            case CHOICE -> item.getOptions().get(0).value();
            case MULTI_CHOICE -> item.getOptions().stream()
                    .limit(Math.max(1, item.getMinSelected() == null ? 1 : item.getMinSelected()))
                    .map(ItemOption::value).toList();
            case YES_NO -> Boolean.TRUE;
            case INSPECTION -> Map.of("grade", "OK", "photos", List.of());
            case RATING -> BigDecimal.valueOf(item.getScale().max());
            case PHOTO -> List.of("att-photo-1");
            case SIGNATURE -> "att-signature-1";
            case VIN -> "1HGCM82633A004352";
            case PLATE -> "京A12345";
            case MOBILE -> "13912345678";
            case ID_CARD -> "11010519491231002X";
            default -> throw new IllegalArgumentException("not an input: " + item);
        };
    }

    @SuppressWarnings("unchecked")
    private static void dropHidden(Map<String, Object> answers, String prefix, Evaluation evaluation) {
        answers.entrySet().removeIf(e -> !evaluation.state(prefix + e.getKey()).visible());
        answers.forEach((key, value) -> {
            if (value instanceof List<?> rows && !rows.isEmpty() && rows.get(0) instanceof Map) {
                for (int i = 0; i < rows.size(); i++) {
                    dropHidden((Map<String, Object>) rows.get(i), prefix + key + "[" + i + "].", evaluation);
                }
            }
        });
    }

    static List<FormItem> all(List<FormItem> items) {
        List<FormItem> out = new ArrayList<>();
        for (FormItem item : items) {
            out.add(item);
            out.addAll(all(item.getItems()));
        }
        return out;
    }
}
