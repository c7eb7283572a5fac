package org.forecourt.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.forecourt.core.api.validation.ChineseIdCard;

/**
 * A store manager uploads the customer list the store keeps in Excel (saved as GBK CSV by Chinese Excel) with a few
 * bad rows: valid rows are imported, the bad ones are listed with row, column and reason in Chinese, and the error
 * report downloads as a spreadsheet that says the same.
 */
class ImportBrowserIT {

    private static ForecourtServer server;
    private Browser browser;

    @BeforeAll
    static void start() throws Exception {
        server = ForecourtServer.get();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aSpreadsheetWithBadRowsImportsTheGoodOnesAndReportsTheRest() throws Exception {
        String body17 = "31011519900307" + "123";
        String goodId = body17 + ChineseIdCard.checkDigit(body17);
        String csv = "姓名,手机,身份证号码,标签\n"
                + "导入测试甲,13912340001," + goodId + ",VIP\n"
                + "导入测试乙,13912340002,,\n"
                + "导入测试丙,1391234,,\n"                       // row 4: mobile too short
                + "导入测试丁,13912340004,310115199003071230,\n"  // row 5: wrong ID check digit
                + "导入测试戊,13912340005,,老客户\n";
        Path file = Files.createTempFile("customers-gbk", ".csv");
        Files.write(file, csv.getBytes(Charset.forName("GBK")));

        browser = new Browser(server, "zh-CN");
        browser.signIn("manager.sh", ForecourtServer.ADMIN_PASSWORD);
        browser.open("import");
        WebElement upload = browser.await(By.id("import-upload"));
        fileInput(upload).sendKeys(file.toString());

        awaitCount("import-result-imported", 3);
        awaitCount("import-result-rejected", 2);
        browser.screenshot("import-result");
        WebElement errors = browser.await(By.id("import-errors-grid"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> browser.pageText().contains("导入测试丙"));
        String text = browser.pageText();
        assertThat(text).contains("手机", "身份证");
        assertThat(errors.isDisplayed()).isTrue();

        // the downloadable report is a real .xlsx naming the rejected rows
        WebElement download = browser.await(By.id("import-report-download"));
        String href = download.getAttribute("href");
        assertThat(href).isNotBlank();
        String base64 = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer()).then(b => {"
                + " var s = ''; var a = new Uint8Array(b); for (var i = 0; i < a.length; i++) s += String.fromCharCode(a[i]);"
                + " done(btoa(s)); }).catch(e => done('ERROR ' + e));", href);
        assertThat(base64).doesNotStartWith("ERROR");
        String sheets = xlsxText(Base64.getDecoder().decode(base64));
        assertThat(sheets).contains("导入测试丙", "导入测试丁");
        assertThat(sheets).doesNotContain("导入测试甲");

        // importing the same file again creates nothing new
        browser.open("import");
        fileInput(browser.await(By.id("import-upload"))).sendKeys(file.toString());
        awaitCount("import-result-unchanged", 3);
        awaitCount("import-result-imported", 0);
        awaitCount("import-result-rejected", 2);
        browser.screenshot("import-again");
    }

    /** Waits until the element's text shows the number (as a whole number, e.g. "新增 3"). */
    private void awaitCount(String id, int expected) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(90)).until(d -> {
            var found = d.findElements(By.id(id));
            return !found.isEmpty() && found.get(0).getText().matches("(?s).*(^|\\D)" + expected + "(\\D|$).*");
        });
    }

    private WebElement fileInput(WebElement upload) {
        for (SearchContext root : new SearchContext[] {upload, upload.getShadowRoot()}) {
            var found = root.findElements(By.cssSelector("input[type=file]"));
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        throw new AssertionError("no file input in the upload component");
    }

    /** The text of every part under xl/ (read through the central directory: entries are written streamed). */
    private static String xlsxText(byte[] xlsx) throws Exception {
        Path file = Files.createTempFile("report", ".xlsx");
        Files.write(file, xlsx);
        StringBuilder all = new StringBuilder();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().startsWith("xl/")) {
                    all.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
        // the writer may encode characters as XML character references (&#x5bfc;)
        return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(all)
                .replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
    }
}
