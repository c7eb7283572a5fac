package org.forecourt.forms.ui.internal.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.forecourt.forms.api.engine.DefinitionProblem;
import org.forecourt.forms.api.engine.FormEngine;
import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.FormItem;
import org.forecourt.forms.api.model.LocalText;
import org.forecourt.forms.api.model.Scoring;
import org.forecourt.forms.engine.internal.FormEngineImpl;

/** The designer's operations on a draft, with the real engine and without Vaadin. */
class DesignerModelTest {

    private final FormEngine engine = new FormEngineImpl();
    private DesignerModel model;
    private int changes;

    @BeforeEach
    void start() {
        FormDefinition def = new FormDefinition().setKey("pdi").setTitle(LocalText.of("PDI 检查", "PDI check"))
                .setKind("checklist");
        model = new DesignerModel(engine, def, t -> LocalText.of("新" + t.jsonName(), "New " + t.jsonName()));
        model.addListener(() -> changes++);
    }

    private static List<Integer> at(Integer... path) {
        return List.of(path);
    }

    private List<String> topKeys() {
        return model.definition().getItems().stream().map(FormItem::getKey).toList();
    }

    @Test
    void aClickAddsAfterTheSelectionWithAFreeKeyAndWhatTheTypeNeeds() {
        model.add(FieldType.INSPECTION);
        model.add(FieldType.CHOICE);
        model.select(at(0));
        model.add(FieldType.INSPECTION);
        assertThat(topKeys()).containsExactly("inspection1", "inspection2", "choice1");
        assertThat(model.selection()).isEqualTo(at(1));
        FormItem choice = model.item(at(2)).orElseThrow();
        assertThat(choice.getOptions()).extracting(o -> o.value()).containsExactly("option1", "option2");
        assertThat(choice.getLabel()).isEqualTo(LocalText.of("新choice", "New choice"));
        assertThat(model.problems()).as("new items are publishable as they come").isEmpty();
        assertThat(changes).isPositive();
    }

    @Test
    void itemsGoIntoASelectedSectionButPageBreaksStayAtTheTopLevel() {
        model.add(FieldType.SECTION);
        model.add(FieldType.YES_NO);
        assertThat(model.selection()).isEqualTo(at(0, 0));
        model.add(FieldType.DATE_TIME);
        assertThat(model.item(at(0, 1)).orElseThrow().getKey()).isEqualTo("dateTime1");
        model.add(FieldType.PAGE_BREAK);
        assertThat(topKeys()).containsExactly("section1", "pageBreak1");
        model.select(at(0));
        model.add(FieldType.GROUP);
        model.add(FieldType.SECTION);
        assertThat(model.item(at(0, 2, 0))).as("no section inside a group").isEmpty();
        assertThat(model.item(at(0, 3)).orElseThrow().getKey()).as("after the group, in the section")
                .isEqualTo("section2");
    }

    @Test
    void altArrowsMoveAmongSiblingsAndOutOfContainers() {
        model.add(FieldType.TEXT);
        model.add(FieldType.SECTION);
        model.add(FieldType.NUMBER); // into the section
        model.add(FieldType.MONEY);
        model.select(at(1, 0));
        assertThat(model.moveSelected(1)).isTrue();
        assertThat(model.item(at(1, 1)).orElseThrow().getKey()).isEqualTo("number1");
        assertThat(model.moveSelected(1)).as("past the end: out of the section").isTrue();
        assertThat(topKeys()).containsExactly("text1", "section1", "number1");
        assertThat(model.selection()).isEqualTo(at(2));
        assertThat(model.moveSelected(1)).as("already last").isFalse();
        model.select(at(1, 0));
        assertThat(model.moveSelected(-1)).isTrue();
        assertThat(topKeys()).containsExactly("text1", "money1", "section1", "number1");
        assertThat(model.moveSelected(-1)).isTrue();
        assertThat(topKeys()).containsExactly("money1", "text1", "section1", "number1");
    }

    @Test
    void dragMovesIntoAndOutOfSectionsButNeverIntoItself() {
        model.add(FieldType.SECTION);
        model.select(null);
        model.add(FieldType.TEXT);
        model.add(FieldType.GROUP);
        assertThat(topKeys()).containsExactly("section1", "text1", "group1");
        assertThat(model.moveTo(at(1), at(0), 0)).isTrue();
        assertThat(model.item(at(0, 0)).orElseThrow().getKey()).isEqualTo("text1");
        assertThat(model.selection()).isEqualTo(at(0, 0));
        // the group (now at 1) moves into the section, after the text
        assertThat(model.moveTo(at(1), at(0), 1)).isTrue();
        assertThat(model.item(at(0, 1)).orElseThrow().getKey()).isEqualTo("group1");
        assertThat(model.moveTo(at(0), at(0, 1), 0)).as("a section into its own group").isFalse();
        assertThat(model.moveTo(at(0, 1), at(0, 1), 0)).as("a group into itself").isFalse();
        // and back out to the end of the form
        assertThat(model.moveTo(at(0, 0), List.of(), 1)).isTrue();
        assertThat(topKeys()).containsExactly("section1", "text1");
        assertThat(model.enginePath(at(0, 0))).isEqualTo("group1");
    }

    @Test
    void deleteSelectsTheNextItemThenThePreviousThenTheContainer() {
        model.add(FieldType.SECTION);
        model.add(FieldType.TEXT);
        model.add(FieldType.NUMBER);
        model.select(at(0, 0));
        model.removeSelected();
        assertThat(model.selected().orElseThrow().getKey()).isEqualTo("number1");
        model.removeSelected();
        assertThat(model.selection()).isEqualTo(at(0));
        model.removeSelected();
        assertThat(model.selection()).isNull();
        assertThat(model.definition().getItems()).isEmpty();
        assertThat(model.removeSelected()).isFalse();
    }

    @Test
    void undoAndRedoRestoreTheDefinitionAndTheSelectionForTheLastFiftyChanges() {
        for (int i = 0; i < 60; i++) {
            model.add(FieldType.TEXT);
        }
        assertThat(model.undoDepth()).isGreaterThanOrEqualTo(50);
        for (int i = 0; i < 55; i++) {
            assertThat(model.undo()).isTrue();
        }
        assertThat(model.definition().getItems()).hasSize(5);
        assertThat(model.selection()).isEqualTo(at(4));
        assertThat(model.redo()).isTrue();
        assertThat(model.definition().getItems()).hasSize(6);
        model.add(FieldType.NUMBER);
        assertThat(model.canRedo()).as("a new change ends the redo chain").isFalse();
    }

    @Test
    void typingInOnePropertyIsOneUndoStepAndUndoingItAllIsNotDirty() {
        model.add(FieldType.TEXT);
        model.markSaved();
        int depth = model.undoDepth();
        model.edit("label", it -> it.setLabel(LocalText.of("车", null)));
        model.edit("label", it -> it.setLabel(LocalText.of("车主", null)));
        model.edit("label", it -> it.setLabel(LocalText.of("车主姓名", null)));
        assertThat(model.undoDepth()).isEqualTo(depth + 1);
        assertThat(model.isDirty()).isTrue();
        model.edit("weight", it -> it.setWeight(BigDecimal.TEN));
        assertThat(model.undoDepth()).isEqualTo(depth + 2);
        model.undo();
        assertThat(model.selected().orElseThrow().getWeight()).isNull();
        model.undo();
        assertThat(model.selected().orElseThrow().getLabel()).isEqualTo(LocalText.of("新text", "New text"));
        assertThat(model.isDirty()).isFalse();
    }

    @Test
    void keysAreCheckedWhenRenamed() {
        model.add(FieldType.INSPECTION);
        model.add(FieldType.INSPECTION);
        assertThat(model.rename("1brakes")).contains("forms.design.key.invalid");
        assertThat(model.rename("inspection1")).contains("forms.design.key.taken");
        assertThat(model.rename("brakes")).isEmpty();
        assertThat(topKeys()).containsExactly("inspection1", "brakes");
        assertThat(model.freeKey(FieldType.INSPECTION)).isEqualTo("inspection2");
    }

    @Test
    void expressionsAreCheckedLiveWithThePositionOfTheError() {
        model.add(FieldType.CHOICE);
        model.add(FieldType.TEXT);
        assertThat(model.checkExpression("visibleIf", "choice1 == 'option1'")).isEmpty();
        assertThat(model.checkExpression("visibleIf", "")).isEmpty();
        List<DefinitionProblem> unknown = model.checkExpression("visibleIf", "colour == 'red'");
        assertThat(unknown).isNotEmpty();
        assertThat(unknown.get(0).messageKey()).isEqualTo("forms.def.expr.unknownField");
        List<DefinitionProblem> syntax = model.checkExpression("visibleIf", "choice1 == ");
        assertThat(syntax).isNotEmpty();
        assertThat(syntax.get(0).column()).isPositive();
        model.select(null);
        assertThat(model.checkExpression("pass", "percent >= 90")).as("the pass rule sees the score").isEmpty();
    }

    @Test
    void aProblemLeadsToItsItem() {
        model.add(FieldType.GROUP);
        model.add(FieldType.NUMBER);
        model.edit("visibleIf", it -> it.setVisibleIf("nothere > 1"));
        model.editForm("scoring", d -> d.setScoring(new Scoring("percent >= 90", null)));
        List<DefinitionProblem> problems = model.problems();
        assertThat(problems).extracting(DefinitionProblem::path).contains("group1.number1");
        model.select(null);
        assertThat(model.find("group1.number1")).contains(at(0, 0));
        assertThat(model.find("scoring")).isEmpty();
    }

    @Test
    void arrowsWalkTheTreeInTheOrderShown() {
        model.add(FieldType.SECTION);
        model.add(FieldType.TEXT);
        model.select(null);
        model.add(FieldType.DATE);
        model.select(null);
        model.selectNext();
        assertThat(model.selection()).isEqualTo(at(0));
        model.selectNext();
        assertThat(model.selection()).isEqualTo(at(0, 0));
        model.selectNext();
        model.selectNext();
        assertThat(model.selection()).isEqualTo(at(1));
        model.selectPrevious();
        assertThat(model.selection()).isEqualTo(at(0, 0));
    }

    @Test
    void tagsAreReadFromCommaOrSpaceSeparatedText() {
        assertThat(DesignerModel.parseTags("Safety, brakes，safety  tyres")).containsExactly("safety", "brakes",
                "tyres");
    }
}
