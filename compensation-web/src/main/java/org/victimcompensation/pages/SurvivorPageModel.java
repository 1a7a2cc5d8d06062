package org.victimcompensation.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What every survivor page shows besides its own content: the language switch and document kinds (quick exit is {@link QuickExit}). */
@ControllerAdvice(annotations = Page.class)
class SurvivorPageModel {

    /** The same page in the other language; only the path, never form data, is in it. */
    @ModelAttribute("languageSwitchUrl")
    String languageSwitchUrl(HttpServletRequest request, Locale locale) {
        String path = request.getRequestURI();
        if (path.equals("/apply/submit") || path.equals("/apply/resume") || path.equals("/status/documents")) {
            path = "/";
        }
        return ServletUriComponentsBuilder.fromContextPath(request).path(path).replaceQuery(null)
                .queryParam("lang", "es".equals(locale.getLanguage()) ? "en" : "es").build().toUriString();
    }

    @ModelAttribute("documentKinds")
    List<String> documentKinds() {
        return Arrays.stream(org.victimcompensation.domain.claim.DocumentKind.values()).map(Enum::name).toList();
    }
}
