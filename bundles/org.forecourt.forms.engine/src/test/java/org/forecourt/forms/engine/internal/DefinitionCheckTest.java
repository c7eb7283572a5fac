package org.forecourt.forms.engine.internal;

import java.math.BigDecimal;
import java.util.List;

import org.forecourt.forms.api.engine.DefinitionProblem;
import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.FormItem;
import org.forecourt.forms.api.model.ItemOption;
import org.forecourt.forms.api.model.LocalText;
import org.forecourt.forms.api.model.Scoring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forecourt.forms.engine.internal.Fixtures.ENGINE;
import static org.forecourt.forms.engine.internal.Fixtures.form;
import static org.forecourt.forms.engine.internal.Fixtures.item;

class DefinitionCheckTest {

    private static DefinitionProblem only(FormDefinition d) {
        List<DefinitionProblem> p = ENGINE.check(d);
        assertThat(p).hasSize(1);
        return p.get(0);
    }

    @Test
    void theFixtureHasNoProblems() {
        assertThat(ENGINE.check(Fixtures.walkaround())).isEmpty();
    }

    @Test
    void duplicateKeysAcrossSectionsButNotAcrossGroups() {
        FormItem s1 = item("s1", FieldType.SECTION).setItems(List.of(item("name", FieldType.TEXT)));
        FormItem s2 = item("s2", FieldType.SECTION).setItems(List.of(item("name", FieldType.TEXT)));
        DefinitionProblem p = only(form(s1, s2));
        assertThat(p.path()).isEqualTo("name");
        assertThat(p.messageKey()).isEqualTo("forms.def.key.duplicate");

        FormItem g = item("parts", FieldType.GROUP).setItems(List.of(item("name", FieldType.TEXT)));
        assertThat(ENGINE.check(form(item("name", FieldType.TEXT), g))).isEmpty();
    }

    @Test
    void propertiesMustFitTheType() {
        FormItem text = item("t", FieldType.TEXT).setOptions(List.of(ItemOption.of("a", "甲", "A")));
        DefinitionProblem p = only(form(text));
        assertThat(p.path()).isEqualTo("t");
        assertThat(p.property()).isEqualTo("options");
        assertThat(p.messageKey()).isEqualTo("forms.def.prop.notApplicable");
        assertThat(p.args()).containsExactly("options", "text");

        assertThat(only(form(item("c", FieldType.CHOICE).setOptions(List.of(ItemOption.of("a", "甲", "A")))
                .setWeight(BigDecimal.ONE))).property()).isEqualTo("weight");
        assertThat(only(form(item("r", FieldType.RATING))).messageKey()).isEqualTo("forms.def.prop.missing");
    }

    @Test
    void minAboveMaxAndDuplicateOptions() {
        DefinitionProblem p = only(form(item("n", FieldType.NUMBER).setMin(BigDecimal.TEN).setMax(BigDecimal.ONE)));
        assertThat(p.messageKey()).isEqualTo("forms.def.range.minMax");
        p = only(form(item("c", FieldType.CHOICE).setOptions(List.of(ItemOption.of("a", "甲", "A"),
                ItemOption.of("a", "乙", "B")))));
        assertThat(p.messageKey()).isEqualTo("forms.def.option.duplicate");
        assertThat(p.args()).containsExactly("a");
    }

    @Test
    void everyTextNeedsBothLanguages() {
        DefinitionProblem p = only(form(new FormItem("a", FieldType.TEXT, LocalText.of("甲", null))));
        assertThat(p.messageKey()).isEqualTo("forms.def.text.missingLanguage");
        assertThat(p.property()).isEqualTo("label");
        assertThat(p.args()).containsExactly("label", "en");
    }

    @Test
    void reservedAndInvalidKeys() {
        assertThat(only(form(item("score", FieldType.TEXT))).messageKey()).isEqualTo("forms.def.key.reserved");
        assertThat(only(form(item("1abc", FieldType.TEXT))).messageKey()).isEqualTo("forms.def.key.invalid");
    }

    @Test
    void expressionSyntaxErrorsGiveThePosition() {
        FormItem a = item("a", FieldType.TEXT).setVisibleIf("b == 'x' &&\n (b != ");
        DefinitionProblem p = only(form(a, item("b", FieldType.TEXT)));
        assertThat(p.path()).isEqualTo("a");
        assertThat(p.property()).isEqualTo("visibleIf");
        assertThat(p.messageKey()).isEqualTo("forms.def.expr.syntax");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.column()).isPositive();
    }

    @Test
    void unknownFieldsAndFunctionsArePinpointed() {
        DefinitionProblem p = only(form(item("a", FieldType.TEXT).setRequiredIf("a == 'x' || mileag > 3")));
        assertThat(p.messageKey()).isEqualTo("forms.def.expr.unknownField");
        assertThat(p.args()).containsExactly("mileag", 1, 13);
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.column()).isEqualTo(13);

        p = only(form(item("a", FieldType.TEXT).setVisibleIf("lookup(a)")));
        assertThat(p.messageKey()).isEqualTo("forms.def.expr.unknownFunction");
        assertThat(p.args().get(0)).isEqualTo("lookup");
    }

    @Test
    void rowFieldsAreKnownInsideTheirGroupOnly() {
        FormItem g = item("parts", FieldType.GROUP).setItems(List.of(item("qty", FieldType.NUMBER),
                item("note", FieldType.TEXT).setVisibleIf("qty > 1 && total > 0")));
        FormItem total = item("total", FieldType.COMPUTED).setExpression("sum(parts, 'qty')");
        assertThat(ENGINE.check(form(g, total))).isEmpty();
        DefinitionProblem p = only(form(g, total, item("x", FieldType.TEXT).setVisibleIf("qty > 1")));
        assertThat(p.path()).isEqualTo("x");
        assertThat(p.args().get(0)).isEqualTo("qty");
        p = only(form(g, total, item("t2", FieldType.COMPUTED).setExpression("sum(parts, 'qtty')")));
        assertThat(p.messageKey()).isEqualTo("forms.def.expr.unknownGroupField");
    }

    @Test
    void scoreVariablesOnlyInPassAndComputed() {
        FormItem insp = item("brakes", FieldType.INSPECTION).setWeight(BigDecimal.TEN).setTags(List.of("safety"));
        FormDefinition ok = form(insp, item("pct", FieldType.COMPUTED).setExpression("percent"))
                .setScoring(new Scoring("allOk('safety') && percent >= 90 && sectionScore('s') >= 0", null));
        ok.getItems().add(item("s", FieldType.SECTION).setItems(List.of(item("z", FieldType.TEXT))));
        assertThat(ENGINE.check(ok)).isEmpty();
        DefinitionProblem p = only(form(insp, item("a", FieldType.TEXT).setRequiredIf("percent > 3")));
        assertThat(p.messageKey()).isEqualTo("forms.def.expr.scoreNotAllowed");
        p = only(form(insp).setScoring(new Scoring("allOk('safty')", null)));
        assertThat(p.path()).isEqualTo("scoring");
        assertThat(p.property()).isEqualTo("pass");
        assertThat(p.messageKey()).isEqualTo("forms.def.expr.unknownTag");
        p = only(form(insp).setScoring(new Scoring("sectionScore('nope') > 1", null)));
        assertThat(p.messageKey()).isEqualTo("forms.def.expr.unknownSection");
    }

    @Test
    void cyclesAmongComputedValuesNameTheItems() {
        FormDefinition d = form(item("a", FieldType.COMPUTED).setExpression("b + 1"),
                item("b", FieldType.COMPUTED).setExpression("c * 2"),
                item("c", FieldType.COMPUTED).setExpression("a - 1"));
        DefinitionProblem p = only(d);
        assertThat(p.messageKey()).isEqualTo("forms.def.expr.cycle");
        assertThat((String) p.args().get(0)).contains("a").contains("b").contains("c").contains("→");
    }

    @Test
    void visibilityMayNotDependOnTheScore() {
        FormItem insp = item("brakes", FieldType.INSPECTION).setWeight(BigDecimal.TEN);
        FormItem pct = item("pct", FieldType.COMPUTED).setExpression("percent * 1");
        FormItem via = item("via", FieldType.COMPUTED).setExpression("pct + 1");
        FormItem shown = item("bonus", FieldType.TEXT).setVisibleIf("via > 50");
        DefinitionProblem p = only(form(insp, pct, via, shown));
        assertThat(p.path()).isEqualTo("bonus");
        assertThat(p.messageKey()).isEqualTo("forms.def.expr.cycle");
        assertThat((String) p.args().get(0)).isEqualTo("bonus (visibleIf) → via → pct → score");
        p = only(form(insp, item("x", FieldType.TEXT).setVisibleIf("allOk()")));
        assertThat(p.messageKey()).isEqualTo("forms.def.expr.cycle");
    }

    @ParameterizedTest
    @ValueSource(strings = {"''.getClass()", "new('java.io.File', 'x')", "System.exit(0)", "a.getClass().forName('x')",
            "a = 'x'", "for (x : a) 1", "function() { 1 }", "x -> 1", "#pragma jexl.namespace.sys java.lang.System",
            "java.lang.Runtime.getRuntime().exec('ls')", "a.class.name", "@silent a", "var x = 1"})
    void sandboxEscapesAreRefusedAtCheckTime(String attack) {
        FormItem a = item("a", FieldType.TEXT);
        FormItem b = item("b", FieldType.TEXT).setVisibleIf(attack);
        List<DefinitionProblem> p = ENGINE.check(form(a, b));
        assertThat(p).as(attack).isNotEmpty();
        assertThat(p).allSatisfy(x -> assertThat(x.messageKey()).startsWith("forms.def.expr."));
    }

    @Test
    void checkExpressionAsTheDesignerTypes() {
        FormDefinition d = Fixtures.walkaround();
        assertThat(ENGINE.checkExpression(d, "valuables", "visibleIf", "hasValuables && mileage > 10")).isEmpty();
        assertThat(ENGINE.checkExpression(d, "damage.photo", "visibleIf", "where == 'rear' && cost > 1")).isEmpty();
        assertThat(ENGINE.checkExpression(d, "valuables", "visibleIf", "where == 'rear'"))
                .extracting(DefinitionProblem::messageKey).containsExactly("forms.def.expr.unknownField");
        assertThat(ENGINE.checkExpression(d, "", "pass", "percent >= 90 &&")).extracting(DefinitionProblem::messageKey)
                .containsExactly("forms.def.expr.syntax");
    }

    @Test
    void tooManyItemsInTheModelAreReported() {
        FormDefinition d = form();
        for (int i = 0; i < 2001; i++) {
            d.getItems().add(item("f" + i, FieldType.TEXT));
        }
        assertThat(only(d).messageKey()).isEqualTo("forms.def.tooManyItems");
    }
}
