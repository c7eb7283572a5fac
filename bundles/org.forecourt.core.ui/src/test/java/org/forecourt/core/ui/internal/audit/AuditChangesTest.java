package org.forecourt.core.ui.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.forecourt.core.ui.internal.audit.AuditChanges.Change;

class AuditChangesTest {

    @Test
    void updateRowsReadFieldBeforeArrowAfterInRecordOrder() {
        List<Change> rows = AuditChanges.parse("{\"phone\":[\"13800138000\",\"13900139000\"],\"level\":[\"B\",\"A\"]}");
        assertThat(rows).extracting(Change::text)
                .containsExactly("phone: 13800138000 → 13900139000", "level: B → A");
    }

    @Test
    void createAndDeleteShowTheMissingSideAsADash() {
        assertThat(AuditChanges.parse("{\"name\":[null,\"王芳\"]}")).extracting(Change::text)
                .containsExactly("name: — → 王芳");
        assertThat(AuditChanges.parse("{\"name\":[\"王芳\",null]}")).extracting(Change::text)
                .containsExactly("name: 王芳 → —");
    }

    @Test
    void numbersBooleansAndStructuredValuesAsText() {
        List<Change> rows = AuditChanges.parse(
                "{\"mileage\":[1200,15300.5],\"active\":[true,false],\"tags\":[[\"a\"],{\"x\":1}],\"password\":[\"***\",\"***\"]}");
        assertThat(rows).extracting(Change::text).containsExactly("mileage: 1200 → 15300.5", "active: true → false",
                "tags: [\"a\"] → {\"x\":1}", "password: *** → ***");
    }

    @Test
    void markupStaysPlainText() {
        Change c = AuditChanges.parse("{\"note\":[\"\",\"<img src=x onerror=alert(1)>\"]}").get(0);
        assertThat(c.after()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(c.before()).isEmpty();
    }

    @Test
    void aValueThatIsNotAPairIsShownAsTheNewValue() {
        assertThat(AuditChanges.parse("{\"odd\":\"x\",\"three\":[1,2,3]}")).extracting(Change::text)
                .containsExactly("odd: — → x", "three: — → [1,2,3]");
    }

    @Test
    void emptyMalformedOrNonObjectInputIsNeverLost() {
        assertThat(AuditChanges.parse(null)).isEmpty();
        assertThat(AuditChanges.parse("  ")).isEmpty();
        assertThat(AuditChanges.parse("{}")).isEmpty();
        assertThat(AuditChanges.parse("{not json")).containsExactly(new Change("", "—", "{not json"));
        assertThat(AuditChanges.parse("[1,2]")).containsExactly(new Change("", "—", "[1,2]"));
    }

    @Test
    void summaryJoinsRowsAndCutsLongText() {
        List<Change> rows = AuditChanges.parse("{\"a\":[1,2],\"b\":[null,\"x\"]}");
        assertThat(AuditChanges.summary(rows, 100)).isEqualTo("a: 1 → 2; b: — → x");
        assertThat(AuditChanges.summary(rows, 8)).isEqualTo("a: 1 → …").hasSize(8);
        assertThat(AuditChanges.summary(List.of(), 10)).isEmpty();
        assertThat(AuditChanges.summary(AuditChanges.parse("oops"), 10)).isEqualTo("oops");
    }
}
