package org.victimcompensation.pages;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/** A caseworker and a supervisor take a claim to approval in the staff console; program staff pages. */
class StaffConsoleBrowserTest extends BrowserTest {

    @Test
    void aCaseworkerRecommendsAndASupervisorApproves() {
        ObjectNode body = aClaim();
        ObjectNode counseling = ((com.fasterxml.jackson.databind.node.ArrayNode) body.get("expenses")).addObject();
        counseling.put("category", "LOST_WAGES");
        counseling.put("amount", "9000.00");
        counseling.put("payee", "APPLICANT");
        Submitted claim = submit(body);
        assertThat(postMultipart(request("/api/v1/claims/" + claim.reference() + "/documents").header(ACCESS_CODE, claim.accessCode()),
                java.util.Map.of("kind", "VERIFICATION"), "letter.pdf", "%PDF-1.4\n%x\n".getBytes()).status()).isEqualTo(201);
        awaitWorkItem("casey", claim.reference(), "REVIEW");

        openBrowser("en", "1280,900");
        open("/staff");
        assertThat(browser.getCurrentUrl()).endsWith("/staff/login");
        assertAccessible("staff sign-in");
        signIn("casey");
        assertThat(find("queue").getText()).contains("Open work items");
        assertAccessible("work queue");
        type("filter-reference", claim.reference());
        choose("filter-sort", "priority");
        go("apply-filters");
        assertThat(find("queue").getText()).contains(claim.reference()).contains("Open work items: 1, sorted by priority");

        browser.findElement(By.linkText(claim.reference())).click();
        waitUntil(d -> d.getCurrentUrl().contains("/staff/claims/"));
        assertThat(find("claim-status").getText()).isEqualTo("In review");
        assertThat(find("claimed").getText()).contains("Medical or dental care $3,000.00").contains("$9,000.00");
        assertThat(find("claim-crime").getText()).isEqualTo("Assault");
        assertThat(find("claim-verification").getText()).isEqualTo("A victim advocate");
        assertThat(find("claim-safe-contact").getText()).isEqualTo("phone calls, email");
        assertThat(find("history").getText()).contains("Application received").contains("Screened and placed in the queue");
        assertThat(find("documents").getText()).contains("letter.pdf").contains("Letter saying what happened");
        go("take-claim");
        assertThat(find("claim-holder").getText()).isEqualTo("casey");
        type("note-text", "Called back after 6 pm as asked.");
        go("note-submit");
        assertThat(find("notes").getText()).contains("Called back after 6 pm as asked.").contains("casey");
        assertAccessible("claim page");
        screenshot("06-staff-claim");
        pick("decision-APPROVE");
        type("review-note", "Advocate letter on file; wages verified.");
        go("review-submit");
        assertThat(find("done").getText()).isEqualTo("Review recorded.");
        assertThat(browser.findElements(By.id("approval-form"))).isEmpty();
        go("sign-out");

        openBrowser("en", "1280,900");
        open("/staff/login");
        signIn("sam");
        open("/staff/claims/" + claim.reference());
        assertThat(find("approval-form").getText()).contains("Recommended by casey");
        assertAccessible("approval form");
        type("approval-note", "Agreed.");
        go("approval-submit");
        assertThat(find("done").getText()).isEqualTo("Decision recorded.");
        assertThat(find("claim-status").getText()).isEqualTo("Approved");
        assertThat(survivorGet(claim).json().get("status").asText()).isEqualTo("APPROVED");
    }

    /**
     * Keyboard only (Tab, Enter, Space): the skip link first, sign in, filter the queue, open a claim,
     * take it and add a note; every control reached shows where the focus is.
     */
    @Test
    void aCaseworkerWorksThroughTheQueueWithTheKeyboardAlone() {
        ObjectNode body = aClaim();
        ((ObjectNode) body.get("crime")).put("type", "CHILD_ABUSE").put("subType", "CHILD_PHYSICAL_ABUSE");
        Submitted claim = submit(body);
        awaitWorkItem("casey", claim.reference(), "REVIEW");
        openBrowser("en", "1280,900");
        open("/staff/login");
        tabTo("username");
        keys("casey");
        tabTo("password");
        keys("casey-demo");
        tabTo("sign-in");
        keys(Keys.ENTER);
        awaitLoaded("/staff", "view-all");

        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement skip = browser.switchTo().activeElement();
        assertThat(skip.getAttribute("textContent")).isEqualTo("Skip to main content");
        // USWDS slides the skip link in from above the page on focus: a sighted keyboard user sees it once it lands.
        waitUntil(d -> skip.getText().equals("Skip to main content"));
        assertFocusVisible();
        keys(Keys.ENTER);
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("the skip link passes the header")
                .isEqualTo("view-all");

        tabTo("filter-reference");
        assertFocusVisible();
        keys(claim.reference());
        tabTo("apply-filters");
        assertFocusVisible();
        keys(Keys.ENTER);
        waitUntil(d -> d.getCurrentUrl().contains("claimReference=" + claim.reference()));
        assertThat(find("queue").getText()).contains("Open work items: 1");

        tabTo("open-0");
        assertFocusVisible();
        keys(Keys.ENTER);
        waitUntil(d -> d.getCurrentUrl().endsWith("/staff/claims/" + claim.reference()));
        assertThat(find("claim-crime-subtype").getText()).isEqualTo("Physical abuse or neglect of a child");
        tabTo("take-claim");
        assertFocusVisible();
        keys(Keys.SPACE);
        waitUntil(d -> d.findElement(By.id("claim-holder")).getText().equals("casey"));
        tabTo("note-text");
        assertFocusVisible();
        keys("Prefers a call after 6 pm.");
        tabTo("note-submit");
        keys(Keys.ENTER);
        waitUntil(d -> d.findElement(By.id("notes")).getText().contains("Prefers a call after 6 pm."));
        assertThat(find("history").getText()).contains("Application received").contains("Work opened: Review");
        assertAccessible("claim page after keyboard work");
    }

    @Test
    void aSupervisorTicksClaimsInTheQueueAndAssignsThemAtOnce() {
        Submitted claim = submit(aClaim());
        awaitWorkItem("sam", claim.reference(), "REVIEW");
        openBrowser("en", "1280,900");
        open("/staff/login");
        signIn("sam");
        filterQueueTo(claim.reference());
        pick("pick-0");
        choose("bulk-username", "riley");
        assertAccessible("queue with bulk assignment");
        go("bulk-submit");
        assertThat(find("done").getText()).isEqualTo("1 claim is now held by riley.");
        filterQueueTo(claim.reference());
        assertThat(find("queue").getText()).contains("riley");

        // Held by riley now: not taken from her unless the supervisor says so.
        pick("pick-0");
        choose("bulk-username", "casey");
        go("bulk-submit");
        assertThat(find("problem").getText()).contains(claim.reference() + " (riley)");
        filterQueueTo(claim.reference());
        pick("pick-0");
        choose("bulk-username", "casey");
        pick("bulk-reassign");
        go("bulk-submit");
        assertThat(find("done").getText()).isEqualTo("1 claim is now held by casey.");
    }

    private void filterQueueTo(String reference) {
        type("filter-reference", reference);
        go("apply-filters");
    }

    private void keys(CharSequence... keys) {
        browser.switchTo().activeElement().sendKeys(keys);
    }

    /** The focused element draws a focus ring (WCAG 2.4.7): an outline that is not none and not zero wide. */
    private void assertFocusVisible() {
        String outline = (String) ((JavascriptExecutor) browser).executeScript(
                "const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth;");
        assertThat(outline).as("focus ring of #" + browser.switchTo().activeElement().getAttribute("id"))
                .doesNotStartWith("none").doesNotEndWith(" 0px");
    }

    @Test
    void anAdministratorSignsInToTheConsoleOnceAndCockpitOpens() {
        openBrowser("en", "1280,900");
        open("/camunda/app/cockpit/default/");
        assertThat(browser.getCurrentUrl()).endsWith("/staff/login");
        signIn("ada");
        waitUntil(d -> d.getCurrentUrl().contains("/camunda/app/cockpit/default/"));
        // Cockpit shows its own sign-in form when its API refuses the session; here it shows the dashboard.
        waitUntil(d -> d.findElement(By.tagName("body")).getText().contains("Processes"));
        assertThat(browser.findElements(By.cssSelector(".signin-container"))).isEmpty();
        screenshot("09-cockpit-for-admin");
    }

    @Test
    void programStaffSeePaymentsAndReports() throws Exception {
        openBrowser("en", "1280,900");
        open("/staff/login");
        signIn("pat");
        assertThat(browser.getCurrentUrl()).endsWith("/staff/payments");
        assertAccessible("payments");
        java.nio.file.Path settlement = java.nio.file.Files.writeString(java.nio.file.Files.createTempFile("settlement", ".csv"),
                "payment_reference,gateway_id,amount,currency,status,value_date,return_code\n"
                        + "PAY-EEEEEEEEEEEEEEEE,GW,10.00,USD,SETTLED,2026-11-30,\n");
        find("settlement-file").sendKeys(settlement.toAbsolutePath().toString());
        go("upload-settlement");
        assertThat(browser.getCurrentUrl()).contains("/staff/reconciliations/");
        waitUntil(d -> {
            d.navigate().refresh();
            return !d.findElement(By.id("reconciliation-status")).getText().equals("RUNNING");
        });
        assertThat(find("unmatched").getText()).isEqualTo("1");
        assertThat(find("main-content").getText()).contains("UNKNOWN_REFERENCE");
        assertAccessible("reconciliation result");
        open("/staff/reports");
        type("fiscalYear", "2027");
        choose("quarter", "1");
        go("request-report");
        assertThat(find("done").getText()).contains("FY2027 Q1");
        assertAccessible("reports");
        screenshot("07-staff-reports");
        open("/staff/claims/VC-2026-ZZZZZZZZ");
        assertThat(browser.getPageSource()).doesNotContain("Claim VC-2026-ZZZZZZZZ");
    }

    @Test
    void programStaffKeepFundingRulesRevenueAndRecoveries() {
        String claim = submit(aClaim()).reference();
        openBrowser("en", "1280,900");
        open("/staff/login");
        signIn("pat");
        open("/staff/funding-rules");
        // A VOCA grant rule without its award: the form comes back with the answers and the problem beside the field.
        type("effectiveFrom", "2099-01-01");
        choose("category", "MEDICAL_DENTAL");
        choose("fundSource", "VOCA_GRANT");
        go("add-rule");
        assertThat(find("grantAward-error").getText()).contains("award number");
        assertThat(find("effectiveFrom").getAttribute("value")).isEqualTo("2099-01-01");
        assertThat(find("error-summary").getText()).contains("award number");
        assertAccessible("funding rules with an error");
        type("effectiveFrom", "2099-13-01");
        type("grantAward", "15POVC-99-GG-00001-COMP");
        go("add-rule");
        assertThat(find("effectiveFrom-error").getText()).contains("year-month-day");
        type("effectiveFrom", "2099-01-01");
        go("add-rule");
        assertThat(find("done").getText()).contains("2099-01-01");
        assertThat(find("funding-rules").getText()).contains("15POVC-99-GG-00001-COMP").contains("VOCA compensation grant");
        assertAccessible("funding rules");

        open("/staff/funds");
        type("fiscalYear", "2031");
        type("source", "Court fines and fees");
        type("amount", "ten dollars");
        go("record-revenue");
        assertThat(find("amount-error").getText()).contains("amount in dollars");
        assertThat(browser.findElements(By.id("fiscalYear-error"))).isEmpty();
        type("amount", "$12,500.00");
        go("record-revenue");
        assertThat(find("done").getText()).contains("FY2031").contains("Court fines and fees");
        assertThat(find("revenue").getText()).contains("FY2031").contains("$12,500.00");

        type("claimReference", "VC-2026-ZZZZZZZZ");
        choose("kind", "RESTITUTION");
        type("recoveryAmount", "75.00");
        type("receivedOn", "2026-01-15");
        go("record-recovery");
        assertThat(find("claimReference-error").getText()).contains("No claim");
        type("claimReference", claim);
        type("receivedOn", "2099-01-01");
        go("record-recovery");
        assertThat(find("receivedOn-error").getText()).contains("after today");
        type("receivedOn", "2026-01-15");
        go("record-recovery");
        assertThat(find("done").getText()).contains(claim);
        assertThat(find("recoveries").getText()).contains(claim).contains("Restitution").contains("$75.00");
        assertAccessible("revenue and recoveries");
        screenshot("10-staff-funds");
    }

    @Test
    void theConsoleSpeaksSpanishToASpanishBrowser() {
        openBrowser("es", "1280,900");
        open("/staff/login");
        assertThat(htmlLang()).isEqualTo("es");
        assertThat(find("main-content").getText()).contains("Inicio de sesión del personal");
        signIn("pat");
        open("/staff/reports");
        assertThat(htmlLang()).isEqualTo("es");
        assertThat(find("main-content").getText()).contains("Informes VOCA").contains("Producir el informe");
        assertAccessible("reports (es)");
        open("/staff/funds");
        assertThat(htmlLang()).isEqualTo("es");
        assertThat(find("main-content").getText()).contains("Ingresos y recuperaciones").contains("Registrar la recuperación");
        type("fiscalYear", "1999");
        go("record-revenue");
        assertThat(find("fiscalYear-error").getText()).contains("año fiscal federal");
        assertThat(find("source-error").getText()).isEqualTo("Complete este campo");
        assertAccessible("revenue and recoveries (es)");
    }

    private void signIn(String user) {
        type("username", user);
        type("password", user + "-demo");
        go("sign-in");
        waitUntil(d -> !d.getCurrentUrl().contains("/staff/login"));
    }
}
