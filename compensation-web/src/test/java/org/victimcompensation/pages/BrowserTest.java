package org.victimcompensation.pages;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.victimcompensation.ApiTest;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages in a real browser: Debian's Chromium driven through Debian's chromedriver (never a
 * downloaded browser), against the whole service. Every page a test visits can be checked with
 * axe-core for WCAG 2.2 A/AA, and screenshots go to target/screenshots.
 */
abstract class BrowserTest extends ApiTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final List<WebDriver> drivers = new ArrayList<>();
    protected WebDriver browser;

    /** A fresh browser (no cookies) whose language is the given one, on a phone-sized window. */
    protected WebDriver openBrowser(String language) {
        return openBrowser(language, "412,915");
    }

    protected WebDriver openBrowser(String language, String windowSize) {
        assertThat(new File(CHROMIUM)).as("Debian's chromium (apt-get install chromium chromium-driver)").exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + windowSize, "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // A submitted form may still be loading when the next line looks for an element of the new page.
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        drivers.add(driver);
        browser = driver;
        return driver;
    }

    @AfterEach
    void closeBrowsers() {
        drivers.forEach(WebDriver::quit);
        drivers.clear();
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    protected void open(String path) {
        browser.get(url(path));
    }

    protected WebElement find(String id) {
        return browser.findElement(By.id(id));
    }

    protected void type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
    }

    protected void choose(String id, String value) {
        new Select(find(id)).selectByValue(value);
    }

    protected void click(String id) {
        find(id).click();
    }

    /** Clicks a button or link that loads a new page, and waits until the new page has replaced this one. */
    protected void go(String id) {
        WebElement element = find(id);
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(element));
    }

    /** Radios and checkboxes are styled by their labels (the input itself is visually hidden). */
    protected void pick(String id) {
        browser.findElement(By.cssSelector("label[for='" + id + "']")).click();
    }

    /** Presses Tab until the element with the given id has focus (a keyboard user's way through a page). */
    protected void tabTo(String id) {
        for (int i = 0; i < 60; i++) {
            if (id.equals(browser.switchTo().activeElement().getAttribute("id"))) {
                return;
            }
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    protected String htmlLang() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** Waits for the condition; an element read while a form's answer replaces the page is looked up again. */
    protected void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /**
     * The page at that address has loaded in full. The address changes as soon as the browser commits
     * to a navigation; a key pressed before the new document has loaded reaches no element.
     */
    protected void awaitLoaded(String pathEnding, String elementId) {
        waitUntil(d -> d.getCurrentUrl().endsWith(pathEnding)
                && !d.findElements(By.id(elementId)).isEmpty()
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** No axe-core violation of WCAG 2.2 A/AA on the page as it is now. */
    protected void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
        List<String> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            violations.add(rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream()
                    .map(n -> String.valueOf(n.getTarget())).toList());
        }
        assertThat(violations).as("accessibility of " + page).isEmpty();
    }

    protected void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
