package org.forecourt.itests;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A consultant enters a new customer on the customer screen; the server is stopped and started again; the customer
 * is still there (embedded Derby keeps its data across restarts, and the demo data is not loaded twice).
 */
class SurvivesRestartBrowserIT {

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
    void aCustomerEnteredInTheBrowserIsThereAfterARestart() throws Exception {
        browser = new Browser(server, "zh-CN");
        browser.signIn("sales.sh", ForecourtServer.ADMIN_PASSWORD);
        browser.open("customers/new");
        browser.type(By.id("customer-name"), "重启测试客户");
        browser.type(By.id("customer-mobile"), "+86 137-0000-2026");
        // Enter in a single-line field saves, as staff do it
        browser.driver().findElement(By.cssSelector("#customer-mobile input")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().matches(".*/customers/\\d+.*"));
        browser.screenshot("customer-created");
        browser.close();
        browser = null;

        server.restart();

        browser = new Browser(server, "zh-CN");
        browser.signIn("sales.sh", ForecourtServer.ADMIN_PASSWORD);
        browser.open("customers");
        browser.type(By.id("customer-search"), "重启测试");
        browser.driver().findElement(By.cssSelector("#customer-search input")).sendKeys(Keys.TAB);
        browser.awaitText("137****2026");
        browser.screenshot("customer-after-restart");
    }
}
