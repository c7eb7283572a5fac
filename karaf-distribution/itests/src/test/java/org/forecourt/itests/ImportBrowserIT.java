package org.forecourt.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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

        WebElement result = browser.await(By.id("import-result"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> result.getText().contains("3") && result.getText().contains("2"));
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
        WebElement again = browser.await(By.id("import-result"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> again.getText().contains("2"));
        browser.screenshot("import-again");
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

    private static String xlsxText(byte[] xlsx) throws Exception {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().startsWith("xl/")) {
                    all.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return all.toString();
    }
}
