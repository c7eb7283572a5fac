package org.forecourt.imports.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadRulesTest {

    @Test
    void acceptsExcelWorkbooksAndCsvOnly() {
        assertThat(UploadRules.accepted("客户名单.xlsx")).isTrue();
        assertThat(UploadRules.accepted("CUSTOMERS.CSV")).isTrue();
        assertThat(UploadRules.accepted(" vehicles.csv ")).isTrue();
        assertThat(UploadRules.accepted("客户名单.xls")).isFalse();
        assertThat(UploadRules.accepted("report.pdf")).isFalse();
        assertThat(UploadRules.accepted(".csv")).isFalse();
        assertThat(UploadRules.accepted(null)).isFalse();
        assertThat(UploadRules.acceptedTypes()).contains(".xlsx", ".csv", "text/csv");
    }

    @Test
    void namesTheReportAfterTheFile() {
        assertThat(UploadRules.reportName("客户名单.csv", "错误报告")).isEqualTo("客户名单_错误报告.xlsx");
        assertThat(UploadRules.reportName("vehicles.2026.xlsx", "errors")).isEqualTo("vehicles.2026_errors.xlsx");
        assertThat(UploadRules.reportName("", "errors")).isEqualTo("import_errors.xlsx");
        assertThat(UploadRules.megabytes(50L * 1024 * 1024 + 5)).isEqualTo(50);
    }
}
