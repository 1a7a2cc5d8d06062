package org.victimcompensation.pages;

import org.junit.jupiter.api.Test;
import org.victimcompensation.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The language switch is remembered only for the browser session, out of reach of scripts. */
class LanguageCookieApiTest extends ApiTest {

    @Test
    void theLanguageCookieIsASessionCookieThatScriptsCannotRead() {
        Response page = send(request("/?lang=es").GET());

        assertThat(page.status()).isEqualTo(200);
        String cookie = page.raw().headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("lang="))
                .findFirst().orElseThrow(() -> new AssertionError("no lang cookie set"));
        assertThat(cookie).startsWith("lang=es");
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(cookie).doesNotContainIgnoringCase("Max-Age").doesNotContainIgnoringCase("Expires");
    }
}
