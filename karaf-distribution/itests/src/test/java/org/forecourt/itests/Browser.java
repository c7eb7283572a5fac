package org.forecourt.itests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's chromium and chromium-driver) driven through Selenium, with helpers for Vaadin
 * pages: waiting for elements (Vaadin keeps a push request open, so there is no "network idle"), reading text
 * across shadow roots, and signing in.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final ForecourtServer server;

    public Browser(ForecourtServer server, String language) throws Exception {
        this.server = server;
        Path profile = Files.createTempDirectory("forecourt-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--window-size=1366,900", "--lang=" + language,
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(server.url(path));
        waitForVaadin();
    }

    /** Waits until Vaadin's client has no pending server round trip. */
    public void waitForVaadin() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js(
                "if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) return false;"
                + "var cs = window.Vaadin.Flow.clients; for (var k in cs) { var c = cs[k];"
                + " if (c.isActive && c.isActive()) return false; } return true;")));
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public WebElement await(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    public void awaitGone(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(by).isEmpty());
    }

    public void awaitText(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> pageText().contains(text));
    }

    /** All visible text of the page, including text inside shadow roots. */
    public String pageText() {
        return (String) js("function t(n){var s='';"
                + "if(n.nodeType===3){return n.textContent;}"
                + "if(n.nodeName==='STYLE'||n.nodeName==='SCRIPT'){return '';}"
                + "if(n.shadowRoot){s+=t(n.shadowRoot);} for(var c of n.childNodes){s+=t(c);} return s;}"
                + "return t(document.body);");
    }

    /** Types into a Vaadin text field (its slotted native input). */
    public void type(By field, String text) {
        WebElement host = await(field);
        WebElement input = (WebElement) js("var h=arguments[0]; return h.querySelector('input,textarea') || "
                + "(h.inputElement || h);", host);
        input.clear();
        input.sendKeys(text);
    }

    public void signIn(String username, String password) {
        open("login");
        type(By.cssSelector("vaadin-login-form vaadin-text-field[name='username'], vaadin-text-field[name='username']"), username);
        type(By.cssSelector("vaadin-password-field[name='password']"), password);
        await(By.cssSelector("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button"))
                .click();
        await(By.id("user-menu"));
        waitForVaadin();
    }

    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("forecourt.itest.dir", "target"), "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (Exception e) {
            // a missing screenshot must not fail a test
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
