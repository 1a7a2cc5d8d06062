package org.victimcompensation.pages;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Leaving: quick exit (button, Shift three times, the first link on the page) and "Finish and leave"
 * end the visit here. The session that held a draft or a claim is destroyed and the browser is asked
 * to forget this site's cookies, storage and cache, so whoever picks up the device next finds nothing
 * without the codes; then the neutral site replaces the page.
 *
 * <p>A GET on purpose: the quick-exit link must work with one tap, without JavaScript and from any
 * page (a form would need a CSRF token, and an expired session would refuse it). A forged request can
 * only make someone leave this site, which loses nothing: drafts are kept on the server and claims
 * reopen with their codes.
 */
@Controller
@Page
@EnableConfigurationProperties(WebSettings.class)
class QuickExit {

    private final String neutralSite;

    QuickExit(WebSettings settings) {
        this.neutralSite = settings.quickExitUrl();
    }

    @GetMapping("/exit")
    void exit(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.setHeader("Clear-Site-Data", "\"cache\", \"cookies\", \"storage\"");
        response.setHeader("Location", neutralSite);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    }
}
