package org.victimcompensation.pages;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import com.github.tomakehurst.wiremock.client.WireMock;
import static org.assertj.core.api.Assertions.assertThat;

/** A survivor on a phone: applies in Spanish, leaves and resumes, checks status; and quick exit. */
class SurvivorPagesBrowserTest extends BrowserTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    private final List<String> visited = new ArrayList<>();

    @BeforeEach
    void neutralSites() {
        GATEWAY.stubFor(WireMock.get("/weather").willReturn(aResponse().withHeader("Content-Type", "text/html")
                .withBody("<!DOCTYPE html><html lang=\"en\"><head><title>Weather</title></head><body><h1>Weather today</h1></body></html>")));
        GATEWAY.stubFor(WireMock.get("/start").willReturn(aResponse().withHeader("Content-Type", "text/html")
                .withBody("<!DOCTYPE html><html lang=\"en\"><head><title>News</title></head><body><h1>News</h1></body></html>")));
    }

    @Test
    void aSurvivorAppliesInSpanishWithAnUploadLeavesResumesAndChecksStatus() throws Exception {
        openBrowser("es");
        open("/");
        assertThat(htmlLang()).isEqualTo("es");
        assertThat(browser.getTitle()).isEqualTo("Servicios en línea");
        assertThat(find("main-content").getText()).contains("No necesita un informe de policía");
        assertAccessible("home (es)");
        screenshot("01-home-es");

        go("start");
        visit();
        go("continue");
        assertThat(find("error-summary").getText()).contains("Por favor corrija").contains("Nombre: Esta respuesta es obligatoria");
        assertThat(browser.findElements(By.cssSelector(".usa-form-group--error"))).isNotEmpty();
        assertAccessible("about you, with errors");
        screenshot("02-apply-errors-es");

        type("firstName", "Lucía");
        type("lastName", "Paredes Soto");
        type("dateOfBirth", "1988-07-19");
        pick("applicantRole-VICTIM");
        assertThat(find("main-content").getText()).contains("Preguntas opcionales").contains("Hispano o latino");
        pick("genderIdentity-WOMAN");
        pick("race.HISPANIC_LATINO");
        assertAccessible("about you");
        go("continue");
        visit();
        assertThat(find("main-content").getText()).contains("¿Cómo podemos comunicarnos con usted de forma segura?");
        pick("safePhone");
        type("phone", "555-0199");
        assertAccessible("contact");
        go("continue");
        visit();
        choose("crimeType", "ASSAULT");
        type("occurredOn", "2026-10-30");
        type("state", "CA");
        pick("domesticViolence");
        choose("verificationSource", "SHELTER_OR_DV_PROGRAM");
        type("providerName", "Casa Segura");
        assertAccessible("what happened");
        go("continue");
        visit();
        String draftCode = find("draft-code").getText();
        assertThat(draftCode).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

        // The survivor leaves mid-way: a new browser, no cookies, only the draft code.
        openBrowser("es");
        open("/");
        type("draftCode", draftCode);
        go("resume");
        visit();
        assertThat(browser.getCurrentUrl()).endsWith("/apply/costs");
        choose("expense1Category", "RELOCATION");
        type("expense1Amount", "800.00");
        pick("expense1Payee-APPLICANT");
        assertAccessible("costs");
        screenshot("03-apply-costs-es");
        go("continue");
        visit();
        assertThat(find("main-content").getText()).contains("Lucía").contains("Paredes Soto").contains("Casa Segura");
        assertAccessible("review");
        go("submit");
        visit();

        String reference = find("reference").getText();
        String accessCode = find("access-code").getText();
        assertThat(reference).matches("VC-\\d{4}-[0-9A-Z]{8}");
        assertAccessible("application sent");
        screenshot("04-apply-done-es");
        Path photo = Files.write(Files.createTempFile("recibo", ".png"), PNG);
        find("file").sendKeys(photo.toAbsolutePath().toString());
        choose("kind", "RECEIPT");
        go("upload");
        visit();
        assertThat(find("main-content").getText()).contains("Su documento fue agregado");
        assertThat(find("status-reference").getText()).isEqualTo(reference);

        // Later, on another device: reference and access code.
        openBrowser("es");
        open("/status");
        type("reference", reference);
        type("accessCode", accessCode);
        assertAccessible("status form");
        go("check");
        visit();
        assertThat(find("status-value").getText()).isIn("Recibida", "En revisión");
        assertThat(find("next-steps").getText()).isNotBlank();
        assertAccessible("status");
        screenshot("05-status-es");

        for (String url : visited) {
            assertThat(url).doesNotContain("Luc").doesNotContain("Paredes").doesNotContain("1988").doesNotContain(accessCode);
        }
        var file = get("casey", "/api/v1/staff/claims/" + reference).json();
        assertThat(file.get("documents")).hasSize(1);
        assertThat(file.get("application").get("demographics").get("genderIdentity").asText()).isEqualTo("WOMAN");
        assertThat(file.get("application").get("demographics").get("raceEthnicity").get(0).asText()).isEqualTo("HISPANIC_LATINO");
    }

    @Test
    void theLanguageSwitchKeepsThePageAndTheDraft() {
        openBrowser("en");
        open("/apply");
        assertThat(htmlLang()).isEqualTo("en");
        type("firstName", "Ana");
        type("lastName", "Example");
        type("dateOfBirth", "1990-01-02");
        pick("applicantRole-VICTIM");
        go("continue");
        assertThat(browser.getCurrentUrl()).endsWith("/apply/contact");

        go("language-switch");
        assertThat(browser.getCurrentUrl()).contains("/apply/contact");
        assertThat(htmlLang()).isEqualTo("es");
        assertThat(find("main-content").getText()).contains("¿Cómo podemos comunicarnos");
        open("/apply/about-you");
        assertThat(find("firstName").getAttribute("value")).isEqualTo("Ana");
        assertThat(htmlLang()).isEqualTo("es");
    }

    @Test
    void quickExitByClickLeavesAndBackDoesNotReturn() {
        openBrowser("en");
        browser.get(GATEWAY.baseUrl() + "/start");
        open("/");
        click("quick-exit");
        waitUntil(d -> d.getCurrentUrl().endsWith("/weather"));
        assertThat(browser.getTitle()).isEqualTo("Weather");
        browser.navigate().back();
        waitUntil(d -> !d.getCurrentUrl().endsWith("/weather"));
        assertThat(browser.getCurrentUrl()).doesNotContain(String.valueOf(port)).endsWith("/start");
    }

    @Test
    void aPageCanBeFilledWithTheKeyboardAlone() {
        openBrowser("en");
        open("/apply");
        tabTo("firstName");
        browser.switchTo().activeElement().sendKeys("Kim");
        tabTo("lastName");
        browser.switchTo().activeElement().sendKeys("Lee");
        tabTo("dateOfBirth");
        browser.switchTo().activeElement().sendKeys("1985-02-03");
        tabTo("applicantRole-VICTIM");
        browser.switchTo().activeElement().sendKeys(Keys.SPACE);
        tabTo("continue");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitUntil(d -> d.getCurrentUrl().endsWith("/apply/contact"));
    }

    @Test
    void typingCapitalLettersIsNotAQuickExit() {
        openBrowser("en");
        open("/apply");
        type("firstName", "ANA MARIA");
        type("lastName", "De La Cruz");
        assertThat(browser.getCurrentUrl()).endsWith("/apply/about-you");
        assertThat(find("firstName").getAttribute("value")).isEqualTo("ANA MARIA");
    }

    @Test
    void quickExitByPressingShiftThreeTimes() {
        openBrowser("en");
        browser.get(GATEWAY.baseUrl() + "/start");
        open("/status");
        new Actions(browser).sendKeys(Keys.SHIFT).pause(100).sendKeys(Keys.SHIFT).pause(100).sendKeys(Keys.SHIFT).perform();
        waitUntil(d -> d.getCurrentUrl().endsWith("/weather"));
        browser.navigate().back();
        waitUntil(d -> !d.getCurrentUrl().endsWith("/weather"));
        assertThat(browser.getCurrentUrl()).endsWith("/start");
    }

    @Test
    void survivorPagesAreNeverCachedAndHaveNeutralTitles() throws Exception {
        HttpResponse<String> home = java.net.http.HttpClient.newHttpClient().send(
                request("/").header("Accept-Language", "fr-FR, es;q=0.8").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(home.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
        assertThat(home.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(home.body()).contains("<html lang=\"es\"").contains("<title>Servicios en línea</title>");
    }

    /** Presses Tab until the element with the given id has focus (a keyboard user's way through a page). */
    private void tabTo(String id) {
        for (int i = 0; i < 60; i++) {
            if (id.equals(browser.switchTo().activeElement().getAttribute("id"))) {
                return;
            }
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private void visit() {
        visited.add(browser.getCurrentUrl());
    }
}
