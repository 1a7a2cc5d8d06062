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
        assertThat(find("main-content").getText()).contains("No necesita un informe de la policía");
        assertAccessible("home (es)");
        screenshot("01-home-es");

        go("start");
        visit();
        assertThat(browser.findElements(By.id("draft-code"))).as("no code before any answer").isEmpty();
        go("continue");
        assertThat(browser.getTitle()).isEqualTo("Error: Servicios en línea");
        assertThat(find("error-summary").getText()).contains("Hay un problema").contains("Nombre: Escriba su nombre")
                .contains("Escriba su fecha de nacimiento");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
        assertThat(browser.findElements(By.cssSelector(".usa-form-group--error"))).isNotEmpty();
        assertAccessible("about you, with errors");
        screenshot("02-apply-errors-es");

        pick("applicantRole-VICTIM");
        type("firstName", "Lucía");
        type("lastName", "Paredes Soto");
        choose("dateOfBirth", "7");
        type("dateOfBirthDay", "19");
        type("dateOfBirthYear", "1988");
        assertThat(find("main-content").getText()).contains("Preguntas opcionales").contains("Hispano o latino")
                .contains("Mes").contains("Día").contains("Año");
        pick("genderIdentity-WOMAN");
        pick("race.HISPANIC_LATINO");
        assertAccessible("about you");
        go("continue");
        visit();
        assertThat(find("main-content").getText()).contains("¿Cómo le podemos contactar sin peligro?");
        pick("safePhone");
        pick("safeText");
        type("phone", "555-0199");
        assertAccessible("contact");
        go("continue");
        visit();
        pick("crimeType-ASSAULT");
        choose("occurredOn", "10");
        type("occurredOnYear", "2026");
        pick("dayUnknown");
        choose("state", "CA");
        pick("domesticViolence");
        pick("verificationSource-SHELTER_OR_DV_PROGRAM");
        type("providerName", "Casa Segura");
        assertThat(find("main-content").getText()).contains("¿Usted lo reportó a la policía? (opcional)")
                .contains("no cambia la decisión");
        assertAccessible("what happened");
        go("later");
        visit();
        assertThat(browser.getCurrentUrl()).endsWith("/apply/saved");
        String draftCode = find("draft-code").getText();
        assertThat(draftCode).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(find("kept-until").getText()).startsWith("Guardamos sus respuestas hasta el ").contains(" de ");
        assertAccessible("saved for later");
        screenshot("03-apply-saved-es");

        // The survivor leaves mid-way: a new browser, no cookies, only the draft code.
        openBrowser("es");
        open("/");
        assertThat(find("draftCode").getAttribute("type")).isEqualTo("text");
        type("draftCode", draftCode);
        go("resume");
        visit();
        assertThat(browser.getCurrentUrl()).endsWith("/apply/costs");
        choose("expense1Category", "RELOCATION");
        type("expense1Amount", "800.00");
        pick("expense1Payee-APPLICANT");
        pick("emergency");
        assertAccessible("costs");
        screenshot("04-apply-costs-es");
        go("continue");
        visit();
        assertThat(find("main-content").getText()).contains("A mí", "Lucía", "Paredes Soto", "19 de julio de 1988",
                "Español", "Mujer", "Hispano o latino", "Llamarle por teléfono, Mandarle mensajes de texto", "555-0199", "Agresión o ataque", "octubre de 2026",
                "California", "Violencia en la pareja o en la familia", "Un refugio o un programa contra la violencia doméstica",
                "Casa Segura", "Mudarse a un lugar seguro: $800.00. Se le paga a: mí", "Ayuda de emergencia");
        assertAccessible("review");
        screenshot("05-apply-review-es");

        // Change an answer from the review, and come back to it.
        go("change-lastName");
        assertThat(browser.getCurrentUrl()).contains("/apply/about-you?from=review");
        type("lastName", "Paredes");
        go("continue");
        assertThat(browser.getCurrentUrl()).endsWith("/apply/review");
        assertThat(find("main-content").getText()).doesNotContain("Paredes Soto").contains("Paredes");
        go("submit");
        visit();

        String reference = find("reference").getText();
        String accessCode = find("access-code").getText();
        assertThat(reference).matches("VC-\\d{4}-[0-9A-Z]{8}");
        assertThat(find("next-steps").getText()).contains("2 días hábiles").contains("Una persona del programa");
        assertThat(find("contact-promise").getText()).contains("Llamarle").contains("mensajes de texto").doesNotContain("correo");
        assertAccessible("application sent");
        screenshot("06-apply-done-es");
        Path photo = Files.write(Files.createTempFile("recibo", ".png"), PNG);
        find("file").sendKeys(photo.toAbsolutePath().toString());
        choose("kind", "RECEIPT");
        go("upload");
        visit();
        assertThat(find("main-content").getText()).contains("Agregamos su documento");
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
        assertThat(find("submitted-on").getText()).matches("\\d{1,2} de \\p{L}+ de \\d{4}");
        assertThat(find("next-steps").getText()).isNotBlank();
        assertAccessible("status");
        screenshot("07-status-es");
        go("finish-and-leave");
        waitUntil(d -> d.getCurrentUrl().endsWith("/weather"));
        assertNothingLeft(reference);

        for (String url : visited) {
            assertThat(url).doesNotContain("Luc").doesNotContain("Paredes").doesNotContain("1988").doesNotContain(accessCode);
        }
        var file = get("casey", "/api/v1/staff/claims/" + reference).json();
        assertThat(file.get("documents")).hasSize(1);
        assertThat(file.get("application").get("applicant").get("lastName").asText()).isEqualTo("Paredes");
        assertThat(file.get("application").get("crime").get("occurredOn").asText()).isEqualTo("2026-10-01");
        assertThat(file.get("application").get("crime").get("occurredOnPrecision").asText()).isEqualTo("MONTH");
        assertThat(file.get("application").get("demographics").get("genderIdentity").asText()).isEqualTo("WOMAN");
        assertThat(file.get("application").get("demographics").get("raceEthnicity").get(0).asText()).isEqualTo("HISPANIC_LATINO");
    }

    /**
     * English, applying for a family member: memorable birth dates, a crime over a period known only
     * by month, nobody to confirm it yet, mail to an Address Confidentiality Program address; the
     * review lists every answer, each with a Change link named after its question.
     */
    @Test
    void aFamilyMemberAppliesInEnglishWithApproximateDatesAndEveryAnswerIsReviewed() {
        openBrowser("en");
        open("/apply");
        pick("applicantRole-FAMILY_MEMBER");
        type("firstName", "Dana");
        type("lastName", "Example");
        choose("dateOfBirth", "2");
        type("dateOfBirthDay", "29");
        type("dateOfBirthYear", "1980");
        type("victimFirstName", "Robin");
        type("victimLastName", "Example");
        choose("victimDateOfBirth", "2");
        type("victimDateOfBirthDay", "30");
        type("victimDateOfBirthYear", "2012");
        go("continue");
        assertThat(find("error-summary").getText()).contains("The date of birth must be a real date in the past");
        assertThat(browser.getTitle()).isEqualTo("Error: Online services");
        type("victimDateOfBirthDay", "3");
        go("continue");

        pick("safeMail");
        go("continue");
        assertThat(find("error-summary").getText()).contains("Enter the street address for mail")
                .contains("Enter the ZIP code for mail");
        assertAccessible("contact, with errors");
        type("addressLine1", "PO Box 1234");
        type("addressCity", "Sacramento");
        choose("addressState", "CA");
        type("addressPostalCode", "95812");
        type("acpCode", "ACP-00417");
        assertAccessible("contact with mail");
        go("continue");

        pick("crimeType-NOT_SURE");
        choose("occurredOn", "3");
        type("occurredOnYear", "2019");
        pick("overPeriod");
        go("continue");
        assertThat(find("error-summary").getText()).contains("Enter the month and year it ended");
        choose("occurredUntil", "11");
        type("occurredUntilYear", "2024");
        choose("state", "NM");
        pick("verificationSource-NOT_YET");
        assertThat(find("main-content").getText()).contains("Was it reported to the police? (optional)");
        pick("reported-no");
        assertAccessible("what happened, over a period");
        go("continue");

        choose("expense1Category", "MENTAL_HEALTH");
        type("expense1Amount", "1200.00");
        pick("expense1Payee-PROVIDER");
        type("expense1ProviderName", "Harbor Counseling");
        go("continue");
        assertThat(browser.getCurrentUrl()).endsWith("/apply/review");
        String review = find("main-content").getText();
        assertThat(review).contains("A family member", "Dana", "February 29, 1980", "English", "Robin",
                "February 3, 2012", "Send you mail", "PO Box 1234, Sacramento, CA, 95812", "ACP-00417", "Not sure",
                "From March 2019 to November 2024", "New Mexico", "No one yet: we can help", "Reported to the police",
                "Counseling: $1200.00. Paid to: the place that helped (Harbor Counseling)", "Emergency help");
        List<String> changeLinks = browser.findElements(By.cssSelector("a[id^='change-']")).stream()
                .map(link -> link.getAttribute("textContent").strip()).toList();
        assertThat(changeLinks).hasSizeGreaterThanOrEqualTo(21).allMatch(link -> link.matches("Change \\S.*"))
                .contains("Change Date of birth", "Change When did it happen?", "Change Who can confirm what happened?");
        assertAccessible("review (en)");
        screenshot("08-apply-review-en");
        go("submit");
        assertThat(find("next-steps").getText()).doesNotContain("business days");
        assertThat(find("contact-promise").getText()).contains("Send you mail");
        go("finish-and-leave");
        waitUntil(d -> d.getCurrentUrl().endsWith("/weather"));
    }

    @Test
    void theLanguageSwitchKeepsThePageAndTheDraft() {
        openBrowser("en");
        open("/apply");
        assertThat(htmlLang()).isEqualTo("en");
        type("firstName", "Ana");
        type("lastName", "Example");
        choose("dateOfBirth", "1");
        type("dateOfBirthDay", "2");
        type("dateOfBirthYear", "1990");
        pick("applicantRole-VICTIM");
        go("continue");
        assertThat(browser.getCurrentUrl()).endsWith("/apply/contact");

        go("language-switch");
        assertThat(browser.getCurrentUrl()).contains("/apply/contact");
        assertThat(htmlLang()).isEqualTo("es");
        assertThat(find("main-content").getText()).contains("¿Cómo le podemos contactar");
        open("/apply/about-you");
        assertThat(find("firstName").getAttribute("value")).isEqualTo("Ana");
        assertThat(htmlLang()).isEqualTo("es");
    }

    @Test
    void quickExitByClickLeavesAndBackDoesNotReturn() {
        openBrowser("en");
        String reference = openAClaimAndStartADraft();
        browser.get(GATEWAY.baseUrl() + "/start");
        open("/");
        click("quick-exit");
        waitUntil(d -> d.getCurrentUrl().endsWith("/weather"));
        assertThat(browser.getTitle()).isEqualTo("Weather");
        browser.navigate().back();
        waitUntil(d -> !d.getCurrentUrl().endsWith("/weather"));
        assertThat(browser.getCurrentUrl()).doesNotContain(String.valueOf(port)).endsWith("/start");
        assertNothingLeft(reference);
    }

    @Test
    void theFirstTabStopIsAWayOut() {
        openBrowser("en");
        String reference = openAClaimAndStartADraft();
        open("/apply/about-you");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("quick-exit-skip");
        assertThat(browser.switchTo().activeElement().getAttribute("textContent")).isEqualTo("Leave this site now");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitUntil(d -> d.getCurrentUrl().endsWith("/weather"));
        assertNothingLeft(reference);
    }

    @Test
    void aPageCanBeFilledWithTheKeyboardAlone() {
        openBrowser("en");
        open("/apply");
        tabTo("applicantRole-VICTIM");
        browser.switchTo().activeElement().sendKeys(Keys.SPACE);
        tabTo("firstName");
        browser.switchTo().activeElement().sendKeys("Kim");
        tabTo("lastName");
        browser.switchTo().activeElement().sendKeys("Lee");
        tabTo("dateOfBirth");
        browser.switchTo().activeElement().sendKeys("February");
        tabTo("dateOfBirthDay");
        browser.switchTo().activeElement().sendKeys("3");
        tabTo("dateOfBirthYear");
        browser.switchTo().activeElement().sendKeys("1985");
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
        String reference = openAClaimAndStartADraft();
        browser.get(GATEWAY.baseUrl() + "/start");
        open("/status/view");
        new Actions(browser).sendKeys(Keys.SHIFT).pause(100).sendKeys(Keys.SHIFT).pause(100).sendKeys(Keys.SHIFT).perform();
        waitUntil(d -> d.getCurrentUrl().endsWith("/weather"));
        browser.navigate().back();
        waitUntil(d -> !d.getCurrentUrl().endsWith("/weather"));
        assertThat(browser.getCurrentUrl()).endsWith("/start");
        assertNothingLeft(reference);
    }

    /** Codes are copied from paper: a plain field the browser does not offer to save as a password, nor correct. */
    @Test
    void theAccessCodeFieldIsNotAPasswordField() {
        openBrowser("en");
        open("/status");
        for (String id : List.of("reference", "accessCode")) {
            assertThat(find(id).getAttribute("type")).isEqualTo("text");
            assertThat(find(id).getAttribute("autocomplete")).isEqualTo("off");
            assertThat(find(id).getAttribute("spellcheck")).isEqualTo("false");
            assertThat(find(id).getAttribute("autocapitalize")).isEqualTo("characters");
        }
        assertThat(browser.findElements(By.cssSelector("input[type=password]"))).isEmpty();
        type("reference", "VC-2026-ZZZZZZZZ");
        type("accessCode", "AAAA-BBBB-CCCC");
        go("check");
        assertThat(browser.getTitle()).isEqualTo("Error: Online services");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
        assertAccessible("status, not found");
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

    /**
     * In this browser, with a claim open in the session (its status seen with the codes) and a draft
     * with an answer: the state a quick exit must destroy.
     */
    private String openAClaimAndStartADraft() {
        Submitted claim = submit(aClaim());
        open("/status");
        type("reference", claim.reference());
        type("accessCode", claim.accessCode());
        go("check");
        assertThat(find("status-reference").getText()).isEqualTo(claim.reference());
        open("/apply");
        type("firstName", "Secret");
        go("continue");
        return claim.reference();
    }

    /** After leaving, the home page, the application and the status page show no draft, answer or claim. */
    private void assertNothingLeft(String reference) {
        open("/");
        assertThat(browser.getPageSource()).doesNotContain(reference);
        open("/status");
        assertThat(browser.getCurrentUrl()).endsWith("/status");
        assertThat(browser.findElements(By.id("status-reference"))).isEmpty();
        assertThat(find("reference").getAttribute("value")).isEmpty();
        open("/status/view");
        assertThat(browser.getCurrentUrl()).endsWith("/status");
        open("/apply");
        assertThat(browser.getCurrentUrl()).endsWith("/apply/about-you");
        assertThat(find("firstName").getAttribute("value")).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("Secret").doesNotContain("Lucía").doesNotContain(reference);
        open("/apply/review");
        assertThat(browser.getPageSource()).doesNotContain("Secret").doesNotContain("Lucía");
    }

    private void visit() {
        visited.add(browser.getCurrentUrl());
    }
}
